import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { REQUEST_NAMES, requestChannel } from '../../../shared/ipc/channels';
import type { RequestName } from '../../../shared/ipc/channels';
import type { RequestInput } from '../../../shared/ipc/contract';
import type { Result } from '../../../shared/ipc/result';
import { APP_ENTRY_URL } from '../../../electron/main/app-protocol';
import type { FakeMenuItem } from './fake-electron';
import type * as FakeElectronModule from './fake-electron';
import type * as FakeUpdaterModule from './fake-electron-updater';

vi.mock('electron', () => import('./fake-electron'));
vi.mock('electron-updater', () => import('./fake-electron-updater'));

/**
 * electron/main/index.ts itself, run under the fake `electron` module: the real
 * core over a real data folder, the real log file; only the OS edge is faked.
 * Each test imports index.ts afresh (vi.resetModules), as a new launch of the app.
 */

type FakeElectron = typeof FakeElectronModule;

const SECRET = 'eis-identifier-5a1f0c9e';
const APP_FRAME = { url: APP_ENTRY_URL, parent: null };

let electron: FakeElectron;
let scratch: string;
let dataDir: string;
const savedArgv = [...process.argv];
const savedEnv = { data: process.env.TOKEN_ASSISTANT_DATA_DIR, xdg: process.env.XDG_CONFIG_HOME };
let savedProcessListeners: { uncaught: unknown[]; rejection: unknown[] };

beforeEach(() => {
  scratch = mkdtempSync(join(tmpdir(), 'token-assistant-main-process-'));
  dataDir = join(scratch, 'data');
  // A packaged app registers itself for start at login: in ~/.config/autostart on Linux, here in the scratch folder.
  process.env.XDG_CONFIG_HOME = join(scratch, 'config');
  savedProcessListeners = { uncaught: process.listeners('uncaughtException'), rejection: process.listeners('unhandledRejection') };
});

afterEach(async () => {
  if (electron && !electron.app.ended) {
    electron.app.quit();
    await vi.waitFor(() => expect(electron.app.ended).not.toBeNull());
  }
  // The app's own handlers for uncaught errors belong to that launch; the test runner's stay.
  for (const listener of process.listeners('uncaughtException')) {
    if (!savedProcessListeners.uncaught.includes(listener)) process.removeListener('uncaughtException', listener);
  }
  for (const listener of process.listeners('unhandledRejection')) {
    if (!savedProcessListeners.rejection.includes(listener)) process.removeListener('unhandledRejection', listener);
  }
  process.argv = [...savedArgv];
  restoreEnv('TOKEN_ASSISTANT_DATA_DIR', savedEnv.data);
  restoreEnv('XDG_CONFIG_HOME', savedEnv.xdg);
  rmSync(scratch, { recursive: true, force: true });
});

function restoreEnv(name: 'TOKEN_ASSISTANT_DATA_DIR' | 'XDG_CONFIG_HOME', value: string | undefined): void {
  if (value === undefined) Reflect.deleteProperty(process.env, name);
  else process.env[name] = value;
}

/** Launches the app as the OS would: a fresh main process, with these switches and this data folder. */
async function launch(options: { dataDir?: string; argv?: string[]; switches?: string[]; packaged?: boolean; prepare?: (fake: FakeElectron) => void } = {}): Promise<FakeElectron> {
  vi.resetModules();
  electron = (await import('electron')) as unknown as FakeElectron;
  electron.resetElectron();
  electron.app.isPackaged = options.packaged ?? true;
  for (const name of options.switches ?? []) electron.app.switches.add(name);
  process.argv = [...savedArgv, ...(options.argv ?? [])];
  process.env.TOKEN_ASSISTANT_DATA_DIR = options.dataDir ?? dataDir;
  options.prepare?.(electron);
  await import('../../../electron/main/index');
  return electron;
}

async function started(): Promise<void> {
  await vi.waitFor(() => {
    expect(electron.Tray.instances).toHaveLength(1);
    expect(electron.BrowserWindow.instances[0]?.visible).toBe(true);
  });
}

/** A request as the page sends it through window.assistant. */
async function ipc<N extends RequestName>(name: N, payload: RequestInput<N>, frame = APP_FRAME): Promise<Result<unknown>> {
  return (await electron.ipcMain.invoke(requestChannel(name), payload, frame)) as Result<unknown>;
}

async function value<N extends RequestName>(name: N, payload: RequestInput<N>): Promise<unknown> {
  const result = await ipc(name, payload);
  if (!result.ok) throw new Error(`${name} failed: ${result.error.message}`);
  return result.value;
}

async function saveToken(): Promise<string> {
  const { id: organisationId } = (await value('saveOrganisation', { name: 'ГКУ «Заказчик»', taxId: '' })) as { id: string };
  const saved = (await value('saveToken', {
    organisationId,
    kind: 'eis',
    label: 'РИС',
    systemName: '',
    techEmail: '',
    secret: SECRET,
    expiresAt: '2030-01-01T00:00:00.000Z',
    notes: '',
  })) as { id: string };
  return saved.id;
}

function trayItem(label: string): FakeMenuItem {
  const item = electron.Tray.instances[0]?.menu?.items.find((entry) => entry.label === label);
  if (!item) throw new Error(`No tray item «${label}»`);
  return item;
}

describe('the main process starts and stops', () => {
  it('opens one window with the secure webPreferences, binds IPC for the app page only, builds the tray, and quits cleanly', async () => {
    await launch();
    await started();
    const [window] = electron.BrowserWindow.instances;
    expect(electron.BrowserWindow.instances).toHaveLength(1);
    expect(window?.loaded).toBe(APP_ENTRY_URL);
    expect(window?.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      webviewTag: false,
      devTools: false,
    });
    expect(String(window?.options.webPreferences?.preload)).toMatch(/preload[\\/]index\.cjs$/);
    expect(electron.app.sandboxed).toBe(true);
    expect(electron.app.lockHeld).toBe(true);

    expect((await ipc('getSnapshot', {})).ok).toBe(true);
    const foreign = await ipc('getSnapshot', {}, { url: 'https://evil.example/', parent: null });
    expect(foreign.ok).toBe(false);

    trayItem('Выход').click?.();
    await vi.waitFor(() => expect(electron.app.ended).toEqual({ how: 'quit', code: 0 }));
    expect(electron.Tray.instances[0]?.destroyed).toBe(true);
    expect(electron.app.lockHeld).toBe(false);
  });

  it('closing the window keeps the app in the tray', async () => {
    await launch();
    await started();
    electron.BrowserWindow.instances[0]?.close();
    expect(electron.BrowserWindow.instances[0]?.isDestroyed()).toBe(false);
    expect(electron.app.ended).toBeNull();
  });

  it('a development build keeps devTools', async () => {
    await launch({ packaged: false });
    await started();
    expect(electron.BrowserWindow.instances[0]?.options.webPreferences?.devTools).toBe(true);
  });
});

describe('the page reaches the main process only through window.assistant', () => {
  it("registers exactly the contract's request channels: no logger channel (__ELECTRON_LOG__), no listeners, no extra preload", async () => {
    await launch();
    await started();
    expect([...electron.ipcMain.handlers.keys()].sort()).toEqual(REQUEST_NAMES.map(requestChannel).sort());
    expect([...electron.ipcMain.listeners.keys()]).toEqual([]);
    expect(electron.session.defaultSession.preloadScripts).toEqual([]);
  });
});

describe('a failed start', () => {
  it('when the data folder cannot be written: says so, with the folder, in Russian, and quits, releasing the single-instance lock', async () => {
    const notAFolder = join(scratch, 'data-is-a-file');
    writeFileSync(notAFolder, 'not a folder');
    await launch({ dataDir: notAFolder });
    await vi.waitFor(() => expect(electron.app.ended).toEqual({ how: 'exit', code: 1 }));
    expect(electron.dialog.errorBoxes).toHaveLength(1);
    const [box] = electron.dialog.errorBoxes;
    expect(box?.title).toBe('Токен-помощник не запустился');
    expect(box?.content).toContain(notAFolder);
    expect(box?.content).toContain('по этому пути находится файл, а не папка');
    expect(box?.content).not.toMatch(/\bat |Error|EEXIST:|ENOTDIR:/);
    expect(electron.app.lockHeld).toBe(false);
    expect(electron.BrowserWindow.instances).toHaveLength(0);
  });

  it('in English when the vault says the app speaks English; an unexpected failure names the log, never its message', async () => {
    await launch();
    await started();
    await value('updateSettings', { language: 'en' });
    electron.app.quit();
    await vi.waitFor(() => expect(electron.app.ended).not.toBeNull());
    await launch({
      prepare: (fake) => {
        fake.safeStorage.isAsyncEncryptionAvailable = async () => {
          throw new Error(`keychain daemon answered\n${SECRET}`);
        };
      },
    });
    await vi.waitFor(() => expect(electron.app.ended).toEqual({ how: 'exit', code: 1 }));
    const [box] = electron.dialog.errorBoxes;
    expect(box?.title).toBe('Token Assistant could not start');
    expect(box?.content).toContain(dataDir);
    expect(box?.content).toContain(join(dataDir, 'logs', 'main.log'));
    expect(box?.content).not.toContain(SECRET);
    expect(box?.content).not.toContain('keychain daemon');
    expect(readFileSync(join(dataDir, 'logs', 'main.log'), 'utf8')).toMatch(/start failed: Error\n\s+at /);
    expect(readFileSync(join(dataDir, 'logs', 'main.log'), 'utf8')).not.toContain(SECRET);
  });
});

describe('a packaged app refuses to run under a debugger', () => {
  it.each([
    ['--inspect on the command line', { argv: ['--inspect=9229'] }],
    ['--inspect-brk', { argv: ['--inspect-brk'] }],
    ['--remote-debugging-port', { argv: ['--remote-debugging-port=9222'] }],
    ['a single-dash -remote-debugging-pipe', { argv: ['-remote-debugging-pipe'] }],
    ['--js-flags', { argv: ['--js-flags=--allow-natives-syntax'] }],
    ['remote debugging as a Chromium switch', { switches: ['remote-debugging-port'] }],
  ])('%s: quits at once, before any window, vault or lock', async (_what, options) => {
    await launch(options);
    expect(electron.app.ended).toEqual({ how: 'exit', code: 1 });
    expect(electron.app.lockHeld).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(electron.BrowserWindow.instances).toHaveLength(0);
    expect(electron.Tray.instances).toHaveLength(0);
    expect(electron.dialog.errorBoxes[0]?.content).toContain('--');
  });

  it('a development build may be debugged', async () => {
    await launch({ packaged: false, argv: ['--inspect=9229'] });
    await started();
    expect(electron.app.ended).toBeNull();
  });
});

describe('a copied token does not outlive the session', () => {
  async function copiedWithoutTimedWipe(): Promise<void> {
    await launch();
    await started();
    await value('updateSettings', { clipboardClearSeconds: 0 });
    const tokenId = await saveToken();
    await value('copyToken', { tokenId });
    expect(electron.clipboard.text).toBe(SECRET);
  }

  it('Windows log-off (session-end on the window): wiped, and the app quits', async () => {
    await copiedWithoutTimedWipe();
    electron.BrowserWindow.instances[0]?.emit('session-end', new electron.FakeEvent());
    await vi.waitFor(() => expect(electron.app.ended).not.toBeNull());
    expect(electron.clipboard.text).toBe('');
  });

  it('Windows log-off of an app started at login, in the tray with no window: heard by a hidden window, wiped', async () => {
    const realPlatform = process.platform;
    Object.defineProperty(process, 'platform', { value: 'win32' });
    try {
      await launch({ argv: ['--hidden'] });
      await vi.waitFor(() => expect(electron.Tray.instances).toHaveLength(1));
      expect(electron.BrowserWindow.instances).toHaveLength(0);
      await value('updateSettings', { clipboardClearSeconds: 0 });
      const tokenId = await saveToken();
      await value('copyToken', { tokenId });
      expect(electron.clipboard.text).toBe(SECRET);
      const [listener] = electron.BaseWindow.instances;
      expect(listener?.options.show).toBe(false);
      listener?.emit('session-end', new electron.FakeEvent());
      await vi.waitFor(() => expect(electron.app.ended).not.toBeNull());
      expect(electron.clipboard.text).toBe('');
    } finally {
      Object.defineProperty(process, 'platform', { value: realPlatform });
    }
  });

  it('system shutdown (powerMonitor shutdown on Linux and macOS): wiped', async () => {
    await copiedWithoutTimedWipe();
    const shutdown = new electron.FakeEvent();
    electron.powerMonitor.emit('shutdown', shutdown);
    await vi.waitFor(() => expect(electron.app.ended).not.toBeNull());
    expect(electron.clipboard.text).toBe('');
    expect(shutdown.defaultPrevented).toBe(true);
  });

  it('quit from the tray with a wipe time of 0: wiped', async () => {
    await copiedWithoutTimedWipe();
    trayItem('Выход').click?.();
    await vi.waitFor(() => expect(electron.app.ended).not.toBeNull());
    expect(electron.clipboard.text).toBe('');
  });

  it('what the user copied after the token is left alone on quit', async () => {
    await copiedWithoutTimedWipe();
    electron.clipboard.writeText('номер счёта');
    electron.BrowserWindow.instances[0]?.emit('session-end', new electron.FakeEvent());
    await vi.waitFor(() => expect(electron.app.ended).not.toBeNull());
    expect(electron.clipboard.text).toBe('номер счёта');
  });
});

describe('the log file', () => {
  it('an error whose message quotes the token over several lines never reaches main.log; the frames do; the file is 0600', async () => {
    await launch();
    await started();
    const tokenId = await saveToken();
    electron.clipboard.failWith = (text) => new Error(`Clipboard write failed\nfor the text: ${text}\n    at ${text}`);
    const result = await ipc('copyToken', { tokenId });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).not.toContain(SECRET);

    const logFile = join(dataDir, 'logs', 'main.log');
    const logged = readFileSync(logFile, 'utf8');
    expect(logged).toMatch(/copyToken failed: Error\n\s+at /);
    expect(logged).not.toContain(SECRET);
    expect(logged).not.toContain('Clipboard write failed');
    if (process.platform !== 'win32') {
      expect(statSync(logFile).mode & 0o777).toBe(0o600);
      expect(statSync(join(dataDir, 'logs')).mode & 0o777).toBe(0o700);
    }
  });

  it('a log file left world-readable by an older version is tightened to 0600', async () => {
    const { mkdirSync } = await import('node:fs');
    mkdirSync(join(dataDir, 'logs'), { recursive: true, mode: 0o755 });
    writeFileSync(join(dataDir, 'logs', 'main.log'), 'old\n', { mode: 0o644 });
    await launch();
    await started();
    const tokenId = await saveToken();
    electron.clipboard.failWith = () => new Error('Clipboard write failed');
    await ipc('copyToken', { tokenId });
    if (process.platform !== 'win32') expect(statSync(join(dataDir, 'logs', 'main.log')).mode & 0o777).toBe(0o600);
  });
});

describe('updates of the app', () => {
  /** The fake autoUpdater: one for every launch of this file (the mock outlives vi.resetModules), so each test resets it. */
  const updater = async () => ((await import('electron-updater')) as unknown as typeof FakeUpdaterModule).autoUpdater;

  it('an installed app asks electron-updater at start (no download by itself), and the window sees an offer', async () => {
    const autoUpdater = await updater();
    autoUpdater.reset();
    await launch();
    await started();
    await vi.waitFor(async () => expect(await value('updatesGetState', {})).toMatchObject({ phase: 'up-to-date', currentVersion: '0.1.0', enabled: true }));
    expect(autoUpdater).toMatchObject({ checks: 1, autoDownload: false, autoInstallOnAppQuit: false });

    autoUpdater.updateInfo = { version: '0.2.0', releaseNotes: 'Новый трей', files: [], path: '', sha512: '' };
    expect(await value('updatesCheckNow', {})).toMatchObject({ phase: 'available', offer: { version: '0.2.0', notes: 'Новый трей' } });
    expect(autoUpdater.downloads).toBe(0);
    expect(await value('updatesConsent', { version: '0.2.0' })).toMatchObject({ phase: 'ready' });
    expect(autoUpdater.autoInstallOnAppQuit).toBe(true);
  });

  it('a development build does not load the updater and says it does not update itself', async () => {
    (await updater()).reset();
    await launch({ packaged: false });
    await started();
    expect(await value('updatesGetState', {})).toMatchObject({ phase: 'unsupported' });
    expect((await updater()).checks).toBe(0);
  });
});
