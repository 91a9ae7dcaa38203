import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, BrowserWindow, ipcMain, Menu, net, protocol, session } from 'electron';
import log from 'electron-log/main';
import { createCore } from '../core/app-core';
import type { Core } from '../core/app-core';
import { electronClipboard, electronOpener } from './adapters/os-adapters';
import { createSafeStorageBox } from './adapters/safe-storage-box';
import { APP_ENTRY_URL, APP_SCHEME, resolveAppFile } from './app-protocol';
import { bindIpc } from './ipc';
import { applySecurityPolicies } from './security';
import { createWindowOptions } from './window-options';

const rendererRoot = join(import.meta.dirname, '../renderer');
const preloadPath = join(import.meta.dirname, '../preload/index.cjs');

// Tests and portable installs may keep the vault elsewhere; must be set before 'ready'.
if (process.env.TOKEN_ASSISTANT_DATA_DIR) app.setPath('userData', process.env.TOKEN_ASSISTANT_DATA_DIR);

app.enableSandbox();
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

let mainWindow: BrowserWindow | null = null;
let core: Core | null = null;

function showMainWindow(): void {
  if (!mainWindow || mainWindow.isDestroyed()) {
    mainWindow = new BrowserWindow(createWindowOptions(preloadPath));
    mainWindow.once('ready-to-show', () => mainWindow?.show());
    void mainWindow.loadURL(APP_ENTRY_URL);
    return;
  }
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.show();
  mainWindow.focus();
}

async function start(): Promise<void> {
  protocol.handle(APP_SCHEME, (request) => {
    const file = resolveAppFile(rendererRoot, request.url);
    return file ? net.fetch(pathToFileURL(file).href) : new Response('Not found', { status: 404 });
  });
  applySecurityPolicies(app, session.defaultSession, (url) => void electronOpener.open(url));
  Menu.setApplicationMenu(null);

  core = await createCore({
    dataDir: app.getPath('userData'),
    secretBox: await createSafeStorageBox(),
    clipboard: electronClipboard,
    opener: electronOpener,
    // Only the request name and stack frames: never payloads, tokens or messages.
    log: (entry) => log.error(`request ${entry.request} failed: ${entry.errorName}\n${entry.stack}`),
  });
  bindIpc(ipcMain, core, () => BrowserWindow.getAllWindows());
  showMainWindow();
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  log.initialize();
  app.on('second-instance', showMainWindow);
  app.on('activate', showMainWindow);
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  let clipboardWiped = false;
  app.on('before-quit', (event) => {
    // A token the app put on the clipboard must not outlive it: wipe first, then quit for real.
    if (clipboardWiped || !core) return;
    event.preventDefault();
    clipboardWiped = true;
    void core.dispose().finally(() => app.quit());
  });
  app.whenReady().then(start, (error: unknown) => {
    log.error('start failed', error instanceof Error ? error.name : typeof error);
    app.quit();
  });
}
