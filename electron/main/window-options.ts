import type { BrowserWindowConstructorOptions } from 'electron';

/**
 * The options of the one app window, kept free of Electron values so tests can
 * assert the security checklist without launching Electron. DevTools only in a
 * development build: in a packaged one they would show the page's memory, tokens included.
 */
export function createWindowOptions(preloadPath: string, options: { devTools: boolean }): BrowserWindowConstructorOptions {
  return {
    width: 1180,
    height: 800,
    minWidth: 820,
    minHeight: 600,
    title: 'Токен-помощник',
    show: false,
    backgroundColor: '#f6f7f9',
    autoHideMenuBar: true,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
      devTools: options.devTools,
    },
  };
}
