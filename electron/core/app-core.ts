import { crptAutoRefreshAllowed } from '../../shared/hosts';
import type { EventName } from '../../shared/ipc/channels';
import type { EventPayloads } from '../../shared/ipc/contract';
import { locateToken } from '../../shared/model/locate-token';
import { subjectsFromSnapshot } from '../../shared/reminders/subject';
import { formatPortalDateTime } from '../../shared/time/portal-time';
import { message } from '../../shared/texts/messages';
import { trayModel } from '../../shared/reminders/tray-model';
import type { TrayModel } from '../../shared/reminders/tray-model';
import { ClipboardGuard } from './clipboard/clipboard-guard';
import type { CrptHandlerOptions } from './ipc/features/crpt-handlers';
import { createHandlers } from './ipc/handlers';
import { createRouter } from './ipc/router';
import { errorName, stackFrames } from './logging/stack-frames';
import type { FailureLog, Router } from './ipc/router';
import { systemClock } from './ports';
import type { Clock, ClipboardPort, ExternalOpener, FileOpenerPort, FileSaverPort, FolderPickerPort, NotifierPort, SecretBox, SignerPickerPort } from './ports';
import { BackupController } from './backups/backup-controller';
import type { ScryptParams } from './vault/export-file';
import { ReminderScheduler } from './reminders/scheduler';
import { CrptAutoRefresher } from './providers/crpt/auto-refresh';
import { crptRefreshedNotice } from './providers/crpt/refreshed-notice';
import { Vault } from './vault/vault';
import { createAppTokenService } from './token-service/app-wiring';
import { UpdateController } from './updates/update-controller';
import type { UpdateFeedPort } from './updates/update-port';
import { UpdatePrefsFile } from './updates/update-prefs';

/** How many tokens the tray menu lists before «и ещё N…». */
export const TRAY_MENU_ITEMS = 15;

export interface CoreOptions {
  dataDir: string;
  secretBox: SecretBox;
  clipboard: ClipboardPort;
  opener: ExternalOpener;
  notifier?: NotifierPort;
  fileSaver?: FileSaverPort;
  /** The open dialog for the vault import; without it the import answers «cancelled». */
  fileOpener?: FileOpenerPort;
  /** Native dialogs for the CryptoPro program and the OpenSSL signer's files; without it they answer «cancelled». */
  signerPicker?: SignerPickerPort;
  clock?: Clock;
  log?: FailureLog;
  /** The Честный знак service's wiring (the e2e harness resolves the sandbox stand's name to the local emulator). */
  crpt?: CrptHandlerOptions;
  /** The app's own updates (electron-updater in main); without it the build says it does not update itself. */
  updates?: { feed: UpdateFeedPort; currentVersion: string };
  /** Main's folder dialog for the backups; without it choosing a folder answers «cancelled». */
  folderPicker?: FolderPickerPort;
  /** Lower scrypt costs for the backups in tests; the export's defaults otherwise. */
  backupKdf?: ScryptParams;
}

export interface Core {
  router: Router;
  vault: Vault;
  /** Subscribes to main → renderer events; returns the unsubscribe function. */
  on<E extends EventName>(event: E, listener: (payload: EventPayloads[E]) => void): () => void;
  /** Starts the reminder scheduler: announces what is due (missed ones as one summary) and arms its timer. */
  startReminders(): Promise<void>;
  /** After sleep, unlock or a clock change: recompute reminders from the wall clock, and make the backup a missed day owes. */
  recomputeReminders(): Promise<void>;
  /** Starts the automatic backups: the copy a missed day owes (when on), then daily. */
  startBackups(): void;
  /** What the tray shows: the worst state, a tooltip and the tokens by urgency. */
  trayModel(): TrayModel;
  /** Asks the window to show a token (tray «Открыть», a notification click). */
  openToken(payload: EventPayloads['openToken']): void;
  /** Puts a token on the clipboard (from the tray) exactly as the window's «Скопировать» does. */
  copyToken(tokenId: string): Promise<void>;
  /** Starts the token service for programs when the user switched it on (a busy port is shown in Settings). */
  startTokenService(): Promise<void>;
  /** Checks for a new version of the app now (when the switch is on), then daily. */
  startUpdates(): void;
  /** Wipes a token the app put on the clipboard, stops timers, the token service and update checks; call before quitting. */
  dispose(): Promise<void>;
}

const noNotifier: NotifierPort = { show: () => undefined };
const noFileSaver: FileSaverPort = { saveText: async () => false };
const noFileOpener: FileOpenerPort = { openFile: async () => null };
const noFolderPicker: FolderPickerPort = { chooseFolder: async () => null };

/**
 * Assembles the Electron-free core. The Electron main process, the CLI and the
 * browser test harness all call this with their own OS adapters.
 */
export async function createCore(options: CoreOptions): Promise<Core> {
  const clock = options.clock ?? systemClock;
  const log = options.log ?? (() => undefined);
  const vault = await Vault.open({ dataDir: options.dataDir, secretBox: options.secretBox, clock });
  const clipboard = new ClipboardGuard(options.clipboard, clock);
  const openTokenListeners = new Set<(payload: EventPayloads['openToken']) => void>();
  const openToken = (payload: EventPayloads['openToken']) => {
    for (const listener of openTokenListeners) listener(payload);
  };
  const language = () => vault.view().settings.language;
  const autoRefreshed = () =>
    vault.view().organisations.flatMap((organisation) =>
      // Only against an official stand: a custom stand's challenge is signed on the user's click (issue #9).
      organisation.tokens.filter((token) => token.kind === 'crpt' && token.settings.autoRefresh === 'on' && crptAutoRefreshAllowed(token.settings)),
    );
  const subjects = () => {
    const snapshot = vault.view();
    // A Честный знак token that refreshes itself needs no reminder unless its refresh failed.
    const autoRefresh = Object.fromEntries(autoRefreshed().map((token) => [token.id, { enabled: true, failed: token.settings.autoRefreshFailed === 'true' }]));
    const kindDefaults = snapshot.settings.reminderDefaults;
    return subjectsFromSnapshot(snapshot, { settings: snapshot.reminders, autoRefresh, ...(kindDefaults ? { kindDefaults } : {}) });
  };

  const notifier = options.notifier ?? noNotifier;
  const copyToken = async (tokenId: string): Promise<void> => {
    await clipboard.copy(await vault.revealSecret(tokenId), vault.view().settings.clipboardClearSeconds, { tokenId, what: 'secret' });
  };
  const scheduler = new ReminderScheduler({
    clock,
    store: vault.announcements(),
    subjects,
    language,
    notify: (notification) =>
      notifier.show({ title: notification.title, body: notification.body }, () =>
        // A summary spans several tokens: it opens the dashboard rather than one wizard.
        openToken({ tokenId: notification.tokenId ?? '', renew: notification.tokenId !== null }),
      ),
    onError: (error) => log({ request: 'reminders', errorName: errorName(error), stack: stackFrames(error) }),
  });
  const stopRecomputing = vault.onChange(() => void scheduler.recompute());

  let router: Router | null = null;
  const tokenService = createAppTokenService({
    vault,
    clock,
    router: () => {
      if (!router) throw new Error('The router is not ready');
      return router;
    },
    onError: (error) => log({ request: 'tokenService', errorName: errorName(error), stack: stackFrames(error) }),
  });

  const updateListeners = new Set<(payload: EventPayloads['updateStateChanged']) => void>();
  const updates = new UpdateController({
    feed: options.updates?.feed ?? null,
    currentVersion: options.updates?.currentVersion ?? '',
    clock,
    prefs: new UpdatePrefsFile(options.dataDir),
    language,
    onChange: (state) => {
      for (const listener of updateListeners) listener(state);
    },
    onError: (error) => log({ request: 'updates', errorName: errorName(error), stack: stackFrames(error) }),
  });

  const backups = new BackupController({
    vault,
    secretBox: options.secretBox,
    clock,
    folderPicker: options.folderPicker ?? noFolderPicker,
    ...(options.backupKdf ? { kdf: options.backupKdf } : {}),
    // The click opens the dashboard, where the notice says what to do.
    notify: (notification) => notifier.show(notification, () => openToken({ tokenId: '', renew: false })),
    onError: (error) => log({ request: 'backups', errorName: errorName(error), stack: stackFrames(error) }),
  });

  const handlers = createHandlers({
    updates,
    backups,
    vault,
    clipboard,
    opener: options.opener,
    clock,
    subjects,
    fileSaver: options.fileSaver ?? noFileSaver,
    fileOpener: options.fileOpener ?? noFileOpener,
    secretBox: options.secretBox,
    notifier,
    ...(options.signerPicker ? { signerPicker: options.signerPicker } : {}),
    ...(options.crpt ? { crpt: options.crpt } : {}),
    tokenService: tokenService.service,
  });
  const coreRouter = createRouter(handlers, language, log);
  router = coreRouter;

  const refresher = new CrptAutoRefresher({
    clock,
    tokens: autoRefreshed,
    refresh: async (tokenId) => {
      const before = locateToken(vault.view(), tokenId);
      const result = await coreRouter.handle('crptRefreshToken', { tokenId });
      try {
        vault.updateTokenSettings(tokenId, { autoRefreshFailed: result.ok ? 'false' : 'true' });
      } catch {
        // The token was deleted meanwhile: nothing left to mark.
      }
      // Said once, when it starts failing: the «2 hours before» reminder is already past by now.
      if (!result.ok && before && before.token.settings.autoRefreshFailed !== 'true') {
        const lang = language();
        const place = [before.organisation.name, before.token.label].filter((part) => part.trim() !== '').join(' · ');
        const until = before.token.expiresAt ? formatPortalDateTime(new Date(before.token.expiresAt)) : '—';
        notifier.show(
          {
            title: message('crpt_auto_refresh_failed_title', lang),
            body: message('crpt_auto_refresh_failed_body', lang, { place, reason: result.error.message, until }),
          },
          () => openToken({ tokenId, renew: true }),
        );
      }
      if (result.ok) {
        // The previous token is dead wherever it was pasted: say where the new one goes (until the token service hands it over).
        const after = locateToken(vault.view(), tokenId);
        if (after) {
          notifier.show(crptRefreshedNotice(after.token, after.organisation, language()), () => {
            // One click: the new token on the clipboard (wiped as usual) and its record on screen.
            openToken({ tokenId, renew: false });
            void copyToken(tokenId).catch((error: unknown) => log({ request: 'crptRefreshedNotice', errorName: errorName(error), stack: stackFrames(error) }));
          });
        }
      }
      return result.ok;
    },
  });
  const stopRefreshing = vault.onChange(() => refresher.recompute());

  return {
    router: coreRouter,
    vault,
    on(event, listener) {
      switch (event) {
        case 'vaultChanged':
          return vault.onChange(listener as (payload: EventPayloads['vaultChanged']) => void);
        case 'openToken': {
          const typed = listener as (payload: EventPayloads['openToken']) => void;
          openTokenListeners.add(typed);
          return () => openTokenListeners.delete(typed);
        }
        case 'clipboardChanged':
          return clipboard.onChange(listener as (payload: EventPayloads['clipboardChanged']) => void);
        case 'updateStateChanged': {
          const typed = listener as (payload: EventPayloads['updateStateChanged']) => void;
          updateListeners.add(typed);
          return () => updateListeners.delete(typed);
        }
      }
      throw new Error(`Unknown event ${String(event)}`);
    },
    openToken,
    startReminders: () => {
      refresher.start();
      return scheduler.start();
    },
    recomputeReminders: () => {
      refresher.recompute();
      void backups.catchUp();
      return scheduler.recompute();
    },
    startBackups: () => backups.start(),
    startUpdates: () => updates.start(),
    trayModel: () => {
      const snapshot = vault.view();
      // A menu of 300 lines is unusable: the most urgent ones, then «и ещё N…» (opens the window).
      return trayModel(snapshot, clock.now(), snapshot.settings.language, { maxItems: TRAY_MENU_ITEMS });
    },
    copyToken,
    startTokenService: () => tokenService.service.start(),
    dispose: async () => {
      await tokenService.service.stop();
      tokenService.sources.dispose();
      stopRecomputing();
      stopRefreshing();
      refresher.stop();
      scheduler.stop();
      updates.stop();
      backups.stop();
      await clipboard.clearNow();
    },
  };
}
