import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createWindowOptions } from '../../../electron/main/window-options';
import { isAllowedSender, navigationDecision, permissionDecision } from '../../../electron/main/security-policy';
import { APP_ENTRY_URL, isAppUrl, resolveAppFile } from '../../../electron/main/app-protocol';

describe('the app window follows the Electron security checklist', () => {
  const { webPreferences } = createWindowOptions('/app/out/preload/index.cjs', { devTools: false });

  it('isolates the page from Node: context isolation, sandbox, no node integration anywhere', () => {
    expect(webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
    });
  });

  it('keeps web security on and webviews, insecure content and experiments off', () => {
    expect(webPreferences).toMatchObject({
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
    });
  });

  it('has no devTools in a packaged build, and has them in development', () => {
    expect(webPreferences?.devTools).toBe(false);
    expect(createWindowOptions('/app/out/preload/index.cjs', { devTools: true }).webPreferences?.devTools).toBe(true);
  });

  it('loads only the bundled preload', () => {
    expect(webPreferences?.preload).toBe('/app/out/preload/index.cjs');
  });
});

describe('IPC answers only the app page', () => {
  it('accepts the main frame of the app page', () => {
    expect(isAllowedSender({ url: APP_ENTRY_URL, parent: null })).toBe(true);
    expect(isAllowedSender({ url: 'app://token-assistant/index.html#/wizard', parent: null })).toBe(true);
  });

  it.each([
    ['a web page', 'https://account.gov.by/'],
    ['a local file', 'file:///home/user/index.html'],
    ['a look-alike host', 'app://token-assistant.evil/index.html'],
    ['credentials in the URL', 'app://user:pw@token-assistant/index.html'],
    ['an empty URL', ''],
  ])('rejects %s', (_what, url) => {
    expect(isAllowedSender({ url, parent: null })).toBe(false);
  });

  it('rejects sub-frames even of the app origin, and a missing frame', () => {
    expect(isAllowedSender({ url: APP_ENTRY_URL, parent: {} })).toBe(false);
    expect(isAllowedSender(null)).toBe(false);
    expect(isAllowedSender(undefined)).toBe(false);
  });
});

describe('navigation, new windows and permissions', () => {
  it('never navigates the window, and opens only official portals externally', () => {
    expect(navigationDecision('https://account.gov.by/some/page')).toEqual({
      allow: false,
      openExternally: 'https://account.gov.by/some/page',
    });
    expect(navigationDecision('https://evil.example/')).toEqual({ allow: false, openExternally: null });
    expect(navigationDecision('http://account.gov.by/')).toEqual({ allow: false, openExternally: null });
    expect(navigationDecision('javascript:alert(1)')).toEqual({ allow: false, openExternally: null });
  });

  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen'])('denies the %s permission', (permission) =>
    expect(permissionDecision(permission)).toBe(false),
  );
});

describe('the app:// scheme serves only the renderer folder', () => {
  const root = '/app/out/renderer';

  it('maps app URLs to files inside the renderer folder', () => {
    expect(resolveAppFile(root, 'app://token-assistant/index.html')).toBe('/app/out/renderer/index.html');
    expect(resolveAppFile(root, 'app://token-assistant/')).toBe('/app/out/renderer/index.html');
    expect(resolveAppFile(root, 'app://token-assistant/assets/index-abc.js')).toBe('/app/out/renderer/assets/index-abc.js');
  });

  it.each([
    'app://token-assistant/../main/index.js',
    'app://token-assistant/%2e%2e/main/index.js',
    'app://token-assistant/assets/%2e%2e%2f%2e%2e%2fmain%2findex.js',
    'app://token-assistant/..%5c..%5cmain%5cindex.js',
  ])('never resolves %s outside the renderer folder', (url) => {
    const file = resolveAppFile(root, url);
    expect(file === null || file.startsWith(`${root}/`)).toBe(true);
  });

  it.each(['app://token-assistant/%00index.html', 'app://other/index.html', 'https://token-assistant/index.html'])('refuses %s', (url) => {
    expect(resolveAppFile(root, url)).toBeNull();
  });

  it('treats only app://token-assistant as the app', () => {
    expect(isAppUrl(APP_ENTRY_URL)).toBe(true);
    expect(isAppUrl('not a url')).toBe(false);
  });
});

describe('the main process source keeps the remaining checklist items', () => {
  const main = readFileSync(new URL('../../../electron/main/index.ts', import.meta.url), 'utf8');
  const security = readFileSync(new URL('../../../electron/main/security.ts', import.meta.url), 'utf8');

  it('takes the single-instance lock and enables the sandbox for every renderer', () => {
    expect(main).toMatch(/requestSingleInstanceLock\(\)/);
    expect(main).toMatch(/app\.enableSandbox\(\)/);
  });

  it('guards navigation, new windows, webviews and permissions for every web contents', () => {
    for (const hook of ["'will-navigate'", 'setWindowOpenHandler', "'will-attach-webview'", 'setPermissionRequestHandler', 'setPermissionCheckHandler']) {
      expect(security).toContain(hook);
    }
  });
});
