// A CommonJS package: its module.exports is the default import. Its autoUpdater is created on first use.
import electronUpdater from 'electron-updater';
import type { UpdateFeedPort } from '../../core/updates/update-port';

/** The part of electron-updater's AppUpdater (its `autoUpdater`) the app touches. */
export interface AppUpdaterLike {
  autoDownload: boolean;
  autoInstallOnAppQuit: boolean;
  allowDowngrade: boolean;
  logger: unknown;
  checkForUpdates(): Promise<{ updateInfo: unknown } | null>;
  downloadUpdate(): Promise<unknown>;
  on(event: 'error', listener: (error: Error) => void): unknown;
}

/**
 * electron-updater as the core's update feed. It reads latest.yml from the GitHub Release
 * (electron-builder.yml `publish`) and downloads and installs; the core decides whether and
 * when. So nothing is downloaded by itself, nothing installs on quit until the core says the
 * user agreed, and the updater says nothing on the console (the core words every failure).
 */
export function createUpdaterFeed(updater: AppUpdaterLike): UpdateFeedPort {
  updater.autoDownload = false;
  updater.autoInstallOnAppQuit = false;
  updater.allowDowngrade = false;
  updater.logger = null;
  // Failures come back through the promises below; an 'error' event nobody listens to would throw in main.
  updater.on('error', () => undefined);
  return {
    latest: async () => {
      const result = await updater.checkForUpdates();
      // null: the updater is inactive (not a packaged app, or no app-update.yml).
      if (result === null) throw Object.assign(new Error('The updater is not active in this build'), { code: 'ERR_UPDATER_INACTIVE' });
      return result.updateInfo;
    },
    download: async () => {
      await updater.downloadUpdate();
    },
    setInstallOnQuit: (install) => {
      updater.autoInstallOnAppQuit = install;
    },
  };
}

/**
 * electron-updater's autoUpdater as the feed. Only a packaged app calls this: creating the
 * autoUpdater reads the installed app's app-update.yml.
 */
export function loadUpdaterFeed(): UpdateFeedPort {
  return createUpdaterFeed(electronUpdater.autoUpdater);
}
