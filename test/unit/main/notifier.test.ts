import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createNotifier } from '../../../electron/main/adapters/desktop-adapters';
import { saveTokenOfNewOrganisation } from '../../support/router-calls';
import { Notification, resetElectron } from './fake-electron';
import { inDays, startMainCore } from './main-core';
import type { MainCore } from './main-core';

vi.mock('electron', () => import('./fake-electron'));

const ICON = '/app/out/renderer/tray/none.png';

beforeEach(() => resetElectron());

describe('the notification adapter', () => {
  it('shows the title and body with the app icon, and calls back on click', () => {
    const onClick = vi.fn();
    createNotifier(ICON).show({ title: 'Токен ОАИС истекает', body: 'ООО «Ромашка»: осталось 3 дня' }, onClick);
    const [shown] = Notification.instances;
    expect(shown?.options).toEqual({ title: 'Токен ОАИС истекает', body: 'ООО «Ромашка»: осталось 3 дня', icon: ICON, silent: false });
    expect(shown?.shown).toBe(true);
    expect(onClick).not.toHaveBeenCalled();
    shown?.emit('click');
    expect(onClick).toHaveBeenCalledTimes(1);
  });

  it('keeps a click handler per notification', () => {
    const first = vi.fn();
    const second = vi.fn();
    const notifier = createNotifier(ICON);
    notifier.show({ title: 'A', body: 'a' }, first);
    notifier.show({ title: 'B', body: 'b' }, second);
    Notification.instances[1]?.emit('click');
    expect(second).toHaveBeenCalledTimes(1);
    expect(first).not.toHaveBeenCalled();
  });

  it('shows nothing, and does not throw, where the OS has no notifications', () => {
    Notification.supported = false;
    expect(() => createNotifier(ICON).show({ title: 'A', body: 'a' }, () => undefined)).not.toThrow();
    expect(Notification.instances).toEqual([]);
  });
});

describe('reminders from a real core reach the desktop', () => {
  let running: MainCore;

  afterEach(async () => {
    await running.cleanup();
  });

  it('a token about to expire raises a notification naming it; its click opens that token for renewal', async () => {
    running = await startMainCore({ notifier: createNotifier(ICON) });
    const tokenId = await saveTokenOfNewOrganisation(
      running,
      { name: 'ООО «Ромашка»', taxId: '' },
      { kind: 'oais', label: '', systemName: 'buh_1c', techEmail: 'it@romashka.by', secret: 'a085d755-1d26-3af1-a2b8-e34759278719', expiresAt: inDays(3), notes: '' },
    );
    const opened: unknown[] = [];
    running.core.on('openToken', (payload) => opened.push(payload));

    await running.core.startReminders();

    expect(Notification.instances).toHaveLength(1);
    const [shown] = Notification.instances;
    expect(`${shown?.options.title} ${shown?.options.body}`).toContain('ООО «Ромашка»');
    expect(JSON.stringify(shown?.options)).not.toContain('a085d755');
    shown?.emit('click');
    expect(opened).toEqual([{ tokenId, renew: true }]);
  });
});
