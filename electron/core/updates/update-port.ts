/**
 * The update feed as the core sees it. electron/main implements it with electron-updater's
 * autoUpdater (electron/main/adapters/updater-adapter.ts); tests implement it with
 * electron-updater's own generic provider against a local server that serves latest.yml.
 */
export interface UpdateFeedPort {
  /**
   * What the feed offers now: electron-updater's UpdateInfo (`version`, `releaseNotes`,
   * `releaseDate`…), read from latest.yml. Untrusted: the core validates it. Throws when
   * the feed cannot be read; the error's `code`/`statusCode` say why, its message is never shown.
   */
  latest(): Promise<unknown>;
  /** Downloads the version `latest()` offered. Called only after the user agreed. */
  download(): Promise<void>;
  /** Whether the downloaded update installs when the app quits (false until the user agrees). */
  setInstallOnQuit(install: boolean): void;
}
