/**
 * A fake `electron` module for the main-process adapters: small recording doubles
 * of exactly the OS edge they touch. A test file installs it with
 *   vi.mock('electron', () => import('./fake-electron'));
 * and imports the same module to drive and inspect it. Each test file gets its own
 * module instance; call resetElectron() between tests.
 */

type Listener = (...args: unknown[]) => void;

class Emitter {
  private readonly listeners = new Map<string, Listener[]>();
  on(event: string, listener: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
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
  buildFromTemplate: (template: FakeMenuItem[]) => new FakeMenu(template),
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

/** The OS clipboard, synchronous like Electron's. */
export const clipboard = {
  text: '',
  writes: [] as string[],
  readText(): string {
    return this.text;
  },
  writeText(text: string): void {
    this.text = text;
    this.writes.push(text);
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

export interface DialogCall {
  window: unknown;
  options: { defaultPath?: string; filters?: { name: string; extensions: string[] }[]; properties?: string[] };
}

/** Dialogs answer what the test queued, in order; a dialog with nothing queued is cancelled. */
export const dialog = {
  saveAnswers: [] as { canceled: boolean; filePath: string }[],
  openAnswers: [] as { canceled: boolean; filePaths: string[] }[],
  calls: [] as DialogCall[],
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

export const app = {
  isPackaged: true,
  paths: {} as Record<string, string>,
  loginItemSettings: [] as unknown[],
  getPath(name: string): string {
    const path = this.paths[name];
    if (path === undefined) throw new Error(`No fake path for ${name}`);
    return path;
  },
  setLoginItemSettings(settings: unknown): void {
    this.loginItemSettings.push(settings);
  },
};

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
  dialog.saveAnswers.length = 0;
  dialog.openAnswers.length = 0;
  dialog.calls.length = 0;
  app.isPackaged = true;
  app.paths = {};
  app.loginItemSettings.length = 0;
}
