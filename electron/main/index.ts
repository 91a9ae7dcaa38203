import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, BrowserWindow, ipcMain, Menu, net, powerMonitor, protocol, session } from 'electron';
import log from 'electron-log/main';
import { createCore } from '../core/app-core';
import type { Core } from '../core/app-core';
import { createFileOpener, createFileSaver, createNotifier } from './adapters/desktop-adapters';
import { electronClipboard, electronOpener } from './adapters/os-adapters';
import { createSafeStorageBox } from './adapters/safe-storage-box';
import { createSignerPicker } from './adapters/signer-picker';
import { APP_ENTRY_URL, APP_SCHEME, resolveAppFile } from './app-protocol';
import { bindIpc } from './ipc';
import { applyStartAtLogin, startedAtLogin } from './login-item';
import { applySecurityPolicies } from './security';
import { AppTray } from './tray';
import { createWindowOptions } from './window-options';

const rendererRoot = join(import.meta.dirname, '../renderer');
const preloadPath = join(import.meta.dirname, '../preload/index.cjs');
const trayIconDir = join(rendererRoot, 'tray');
/** The time-left texts in the tray menu age; reminders themselves run on the scheduler's own timer. */
const TRAY_REFRESH_MS = 10 * 60_000;

// Tests and portable installs may keep the vault elsewhere; must be set before 'ready'.
if (process.env.TOKEN_ASSISTANT_DATA_DIR) app.setPath('userData', process.env.TOKEN_ASSISTANT_DATA_DIR);
// Windows shows notifications only for an app with an AppUserModelID matching its shortcut.
if (process.platform === 'win32') app.setAppUserModelId('by.tokenassistant.app');

app.enableSandbox();
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

let mainWindow: BrowserWindow | null = null;
let core: Core | null = null;
let tray: AppTray | null = null;
let quitting = false;

function showMainWindow(): void {
  if (!mainWindow || mainWindow.isDestroyed()) {
    mainWindow = new BrowserWindow({ ...createWindowOptions(preloadPath), icon: join(trayIconDir, 'none.png') });
    mainWindow.once('ready-to-show', () => mainWindow?.show());
    // Closing the window keeps the app in the tray: reminders must go on.
    mainWindow.on('close', (event) => {
      if (quitting) return;
      event.preventDefault();
      mainWindow?.hide();
    });
    void mainWindow.loadURL(APP_ENTRY_URL);
    return;
  }
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.show();
  mainWindow.focus();
}

function quit(): void {
  quitting = true;
  app.quit();
}

async function start(): Promise<void> {
  protocol.handle(APP_SCHEME, (request) => {
    const file = resolveAppFile(rendererRoot, request.url);
    return file ? net.fetch(pathToFileURL(file).href) : new Response('Not found', { status: 404 });
  });
  applySecurityPolicies(app, session.defaultSession, (url) => void electronOpener.open(url));
  Menu.setApplicationMenu(null);

  const started = await createCore({
    dataDir: app.getPath('userData'),
    secretBox: await createSafeStorageBox(app.getPath('userData')),
    clipboard: electronClipboard,
    opener: electronOpener,
    notifier: createNotifier(join(trayIconDir, 'none.png')),
    fileSaver: createFileSaver(() => mainWindow),
    fileOpener: createFileOpener(() => mainWindow),
    signerPicker: createSignerPicker(() => mainWindow),
    // Only the request name and stack frames: never payloads, tokens or messages.
    log: (entry) => log.error(`request ${entry.request} failed: ${entry.errorName}\n${entry.stack}`),
  });
  core = started;
  bindIpc(ipcMain, started, () => BrowserWindow.getAllWindows());
  started.on('openToken', () => showMainWindow());

  tray = new AppTray(started, trayIconDir, { showWindow: showMainWindow, quit });
  let startAtLogin = started.vault.snapshot().settings.startAtLogin;
  applyStartAtLogin(startAtLogin);
  started.on('vaultChanged', (snapshot) => {
    tray?.refresh();
    if (snapshot.settings.startAtLogin !== startAtLogin) {
      startAtLogin = snapshot.settings.startAtLogin;
      applyStartAtLogin(startAtLogin);
    }
  });
  setInterval(() => tray?.refresh(), TRAY_REFRESH_MS).unref();
  // After sleep or a locked screen the wall clock has moved: recompute, and summarise what was missed.
  const catchUp = () => {
    tray?.refresh();
    void started.recomputeReminders();
  };
  powerMonitor.on('resume', catchUp);
  powerMonitor.on('unlock-screen', catchUp);
  await started.startReminders();

  if (!startedAtLogin()) showMainWindow();
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  log.initialize();
  app.on('second-instance', showMainWindow);
  app.on('activate', showMainWindow);
  // The app lives in the tray: closing the last window is not quitting.
  app.on('window-all-closed', () => undefined);
  let clipboardWiped = false;
  app.on('before-quit', (event) => {
    quitting = true;
    // A token the app put on the clipboard must not outlive it: wipe first, then quit for real.
    if (clipboardWiped || !core) return;
    event.preventDefault();
    clipboardWiped = true;
    tray?.destroy();
    void core.dispose().finally(() => app.quit());
  });
  app.whenReady().then(start, (error: unknown) => {
    log.error('start failed', error instanceof Error ? error.name : typeof error);
    app.quit();
  });
}
