import { app, BaseWindow, powerMonitor } from 'electron';

/**
 * Runs `onEnd` when the user's session ends, which `before-quit` does not cover:
 * Windows log-off, restart and shutdown end the app without it (Electron says so),
 * and Linux/macOS shutdown gets its own powerMonitor event. Windows tells only
 * windows (`session-end`), and an app started at login lives in the tray with no
 * window, so a hidden, content-less window is kept to hear it.
 */
export function watchSessionEnd(onEnd: () => void): void {
  app.on('browser-window-created', (_event, window) => window.on('session-end', onEnd));
  powerMonitor.on('shutdown', (...args: unknown[]) => {
    // Electron's docs: preventing it asks the OS to wait while the app wipes and quits.
    const [event] = args;
    if (typeof event === 'object' && event !== null && 'preventDefault' in event && typeof event.preventDefault === 'function') event.preventDefault();
    onEnd();
  });
  if (process.platform !== 'win32') return;
  void app.whenReady().then(() => {
    const listener = new BaseWindow({ show: false, width: 1, height: 1, skipTaskbar: true, focusable: false });
    listener.on('session-end', onEnd);
  });
}
