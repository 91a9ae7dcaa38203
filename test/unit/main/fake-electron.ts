/**
 * A fake `electron` module for the main process: small recording doubles of
 * exactly the OS edge it touches. A test file installs it with
 *   vi.mock('electron', () => import('./fake-electron'));
 * and imports the same module to drive and inspect it. Each test file gets its own
 * module instance; call resetElectron() between tests. A test that runs
 * electron/main/index.ts itself re-imports both after vi.resetModules() and
 * takes this module from `await import('electron')`, so that it sees the same instance.
 */

type Listener = (...args: unknown[]) => void;

class Emitter {
  private readonly listeners = new Map<string, Listener[]>();
  on(event: string, listener: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }
  once(event: string, listener: Listener): this {
    const wrapped: Listener = (...args) => {
      this.removeListener(event, wrapped);
      listener(...args);
    };
    return this.on(event, wrapped);
  }
  removeListener(event: string, listener: Listener): this {
    this.listeners.set(
      event,
      (this.listeners.get(event) ?? []).filter((entry) => entry !== listener),
    );
    return this;
  }
  removeAllListeners(): this {
    this.listeners.clear();
    return this;
  }
  emit(event: string, ...args: unknown[]): void {
    for (const listener of this.listeners.get(event) ?? []) listener(...args);
  }
  listenerCount(event: string): number {
    return this.listeners.get(event)?.length ?? 0;
  }
}

/** nativeImage: remembers which file it came from and its size. */
export class FakeImage {
  constructor(
    readonly path: string,
    readonly size: { width: number; height: number } | null = null,
  ) {}
  resize(options: { width: number; height: number }): FakeImage {
    return new FakeImage(this.path, { width: options.width, height: options.height });
  }
}

export const nativeImage = {
  createFromPath: (path: string) => new FakeImage(path),
};

export interface FakeMenuItem {
  label?: string;
  type?: string;
  click?: () => void;
  submenu?: FakeMenuItem[];
}

export class FakeMenu {
  constructor(readonly items: FakeMenuItem[]) {}
}

export const Menu = {
  applicationMenu: undefined as FakeMenu | null | undefined,
  buildFromTemplate: (template: FakeMenuItem[]) => new FakeMenu(template),
  setApplicationMenu(menu: FakeMenu | null): void {
    this.applicationMenu = menu;
  },
};

export class Tray extends Emitter {
  static readonly instances: Tray[] = [];
  image: FakeImage;
  tooltip = '';
  menu: FakeMenu | null = null;
  destroyed = false;
  constructor(image: FakeImage) {
    super();
    this.image = image;
    Tray.instances.push(this);
  }
  setImage(image: FakeImage): void {
    this.image = image;
  }
  setToolTip(text: string): void {
    this.tooltip = text;
  }
  setContextMenu(menu: FakeMenu): void {
    this.menu = menu;
  }
  destroy(): void {
    this.destroyed = true;
  }
}

export class Notification extends Emitter {
  static supported = true;
  static readonly instances: Notification[] = [];
  static isSupported(): boolean {
    return Notification.supported;
  }
  shown = false;
  constructor(readonly options: { title: string; body: string; icon?: string; silent?: boolean }) {
    super();
    Notification.instances.push(this);
  }
  show(): void {
    this.shown = true;
  }
}

/** A clipboard entry: the formats it carries and their payloads (text, or a Blob of bytes). */
export class ClipboardItem {
  readonly types: string[];
  constructor(readonly items: Record<string, string | Blob>) {
    this.types = Object.keys(items);
  }
}

/**
 * The OS clipboard. `text` is what a paste gives; `formats` are the formats of the
 * last write (a secret's markers ride along with its text); `failWith` makes the
 * next writes fail, as an OS clipboard can, with an error of the test's choosing.
 */
export const clipboard = {
  text: '',
  writes: [] as string[],
  formats: [] as string[],
  payloads: {} as Record<string, string | Blob>,
  failWith: null as ((text: string) => Error) | null,
  readText(): string {
    return this.text;
  },
  writeText(text: string): void {
    if (this.failWith) throw this.failWith(text);
    this.text = text;
    this.writes.push(text);
    this.formats = ['text/plain'];
    this.payloads = { 'text/plain': text };
  },
  async write(items: ClipboardItem[]): Promise<void> {
    const [item] = items;
    const text = item?.items['text/plain'];
    if (typeof text !== 'string') throw new Error('The fake clipboard takes one item with text/plain');
    if (this.failWith) throw this.failWith(text);
    this.text = text;
    this.writes.push(text);
    this.formats = [...(item?.types ?? [])];
    this.payloads = { ...item?.items };
  },
};

export const shell = {
  opened: [] as string[],
  async openExternal(url: string): Promise<void> {
    this.opened.push(url);
  },
};

const XOR = 0x5a;
/**
 * safeStorage: a reversible scramble after a key-version byte; like Electron, it rejects
 * when no keychain is available, and says shouldReEncrypt for an older key version.
 */
export const safeStorage = {
  available: true,
  backend: 'gnome_libsecret' as string,
  keyVersion: 1,
  async isAsyncEncryptionAvailable(): Promise<boolean> {
    return this.available;
  },
  getSelectedStorageBackend(): string {
    return this.backend;
  },
  async encryptStringAsync(plain: string): Promise<Buffer> {
    if (!this.available) throw new Error('Error while encrypting the text provided to safeStorage.encryptString. Encryption is not available.');
    return Buffer.concat([Buffer.from([this.keyVersion]), Buffer.from(plain, 'utf8').map((byte) => byte ^ XOR)]);
  },
  async decryptStringAsync(cipher: Buffer): Promise<{ shouldReEncrypt: boolean; result: string }> {
    if (!this.available) throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString. Decryption is not available.');
    return { shouldReEncrypt: cipher[0] !== this.keyVersion, result: Buffer.from(cipher.subarray(1).map((byte) => byte ^ XOR)).toString('utf8') };
  },
};

const isAsyncEncryptionAvailable = safeStorage.isAsyncEncryptionAvailable;

export interface DialogCall {
  window: unknown;
  options: { defaultPath?: string; filters?: { name: string; extensions: string[] }[]; properties?: string[] };
}

/** Dialogs answer what the test queued, in order; a dialog with nothing queued is cancelled. */
export const dialog = {
  saveAnswers: [] as { canceled: boolean; filePath: string }[],
  openAnswers: [] as { canceled: boolean; filePaths: string[] }[],
  calls: [] as DialogCall[],
  errorBoxes: [] as { title: string; content: string }[],
  showErrorBox(title: string, content: string): void {
    this.errorBoxes.push({ title, content });
  },
  record(args: unknown[]): void {
    const [first, second] = args;
    this.calls.push(second === undefined ? { window: null, options: first as DialogCall['options'] } : { window: first, options: second as DialogCall['options'] });
  },
  async showSaveDialog(...args: unknown[]): Promise<{ canceled: boolean; filePath: string }> {
    this.record(args);
    return this.saveAnswers.shift() ?? { canceled: true, filePath: '' };
  },
  async showOpenDialog(...args: unknown[]): Promise<{ canceled: boolean; filePaths: string[] }> {
    this.record(args);
    return this.openAnswers.shift() ?? { canceled: true, filePaths: [] };
  },
};

/** The preventable event Electron passes to before-quit, will-navigate and the like. */
export class FakeEvent {
  defaultPrevented = false;
  preventDefault(): void {
    this.defaultPrevented = true;
  }
}

export class FakeWebContents extends Emitter {
  readonly sent: { channel: string; payload: unknown }[] = [];
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  send(channel: string, payload: unknown): void {
    this.sent.push({ channel, payload });
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }
}

export interface FakeWindowOptions {
  show?: boolean;
  webPreferences?: Record<string, unknown>;
  [option: string]: unknown;
}

/** A window without web contents: here only to be told by Windows that the session ends. */
export class BaseWindow extends Emitter {
  static readonly instances: BaseWindow[] = [];
  constructor(readonly options: FakeWindowOptions) {
    super();
    BaseWindow.instances.push(this);
  }
}

/** A window: records its options and what it loaded; "ready-to-show" follows loadURL. */
export class BrowserWindow extends Emitter {
  static readonly instances: BrowserWindow[] = [];
  static getAllWindows(): BrowserWindow[] {
    return BrowserWindow.instances.filter((window) => !window.destroyed);
  }
  readonly webContents = new FakeWebContents();
  loaded: string | null = null;
  visible = false;
  destroyed = false;
  constructor(readonly options: FakeWindowOptions) {
    super();
    BrowserWindow.instances.push(this);
    app.emit('web-contents-created', new FakeEvent(), this.webContents);
    app.emit('browser-window-created', new FakeEvent(), this);
  }
  async loadURL(url: string): Promise<void> {
    this.loaded = url;
    setImmediate(() => this.emit('ready-to-show'));
  }
  show(): void {
    this.visible = true;
  }
  hide(): void {
    this.visible = false;
  }
  focus(): void {}
  isMinimized(): boolean {
    return false;
  }
  restore(): void {}
  isDestroyed(): boolean {
    return this.destroyed;
  }
  /** What the close button does: the app may prevent it (to stay in the tray). */
  close(): void {
    const event = new FakeEvent();
    this.emit('close', event);
    if (!event.defaultPrevented) this.destroyed = true;
  }
}

type Handler = (event: unknown, payload: unknown) => unknown;

/** ipcMain: the channels the page can reach, and a way to call them as a page frame would. */
export const ipcMain = {
  handlers: new Map<string, Handler>(),
  listeners: new Map<string, Listener[]>(),
  handle(channel: string, handler: Handler): void {
    // Like Electron: a second handler for one channel is a programming error.
    if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, handler);
  },
  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  },
  on(channel: string, listener: Listener): void {
    this.listeners.set(channel, [...(this.listeners.get(channel) ?? []), listener]);
  },
  /** What ipcRenderer.invoke from a frame at `url` gets. */
  async invoke(channel: string, payload: unknown, frame: { url: string; parent: unknown }): Promise<unknown> {
    const handler = this.handlers.get(channel);
    if (!handler) throw new Error(`No handler registered for '${channel}'`);
    return handler({ senderFrame: frame }, payload);
  },
};

export const net = {
  fetch: async (url: string): Promise<Response> => new Response(`fetched ${url}`),
};

export const protocol = {
  privileged: [] as unknown[],
  handlers: new Map<string, (request: Request) => unknown>(),
  registerSchemesAsPrivileged(schemes: unknown[]): void {
    this.privileged.push(...schemes);
  },
  handle(scheme: string, handler: (request: Request) => unknown): void {
    this.handlers.set(scheme, handler);
  },
};

/** The default session: its permission handlers, and any preload scripts registered on it (there must be none). */
export const session = {
  defaultSession: {
    permissionRequestHandler: null as unknown,
    permissionCheckHandler: null as unknown,
    preloadScripts: [] as unknown[],
    setPermissionRequestHandler(handler: unknown): void {
      this.permissionRequestHandler = handler;
    },
    setPermissionCheckHandler(handler: unknown): void {
      this.permissionCheckHandler = handler;
    },
    registerPreloadScript(script: unknown): string {
      this.preloadScripts.push(script);
      return String(this.preloadScripts.length);
    },
    setPreloads(preloads: unknown[]): void {
      this.preloadScripts.push(...preloads);
    },
    getPreloads(): unknown[] {
      return [...this.preloadScripts];
    },
  },
};

export const powerMonitor = new Emitter();

/**
 * The app's lifecycle. `quit()` runs before-quit, which a listener may prevent;
 * `exit()` ends at once. Either one releases the single-instance lock, as the
 * process ending does.
 */
class FakeApp extends Emitter {
  isPackaged = true;
  paths: Record<string, string> = {};
  loginItemSettings: unknown[] = [];
  sandboxed = false;
  appUserModelId: string | null = null;
  lockHeldElsewhere = false;
  lockHeld = false;
  quitRequests = 0;
  ended: { how: 'quit' | 'exit'; code: number } | null = null;
  readonly switches = new Set<string>();
  readonly commandLine = {
    hasSwitch: (name: string): boolean => this.switches.has(name),
    getSwitchValue: (): string => '',
  };
  version = '0.1.0';
  getVersion(): string {
    return this.version;
  }
  getPath(name: string): string {
    const path = this.paths[name];
    if (path === undefined) throw new Error(`No fake path for ${name}`);
    return path;
  }
  setPath(name: string, path: string): void {
    this.paths[name] = path;
  }
  setLoginItemSettings(settings: unknown): void {
    this.loginItemSettings.push(settings);
  }
  getLoginItemSettings(): { openAtLogin: boolean; wasOpenedAtLogin: boolean } {
    return { openAtLogin: false, wasOpenedAtLogin: false };
  }
  enableSandbox(): void {
    this.sandboxed = true;
  }
  setAppUserModelId(id: string): void {
    this.appUserModelId = id;
  }
  async whenReady(): Promise<void> {}
  requestSingleInstanceLock(): boolean {
    if (this.lockHeldElsewhere) return false;
    this.lockHeld = true;
    return true;
  }
  releaseSingleInstanceLock(): void {
    this.lockHeld = false;
  }
  quit(): void {
    this.quitRequests += 1;
    if (this.ended) return;
    const event = new FakeEvent();
    this.emit('before-quit', event);
    if (event.defaultPrevented) return;
    this.emit('will-quit', new FakeEvent());
    this.end('quit', 0);
  }
  exit(code = 0): void {
    if (!this.ended) this.end('exit', code);
  }
  reset(): void {
    this.sandboxed = false;
    this.appUserModelId = null;
    this.lockHeldElsewhere = false;
    this.lockHeld = false;
    this.quitRequests = 0;
    this.ended = null;
    this.switches.clear();
  }
  private end(how: 'quit' | 'exit', code: number): void {
    this.ended = { how, code };
    this.lockHeld = false;
    for (const window of BrowserWindow.instances) window.destroyed = true;
  }
}

export const app = new FakeApp();

export function resetElectron(): void {
  Tray.instances.length = 0;
  Notification.instances.length = 0;
  Notification.supported = true;
  clipboard.text = '';
  clipboard.writes.length = 0;
  shell.opened.length = 0;
  safeStorage.available = true;
  safeStorage.backend = 'gnome_libsecret';
  safeStorage.keyVersion = 1;
  safeStorage.isAsyncEncryptionAvailable = isAsyncEncryptionAvailable;
  dialog.saveAnswers.length = 0;
  dialog.openAnswers.length = 0;
  dialog.calls.length = 0;
  dialog.errorBoxes.length = 0;
  clipboard.formats = [];
  clipboard.payloads = {};
  clipboard.failWith = null;
  app.isPackaged = true;
  app.version = '0.1.0';
  app.paths = {};
  app.loginItemSettings.length = 0;
  app.reset();
  app.removeAllListeners();
  BrowserWindow.instances.length = 0;
  BaseWindow.instances.length = 0;
  ipcMain.handlers.clear();
  ipcMain.listeners.clear();
  protocol.privileged.length = 0;
  protocol.handlers.clear();
  session.defaultSession.permissionRequestHandler = null;
  session.defaultSession.permissionCheckHandler = null;
  session.defaultSession.preloadScripts.length = 0;
  powerMonitor.removeAllListeners();
  Menu.applicationMenu = undefined;
}
