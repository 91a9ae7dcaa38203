import { afterEach, describe, expect, it, vi } from 'vitest';
import { createUpdaterFeed, loadUpdaterFeed } from '../../../electron/main/adapters/updater-adapter';
import { message } from '../../../shared/texts/messages';
import type { UpdateState } from '../../../shared/updates/update-state';
import { FakeAppUpdater } from './fake-electron-updater';
import * as fakeUpdaterModule from './fake-electron-updater';
import { startMainCore } from './main-core';
import type { MainCore } from './main-core';

vi.mock('electron', () => import('./fake-electron'));
vi.mock('electron-updater', () => import('./fake-electron-updater'));

/**
 * electron/main/adapters/updater-adapter.ts: electron-updater's autoUpdater as the core's
 * update feed, driven by the real core. The fake autoUpdater answers as the real one does.
 */

let running: MainCore | null = null;

afterEach(async () => {
  await running?.cleanup();
  running = null;
});

async function coreWith(updater: FakeAppUpdater): Promise<MainCore> {
  running = await startMainCore({ updates: { feed: createUpdaterFeed(updater), currentVersion: '0.1.0' } });
  return running;
}

async function stateAfterStart(main: MainCore): Promise<UpdateState> {
  main.core.startUpdates();
  let state: UpdateState | null = null;
  await vi.waitFor(async () => {
    const result = await main.core.router.handle('updatesGetState', {});
    if (!result.ok) throw new Error(result.error.message);
    state = result.value as UpdateState;
    expect(['idle', 'checking']).not.toContain(state.phase);
  });
  return state as unknown as UpdateState;
}

describe('electron-updater as the update feed', () => {
  it('downloads nothing by itself, installs nothing on quit before consent, and keeps quiet on the console', async () => {
    const updater = new FakeAppUpdater();
    createUpdaterFeed(updater);
    expect(updater).toMatchObject({ autoDownload: false, autoInstallOnAppQuit: false, allowDowngrade: false, logger: null });
    expect(updater.listenerCount('error')).toBe(1);
  });

  it('offers what autoUpdater found, downloads on «Установить при выходе», then installs on quit', async () => {
    const updater = new FakeAppUpdater();
    updater.updateInfo = { version: '0.2.0', releaseNotes: '<p>Новый <b>трей</b></p>', releaseDate: '2026-12-01T10:00:00.000Z', files: [], path: '', sha512: '' };
    const main = await coreWith(updater);
    const state = await stateAfterStart(main);
    expect(state).toMatchObject({ phase: 'available', offer: { version: '0.2.0', notes: 'Новый трей' } });
    expect(updater.downloads).toBe(0);
    expect(updater.autoInstallOnAppQuit).toBe(false);

    const consent = await main.core.router.handle('updatesConsent', { version: '0.2.0' });
    expect(consent).toMatchObject({ ok: true, value: { phase: 'ready', consented: true } });
    expect(updater.downloads).toBe(1);
    expect(updater.autoInstallOnAppQuit).toBe(true);

    // Checks off: the pending install is withdrawn.
    await main.core.router.handle('updatesSetEnabled', { enabled: false });
    expect(updater.autoInstallOnAppQuit).toBe(false);
  });

  it('a failed check (its error event included) becomes a plain message and nothing is thrown in main', async () => {
    const updater = new FakeAppUpdater();
    updater.failCheckWith = Object.assign(new Error('getaddrinfo ENOTFOUND github.com'), { code: 'ENOTFOUND' });
    const state = await stateAfterStart(await coreWith(updater));
    expect(state).toMatchObject({ phase: 'failed', failure: { code: 'offline', message: message('update_failed_offline', 'ru') } });
    expect(updater.downloads).toBe(0);
  });

  it('a failed download keeps the install off', async () => {
    const updater = new FakeAppUpdater();
    updater.updateInfo = { version: '0.2.0', files: [], path: '', sha512: '' };
    updater.failDownloadWith = Object.assign(new Error('sha512 checksum mismatch'), { code: 'ERR_CHECKSUM_MISMATCH' });
    const main = await coreWith(updater);
    await stateAfterStart(main);
    const consent = await main.core.router.handle('updatesConsent', { version: '0.2.0' });
    expect(consent).toMatchObject({ ok: true, value: { phase: 'failed', failure: { code: 'download_failed' } } });
    expect(updater.autoInstallOnAppQuit).toBe(false);
  });

  it('an inactive updater (no app-update.yml) is a failure, not a crash', async () => {
    const updater = new FakeAppUpdater();
    updater.inactive = true;
    expect((await stateAfterStart(await coreWith(updater))).phase).toBe('failed');
  });

  it("wraps electron-updater's own autoUpdater", () => {
    fakeUpdaterModule.autoUpdater.reset();
    loadUpdaterFeed();
    expect(fakeUpdaterModule.autoUpdater.autoDownload).toBe(false);
  });
});
