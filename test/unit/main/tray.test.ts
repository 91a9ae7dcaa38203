import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Mock } from 'vitest';
import { AppTray } from '../../../electron/main/tray';
import { electronClipboard } from '../../../electron/main/adapters/os-adapters';
import { TRAY_MENU_ITEMS } from '../../../electron/core/app-core';
import type { Core } from '../../../electron/core/app-core';
import { call, saveTokenOfNewOrganisation } from '../../support/router-calls';
import { clipboard, resetElectron, Tray } from './fake-electron';
import type { FakeMenuItem } from './fake-electron';
import { DAY_MS, inDays, startMainCore } from './main-core';
import type { MainCore } from './main-core';

vi.mock('electron', () => import('./fake-electron'));

const SECRET = {
  ok: 'a085d755-1d26-3af1-a2b8-e34759278719',
  soon: 'b185d755-1d26-3af1-a2b8-e34759278710',
  expired: 'c285d755-1d26-3af1-a2b8-e34759278711',
};

/** Where the build takes the tray icons from (renderer/public → out/renderer/tray). */
const ICON_DIR = fileURLToPath(new URL('../../../renderer/public/tray', import.meta.url));

/** A PNG's width from its IHDR chunk (bytes 16–19). */
const pngWidth = (path: string) => readFileSync(path).readUInt32BE(16);

const token = (kind: 'oais' | 'tpsclient' | 'eis', secret: string, expiresInDays: number) => ({
  kind,
  label: '',
  systemName: { oais: 'buh_1c', tpsclient: 'TPSClient', eis: '' }[kind],
  techEmail: kind === 'eis' ? '' : 'it@romashka.by',
  secret,
  expiresAt: inDays(expiresInDays),
  notes: '',
});

let running: MainCore;
let actions: { showWindow: Mock<() => void>; quit: Mock<() => void> };

beforeEach(async () => {
  resetElectron();
  running = await startMainCore({ clipboard: electronClipboard });
  actions = { showWindow: vi.fn<() => void>(), quit: vi.fn<() => void>() };
});

afterEach(async () => {
  await running.cleanup();
});

function openTray(core: Core = running.core): { appTray: AppTray; fake: Tray } {
  const appTray = new AppTray(core, ICON_DIR, actions);
  const fake = Tray.instances.at(-1);
  if (!fake) throw new Error('AppTray made no Tray');
  return { appTray, fake };
}

const labels = (items: FakeMenuItem[] | undefined) => (items ?? []).map((item) => item.type ?? item.label);

function item(fake: Tray, label: string): FakeMenuItem {
  const found = fake.menu?.items.find((candidate) => candidate.label === label);
  if (!found) throw new Error(`No menu item «${label}» in ${JSON.stringify(labels(fake.menu?.items))}`);
  return found;
}

function subItem(parent: FakeMenuItem, label: string): FakeMenuItem {
  const found = parent.submenu?.find((candidate) => candidate.label === label);
  if (!found) throw new Error(`No submenu item «${label}» under «${parent.label}»`);
  return found;
}

async function seedThree(): Promise<{ expired: string; soon: string; ok: string }> {
  const ok = await saveTokenOfNewOrganisation(running, { name: 'ИП Сидоров', taxId: '' }, token('eis', SECRET.ok, 103));
  const soon = await saveTokenOfNewOrganisation(running, { name: 'ЗАО «Вектор»', taxId: '' }, token('tpsclient', SECRET.soon, 8));
  // A token cannot be saved already expired: it expires while the app runs.
  const expired = await saveTokenOfNewOrganisation(running, { name: 'ООО «Ромашка»', taxId: '' }, token('oais', SECRET.expired, 1));
  running.clock.advance(3 * DAY_MS);
  return { expired, soon, ok };
}

describe('the tray menu', () => {
  it('lists the tokens most urgent first, with organisation, kind and time left, then the window items', async () => {
    await seedThree();
    const { fake } = openTray();
    expect(labels(fake.menu?.items)).toEqual([
      'ООО «Ромашка» · ОАИС · истёк 2 дня назад',
      'ЗАО «Вектор» · TPSClient · осталось 5 дней',
      'ИП Сидоров · ЕИС · осталось 100 дней',
      'separator',
      'Открыть окно',
      'Выход',
    ]);
    expect(labels(fake.menu?.items[0]?.submenu)).toEqual(['Скопировать токен', 'Открыть']);
    // An ЕИС secret is an identifier, and the menu calls it so.
    expect(labels(fake.menu?.items[2]?.submenu)).toEqual(['Скопировать идентификатор', 'Открыть']);
  });

  it('with no tokens shows only «Открыть окно» and «Выход», without a separator', () => {
    const { fake } = openTray();
    expect(labels(fake.menu?.items)).toEqual(['Открыть окно', 'Выход']);
  });

  it('never puts a secret into the menu or the tooltip', async () => {
    await seedThree();
    const { fake } = openTray();
    expect(JSON.stringify({ menu: fake.menu?.items, tooltip: fake.tooltip })).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
  });

  it('«Скопировать токен» puts exactly that token on the clipboard, and the guard wipes it 60 s later (the default)', async () => {
    await seedThree();
    const { fake } = openTray();
    const line = fake.menu?.items.find((candidate) => candidate.label?.startsWith('ЗАО «Вектор»'));
    if (!line) throw new Error('no line for ЗАО «Вектор»');
    subItem(line, 'Скопировать токен').click?.();
    await vi.waitFor(() => expect(clipboard.text).toBe(SECRET.soon));
    expect(clipboard.writes).toEqual([SECRET.soon]);
    expect(actions.showWindow).not.toHaveBeenCalled();

    running.clock.advance(59_000);
    await new Promise((resolve) => setImmediate(resolve));
    expect(clipboard.text).toBe(SECRET.soon);
    running.clock.advance(1_000);
    await vi.waitFor(() => expect(clipboard.text).toBe(''));
  });

  it('«Открыть» shows the window and asks it to open that token', async () => {
    const { expired } = await seedThree();
    const opened: unknown[] = [];
    running.core.on('openToken', (payload) => opened.push(payload));
    const { fake } = openTray();
    subItem(item(fake, 'ООО «Ромашка» · ОАИС · истёк 2 дня назад'), 'Открыть').click?.();
    expect(actions.showWindow).toHaveBeenCalledTimes(1);
    expect(opened).toEqual([{ tokenId: expired, renew: false }]);
  });

  it('a click on the icon and «Открыть окно» show the window; «Выход» quits', () => {
    const { fake } = openTray();
    fake.emit('click');
    item(fake, 'Открыть окно').click?.();
    expect(actions.showWindow).toHaveBeenCalledTimes(2);
    expect(actions.quit).not.toHaveBeenCalled();
    item(fake, 'Выход').click?.();
    expect(actions.quit).toHaveBeenCalledTimes(1);
  });

  it('a «Скопировать токен» for a token deleted meanwhile fails quietly and copies nothing', async () => {
    const { ok } = await seedThree();
    const { fake } = openTray();
    const copy = subItem(item(fake, 'ИП Сидоров · ЕИС · осталось 100 дней'), 'Скопировать идентификатор');
    await call(running, 'deleteToken', { tokenId: ok });
    copy.click?.();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(clipboard.writes).toEqual([]);
  });
});

describe('the «и ещё N…» line', () => {
  /** More ЕИС identifiers than the menu lists, each in its own organisation, expiring a day apart. */
  async function seedMany(count: number): Promise<void> {
    for (let n = 0; n < count; n += 1) {
      const secret = `d${String(n).padStart(3, '0')}5d755-1d26-3af1-a2b8-e34759278719`.slice(0, 36);
      await saveTokenOfNewOrganisation(running, { name: `ООО «Клиент ${n + 1}»`, taxId: '' }, token('eis', secret, 30 + n));
    }
  }

  it('lists the most urgent tokens only, counts the rest, and opens the window', async () => {
    await seedMany(TRAY_MENU_ITEMS + 3);
    const { fake } = openTray();
    const tokenLines = labels(fake.menu?.items).filter((label) => label?.startsWith('ООО'));
    expect(tokenLines).toHaveLength(TRAY_MENU_ITEMS);
    expect(tokenLines[0]).toContain('Клиент 1»');
    expect(labels(fake.menu?.items).slice(TRAY_MENU_ITEMS)).toEqual(['и ещё 3…', 'separator', 'Открыть окно', 'Выход']);
    item(fake, 'и ещё 3…').click?.();
    expect(actions.showWindow).toHaveBeenCalledTimes(1);
  });

  it('is said in English when the app is in English', async () => {
    await seedMany(TRAY_MENU_ITEMS + 1);
    await call(running, 'updateSettings', { language: 'en' });
    const { fake } = openTray();
    expect(labels(fake.menu?.items)).toContain('and 1 more…');
  });
});

describe('the tray icon and tooltip follow the worst state', () => {
  const iconName = (fake: Tray) => basename(fake.image.path);

  it('starts grey with «токенов пока нет», from 16 px files with 32 px @2x siblings that exist', () => {
    const { fake } = openTray();
    expect(iconName(fake)).toBe('none.png');
    expect(fake.tooltip).toBe('Токен-помощник: токенов пока нет');
    for (const state of ['ok', 'soon', 'expired', 'none']) {
      for (const name of [`${state}.png`, `${state}Template.png`]) expect(pngWidth(join(ICON_DIR, name))).toBe(16);
      for (const name of [`${state}@2x.png`, `${state}Template@2x.png`]) expect(pngWidth(join(ICON_DIR, name))).toBe(32);
    }
  });

  it('on macOS shows the template images, which the menu bar recolours', () => {
    const platform = Object.getOwnPropertyDescriptor(process, 'platform');
    Object.defineProperty(process, 'platform', { value: 'darwin' });
    try {
      const { fake } = openTray();
      expect(iconName(fake)).toBe('noneTemplate.png');
      expect(existsSync(fake.image.path)).toBe(true);
    } finally {
      if (platform) Object.defineProperty(process, 'platform', platform);
    }
  });

  it('goes ok → soon → expired as tokens need attention, and refresh() picks up each change', async () => {
    const { appTray, fake } = openTray();
    await saveTokenOfNewOrganisation(running, { name: 'ИП Сидоров', taxId: '' }, token('eis', SECRET.ok, 100));
    appTray.refresh();
    expect([iconName(fake), fake.tooltip]).toEqual(['ok.png', 'Токен-помощник: все токены действуют']);

    await saveTokenOfNewOrganisation(running, { name: 'ЗАО «Вектор»', taxId: '' }, token('tpsclient', SECRET.soon, 5));
    appTray.refresh();
    expect([iconName(fake), fake.tooltip]).toEqual(['soon.png', 'Токен-помощник: 1 токен требует внимания']);

    await saveTokenOfNewOrganisation(running, { name: 'ООО «Ромашка»', taxId: '' }, token('oais', SECRET.expired, 1));
    running.clock.advance(3 * DAY_MS);
    appTray.refresh();
    expect([iconName(fake), fake.tooltip]).toEqual(['expired.png', 'Токен-помощник: 2 токена требуют внимания (истекли: 1)']);
    expect(fake.image.path).toBe(join(ICON_DIR, 'expired.png'));
  });

  it('turns soon when time passes and the tray is refreshed', async () => {
    const { appTray, fake } = openTray();
    await saveTokenOfNewOrganisation(running, { name: 'ИП Сидоров', taxId: '' }, token('eis', SECRET.ok, 20));
    appTray.refresh();
    expect(iconName(fake)).toBe('ok.png');
    running.clock.advance(7 * DAY_MS);
    appTray.refresh();
    expect(iconName(fake)).toBe('soon.png');
  });

  it('destroy() removes the icon', () => {
    const { appTray, fake } = openTray();
    appTray.destroy();
    expect(fake.destroyed).toBe(true);
  });
});

describe('the language switch', () => {
  it('renders the menu, the lines and the tooltip in English after updateSettings', async () => {
    await seedThree();
    const { appTray, fake } = openTray();
    await call(running, 'updateSettings', { language: 'en' });
    appTray.refresh();
    expect(labels(fake.menu?.items)).toEqual([
      'ООО «Ромашка» · OAIS · expired 2 days ago',
      'ЗАО «Вектор» · TPSClient · 5 days left',
      'ИП Сидоров · EIS · 100 days left',
      'separator',
      'Open window',
      'Quit',
    ]);
    expect(labels(fake.menu?.items[0]?.submenu)).toEqual(['Copy the token', 'Open']);
    expect(labels(fake.menu?.items[2]?.submenu)).toEqual(['Copy the identifier', 'Open']);
    expect(fake.tooltip).toBe('Token Assistant: 2 tokens need attention (1 expired)');

    await call(running, 'updateSettings', { language: 'ru' });
    appTray.refresh();
    expect(labels(fake.menu?.items).slice(-2)).toEqual(['Открыть окно', 'Выход']);
  });
});
