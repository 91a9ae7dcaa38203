import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, Menu, net, powerMonitor, protocol, session } from 'electron';
import { createCore } from '../core/app-core';
import type { Core } from '../core/app-core';
import { errorName, stackFrames } from '../core/logging/stack-frames';
import { createFileOpener, createFileSaver, createNotifier } from './adapters/desktop-adapters';
import { electronClipboard, electronOpener } from './adapters/os-adapters';
import { createSafeStorageBox } from './adapters/safe-storage-box';
import { createSignerPicker } from './adapters/signer-picker';
import { createFolderPicker } from './adapters/folder-picker';
import { loadUpdaterFeed } from './adapters/updater-adapter';
import type { UpdateFeedPort } from '../core/updates/update-port';
import { APP_ENTRY_URL, APP_SCHEME, resolveAppFile } from './app-protocol';
import { createFileLog } from './file-log';
import { bindIpc } from './ipc';
import { applyStartAtLogin, startedAtLogin } from './login-item';
import { applySecurityPolicies } from './security';
import { watchSessionEnd } from './session-end';
import { debugRefusedText, debugSwitches, failedStartText, startupLanguage } from './startup';
import { AppTray } from './tray';
import { createWindowOptions } from './window-options';

const rendererRoot = join(import.meta.dirname, '../renderer');
const preloadPath = join(import.meta.dirname, '../preload/index.cjs');
const trayIconDir = join(rendererRoot, 'tray');
/** Made from build/icon.svg by `npm run icons`, like every other icon. */
const appIconPath = join(rendererRoot, 'app-icon.png');
/** The time-left texts in the tray menu age; reminders themselves run on the scheduler's own timer. */
const TRAY_REFRESH_MS = 10 * 60_000;

// A packaged app never runs under a debugger: it could read every token from memory.
const refusedSwitches = app.isPackaged ? debugSwitches(process.argv, app.commandLine) : [];
// Tests and portable installs may keep the vault elsewhere; must be set before 'ready'.
if (process.env.TOKEN_ASSISTANT_DATA_DIR) app.setPath('userData', process.env.TOKEN_ASSISTANT_DATA_DIR);
const fileLog = createFileLog(join(app.getPath('userData'), 'logs'));
// Windows shows notifications only for an app with an AppUserModelID matching its shortcut.
if (process.platform === 'win32') app.setAppUserModelId('by.tokenassistant.app');

app.enableSandbox();
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);

let mainWindow: BrowserWindow | null = null;
let core: Core | null = null;
let tray: AppTray | null = null;
let quitting = false;

function showMainWindow(): void {
  if (!mainWindow || mainWindow.isDestroyed()) {
    mainWindow = new BrowserWindow({ ...createWindowOptions(preloadPath, { devTools: !app.isPackaged }), icon: appIconPath });
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

  const updateFeed = updaterFeed();
  const started = await createCore({
    dataDir: app.getPath('userData'),
    secretBox: await createSafeStorageBox(app.getPath('userData')),
    clipboard: electronClipboard,
    opener: electronOpener,
    notifier: createNotifier(appIconPath),
    fileSaver: createFileSaver(() => mainWindow),
    fileOpener: createFileOpener(() => mainWindow),
    signerPicker: createSignerPicker(() => mainWindow),
    folderPicker: createFolderPicker(() => mainWindow),
    // Only the request name, error class and stack frames: never payloads, tokens or messages.
    log: fileLog.failure,
    ...(updateFeed ? { updates: { feed: updateFeed, currentVersion: app.getVersion() } } : {}),
  });
  core = started;
  bindIpc(ipcMain, started, () => BrowserWindow.getAllWindows());
  started.on('openToken', () => showMainWindow());

  tray = new AppTray(started, trayIconDir, { showWindow: showMainWindow, quit });
  let startAtLogin = started.vault.view().settings.startAtLogin;
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
  // Programs read tokens while the app runs (in the tray too); core.dispose() on quit closes the port.
  await started.startTokenService();
  // Checks at start and daily, in the background: a failure is a sentence in the window, never a blocked start.
  started.startUpdates();
  // A day without a copy (the PC was off) is made up now; then daily, and after sleep (catchUp above).
  started.startBackups();

  if (!startedAtLogin()) showMainWindow();
}

/** electron-updater, in an installed app only; a development run says it does not update itself. */
function updaterFeed(): UpdateFeedPort | null {
  if (!app.isPackaged) return null;
  try {
    return loadUpdaterFeed();
  } catch (error) {
    fileLog.failure({ request: 'updates', errorName: errorName(error), stack: stackFrames(error) });
    return null;
  }
}

/** A failed start says what failed and where the data is, then quits and lets the next start run. */
function failStart(error: unknown): void {
  fileLog.failure({ request: 'start', errorName: errorName(error), stack: stackFrames(error) });
  const folder = app.getPath('userData');
  const language = core?.vault.view().settings.language ?? startupLanguage(folder);
  const text = failedStartText(error, { folder, log: fileLog.path, language });
  app.releaseSingleInstanceLock();
  dialog.showErrorBox(text.title, text.body);
  tray?.destroy();
  void (core ? core.dispose() : Promise.resolve()).catch(() => undefined).finally(() => app.exit(1));
}

if (refusedSwitches.length > 0) {
  const text = debugRefusedText(refusedSwitches, startupLanguage(app.getPath('userData')));
  dialog.showErrorBox(text.title, text.body);
  app.exit(1);
} else if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  // Electron's own handler would show the error's message in a dialog: only frames, in the log.
  process.on('uncaughtException', (error) => fileLog.failure({ request: 'main', errorName: errorName(error), stack: stackFrames(error) }));
  process.on('unhandledRejection', (error) => fileLog.failure({ request: 'main', errorName: errorName(error), stack: stackFrames(error) }));
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
  // Log-off and shutdown end the app without before-quit on Windows: wipe and quit on their own events.
  watchSessionEnd(quit);
  app.whenReady().then(start).catch(failStart);
}
