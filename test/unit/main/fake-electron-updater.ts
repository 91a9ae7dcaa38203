/**
 * A fake `electron-updater` module: its `autoUpdater`, recording what main sets and calls,
 * answering checks with the UpdateInfo a test chooses (as parsed from latest.yml), and
 * failing the way the real one does (a rejected promise plus an 'error' event). Install with
 *   vi.mock('electron-updater', () => import('./fake-electron-updater'));
 */
type Listener = (...args: unknown[]) => void;

export class FakeAppUpdater {
  autoDownload = true;
  autoInstallOnAppQuit = true;
  allowDowngrade = false;
  logger: unknown = console;
  /** What the next checks find; null: the updater is inactive (no app-update.yml). */
  updateInfo: unknown = { version: '0.1.0', releaseNotes: null, files: [], path: '', sha512: '' };
  inactive = false;
  failCheckWith: Error | null = null;
  failDownloadWith: Error | null = null;
  checks = 0;
  downloads = 0;
  private readonly listeners = new Map<string, Listener[]>();

  on(event: string, listener: (error: Error) => void): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener as Listener]);
    return this;
  }
  listenerCount(event: string): number {
    return this.listeners.get(event)?.length ?? 0;
  }
  /** As Node's EventEmitter: an 'error' nobody listens to throws. */
  emit(event: string, ...args: unknown[]): void {
    const listeners = this.listeners.get(event) ?? [];
    if (event === 'error' && listeners.length === 0) throw args[0];
    for (const listener of listeners) listener(...args);
  }
  async checkForUpdates(): Promise<{ updateInfo: unknown; isUpdateAvailable: boolean } | null> {
    this.checks += 1;
    if (this.inactive) return null;
    if (this.failCheckWith) {
      this.emit('error', this.failCheckWith);
      throw this.failCheckWith;
    }
    return { updateInfo: this.updateInfo, isUpdateAvailable: true };
  }
  async downloadUpdate(): Promise<string[]> {
    this.downloads += 1;
    if (this.failDownloadWith) {
      this.emit('error', this.failDownloadWith);
      throw this.failDownloadWith;
    }
    return ['/tmp/token-assistant-Setup.exe'];
  }
  reset(): void {
    Object.assign(this, new FakeAppUpdater());
    this.listeners.clear();
  }
}

export const autoUpdater = new FakeAppUpdater();
export default { autoUpdater };
