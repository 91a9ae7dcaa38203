import { stat } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import type { BackupState } from '../../../shared/backups/backup-state';
import type { Language, Notice } from '../../../shared/model/types';
import { message } from '../../../shared/texts/messages';
import { AppFailure } from '../errors';
import { FileRefusedError, readRegularFile } from '../files/read-regular-file';
import type { Clock, FolderPickerPort, SecretBox } from '../ports';
import { MAX_EXPORT_FILE_BYTES } from '../vault/export-file';
import type { ScryptParams } from '../vault/export-file';
import { EXPORT_PASSWORD_MIN_LENGTH, exportEncrypted, importEncrypted } from '../vault/export-import';
import type { Vault } from '../vault/vault';
import type { VaultData } from '../vault/vault-schema';
import { BackupFailure, backupFailureMessage, classifyBackupFailure } from './backup-failure';
import { listBackups, parseBackupName, pruneBackups, writeBackup } from './backup-files';
import type { BackupFile } from './backup-files';
import { generateBackupPassword } from './backup-password';
import type { BackupFailureCode, StoredBackupSettings } from './backup-settings';

export const DAY_MS = 24 * 60 * 60_000;
/** After a failed copy: soon enough for a drive plugged back in, rare enough not to nag. */
export const BACKUP_RETRY_MS = 60 * 60_000;
/** The notice on the dashboard while automatic copies fail (one at a time, gone after a success). */
export const BACKUP_NOTICE_CODE = 'backup_failed';

export interface BackupControllerOptions {
  vault: Vault;
  secretBox: SecretBox;
  clock: Clock;
  folderPicker: FolderPickerPort;
  /** Lower scrypt costs for tests; the export's defaults otherwise. */
  kdf?: ScryptParams;
  /** A desktop notification when automatic copies start failing (said once, not every hour). */
  notify?: (notification: { title: string; body: string }) => void;
  /** Where an unexpected failure is recorded (its name only). */
  onError?: (error: unknown) => void;
}

/**
 * Automatic encrypted backups (issue #13, point 6): once a day a copy of the vault in the
 * export format (export-file.ts), sealed with a backup password the app keeps encrypted by
 * the OS keychain, into a folder the user chose in main's dialog; the newest N are kept.
 *
 * The clock is the reminders' kind: a timer for the next copy, and `catchUp()` at start and
 * after sleep, which makes the copy a day without one still owes. A failure (folder gone, no
 * permission, disk full, keychain locked) becomes a plain sentence in Settings and a notice,
 * is retried in an hour, and never touches the vault's records.
 *
 * A restore goes through the import (the copy is untrusted input like any file): it is read
 * into a vault without records, so organisations and tokens become exactly the copy's; this
 * PC's settings stay. A copy of the current state is written first, so that it can be undone.
 */
export class BackupController {
  private timer: unknown = null;
  private running = false;
  private inFlight: Promise<string> | null = null;

  constructor(private readonly options: BackupControllerOptions) {}

  /** At start: the copy a missed day owes, then the timer. */
  start(): void {
    this.running = true;
    void this.catchUp();
  }

  stop(): void {
    this.running = false;
    this.disarm();
  }

  /** After start, sleep or a clock change: makes the copy that is due, and arms the next. */
  async catchUp(): Promise<void> {
    if (!this.running) return;
    this.disarm();
    const due = this.dueAt(this.settings());
    if (due === null) return;
    const wait = due.getTime() - this.now().getTime();
    if (wait > 0) {
      this.arm(wait);
      return;
    }
    await this.run('automatic').catch(() => undefined);
    if (this.running) this.armNext();
  }

  async state(): Promise<BackupState> {
    const settings = this.settings();
    const lang = this.language();
    let files: BackupFile[] = [];
    let folderProblem: string | null = null;
    if (settings.folder !== null) {
      try {
        files = await listBackups(settings.folder);
      } catch (error) {
        folderProblem = backupFailureMessage(classifyBackupFailure(error), settings.folder, lang);
      }
    }
    const due = this.dueAt(settings);
    return {
      enabled: settings.enabled,
      folder: settings.folder,
      keep: settings.keep,
      lastSuccessAt: settings.lastSuccessAt,
      lastFailure: settings.lastFailure ? backupFailureMessage(settings.lastFailure.code, settings.folder, lang) : null,
      lastFailureAt: settings.lastFailure?.at ?? null,
      nextAt: due === null ? null : new Date(Math.max(due.getTime(), this.now().getTime())).toISOString(),
      passwordChosenByUser: settings.passwordChosenByUser,
      passwordRevealed: settings.passwordRevealedAt !== null,
      files: files.map((file) => ({ name: file.name, createdAt: file.createdAt.toISOString(), sizeBytes: file.sizeBytes })),
      folderProblem,
    };
  }

  /** The switch. On without a folder asks for one first; cancelled leaves it off. */
  async setEnabled(enabled: boolean): Promise<BackupState & { cancelled: boolean }> {
    if (enabled && this.settings().folder === null) {
      const chosen = await this.pickFolder();
      if (chosen === null) return { ...(await this.state()), cancelled: true };
      this.options.vault.changeBackupSettings((backups) => {
        backups.folder = chosen;
      });
    }
    if (enabled) await this.password();
    this.options.vault.changeBackupSettings((backups) => {
      backups.enabled = enabled;
      // Off: no copy is owed, so an old failure has nothing more to say.
      if (!enabled) backups.lastFailure = null;
    });
    if (!enabled) this.options.vault.replaceNotice(BACKUP_NOTICE_CODE, null);
    await this.catchUp();
    return { ...(await this.state()), cancelled: false };
  }

  /** «Выбрать папку»: main's dialog; the copies go there from the next one on. */
  async chooseFolder(): Promise<BackupState & { cancelled: boolean }> {
    const chosen = await this.pickFolder();
    if (chosen === null) return { ...(await this.state()), cancelled: true };
    this.options.vault.changeBackupSettings((backups) => {
      backups.folder = chosen;
      // The old folder's failure says nothing about the new one.
      backups.lastFailure = null;
    });
    this.options.vault.replaceNotice(BACKUP_NOTICE_CODE, null);
    await this.catchUp();
    return { ...(await this.state()), cancelled: false };
  }

  async setKeep(keep: number): Promise<BackupState> {
    this.options.vault.changeBackupSettings((backups) => {
      backups.keep = keep;
    });
    const folder = this.settings().folder;
    // Fewer to keep applies at once; a folder that cannot be read is pruned after the next copy.
    if (folder !== null) await pruneBackups(folder, keep).catch(() => undefined);
    return this.state();
  }

  /** «Сделать копию сейчас»: answers the file's name, or a plain failure. */
  async makeNow(): Promise<BackupState & { file: string }> {
    let file: string;
    try {
      file = await this.run('manual');
    } catch (error) {
      throw new AppFailure('backup_failed', backupFailureMessage(classifyBackupFailure(error), this.settings().folder, this.language()));
    }
    if (this.running) this.armNext();
    return { ...(await this.state()), file };
  }

  /** The password, for another PC; the UI stops insisting once it was shown. */
  async revealPassword(): Promise<string> {
    const password = await this.password();
    this.options.vault.changeBackupSettings((backups) => {
      backups.passwordRevealedAt = this.now().toISOString();
    });
    return password;
  }

  /** The user's own password instead of the generated one; older copies keep theirs (restore asks for it). */
  async setPassword(password: string): Promise<BackupState> {
    const lang = this.language();
    if (Array.from(password.normalize('NFC')).length < EXPORT_PASSWORD_MIN_LENGTH || password.trim() === '') {
      throw new AppFailure('invalid_field', message('backup_password_too_short', lang, { min: String(EXPORT_PASSWORD_MIN_LENGTH) }), 'password');
    }
    const cipher = await this.encrypt(password);
    this.options.vault.changeBackupSettings((backups) => {
      backups.passwordCipher = cipher;
      backups.passwordChosenByUser = true;
      // They typed it: they know it.
      backups.passwordRevealedAt = this.now().toISOString();
    });
    return this.state();
  }

  /**
   * «Восстановить»: the named copy of our folder, opened with the stored password (or the one
   * given for a copy made with another), checked like any imported file; then a copy of the
   * current state; then organisations and tokens are replaced in one write.
   */
  async restore(name: string, givenPassword?: string): Promise<BackupState & { organisations: number; tokens: number; undoFile: string }> {
    const lang = this.language();
    const folder = this.settings().folder;
    if (folder === null) throw new AppFailure('backup_failed', backupFailureMessage('no_folder', null, lang));
    if (parseBackupName(name) === null) throw new AppFailure('not_found', message('backup_file_unknown', lang));
    let listed: BackupFile[];
    try {
      listed = await listBackups(folder);
    } catch (error) {
      throw new AppFailure('backup_failed', backupFailureMessage(classifyBackupFailure(error), folder, lang));
    }
    if (!listed.some((file) => file.name === name)) throw new AppFailure('not_found', message('backup_file_unknown', lang));
    let bytes: Buffer;
    try {
      bytes = await readRegularFile(join(folder, name), MAX_EXPORT_FILE_BYTES);
    } catch (error) {
      if (error instanceof FileRefusedError) throw new AppFailure('invalid_file', message('backup_file_unreadable', lang));
      throw error;
    }
    const password = givenPassword !== undefined && givenPassword !== '' ? givenPassword : await this.storedPassword();
    const restoreInto = (current: VaultData) => importEncrypted(bytes, password ?? '', withoutRecords(current), this.options.secretBox, { now: this.now(), language: lang });

    // Checked before anything is written: a damaged or hostile copy changes nothing, not even the folder.
    try {
      await restoreInto(this.options.vault.exportData());
    } catch (error) {
      if (error instanceof AppFailure && error.code === 'wrong_password') {
        throw new AppFailure('wrong_password', message('backup_wrong_password', lang), 'password');
      }
      throw error;
    }
    let undoFile: string;
    try {
      undoFile = await this.run('before-restore');
    } catch (error) {
      const reason = backupFailureMessage(classifyBackupFailure(error), folder, lang);
      throw new AppFailure('backup_failed', message('backup_undo_failed', lang, { reason }));
    }
    const result = await this.options.vault.replaceRecords(restoreInto);
    return { ...(await this.state()), organisations: result.next.organisations.length, tokens: result.next.tokens.length, undoFile };
  }

  // ---------------------------------------------------------------- the copy itself

  /** One copy at a time: a second caller gets the copy under way. */
  private run(trigger: 'automatic' | 'manual' | 'before-restore'): Promise<string> {
    if (this.inFlight) return this.inFlight;
    const work = this.writeOne(trigger).finally(() => {
      this.inFlight = null;
    });
    this.inFlight = work;
    return work;
  }

  private async writeOne(trigger: 'automatic' | 'manual' | 'before-restore'): Promise<string> {
    const vault = this.options.vault;
    const startedAt = this.now();
    try {
      const settings = this.settings();
      if (settings.folder === null) throw new BackupFailure('no_folder');
      const folder = settings.folder;
      const password = await this.password();
      const file = await exportEncrypted(vault.exportData(), this.options.secretBox, password, {
        now: startedAt,
        language: this.language(),
        ...(this.options.kdf ? { kdf: this.options.kdf } : {}),
      });
      const name = await writeBackup(folder, startedAt, file);
      await pruneBackups(folder, this.settings().keep);
      vault.changeBackupSettings(
        (backups) => {
          backups.lastAttemptAt = startedAt.toISOString();
          backups.lastSuccessAt = startedAt.toISOString();
          backups.lastFailure = null;
        },
        { silent: true },
      );
      vault.replaceNotice(BACKUP_NOTICE_CODE, null);
      return name;
    } catch (error) {
      const code = classifyBackupFailure(error);
      if (code === 'failed') this.options.onError?.(error);
      this.recordFailure(code, startedAt, trigger);
      throw error;
    }
  }

  private recordFailure(code: BackupFailureCode, at: Date, trigger: 'automatic' | 'manual' | 'before-restore'): void {
    const vault = this.options.vault;
    const firstFailure = this.settings().lastFailure === null;
    try {
      vault.changeBackupSettings(
        (backups) => {
          backups.lastAttemptAt = at.toISOString();
          backups.lastFailure = { code, at: at.toISOString() };
        },
        { silent: true },
      );
      // A click gets its answer on the spot; what failed unseen is said on the dashboard too,
      // and once from the tray, when it starts failing (the app may have no window open).
      if (trigger === 'automatic') {
        const notice = this.failureNotice(code, at);
        vault.replaceNotice(BACKUP_NOTICE_CODE, notice);
        if (firstFailure) this.options.notify?.({ title: message('backup_failed_title', this.language()), body: notice.message });
      }
    } catch {
      // The vault's own disk failed too: the copy's failure is already the answer.
    }
  }

  private failureNotice(code: BackupFailureCode, at: Date): Notice {
    const lang = this.language();
    return {
      id: 'backup-failed',
      level: 'warning',
      code: BACKUP_NOTICE_CODE,
      message: message('backup_failed_notice', lang, { reason: backupFailureMessage(code, this.settings().folder, lang) }),
      at: at.toISOString(),
    };
  }

  // ---------------------------------------------------------------- password

  /** The stored password, or a new one made, sealed and stored now. */
  private async password(): Promise<string> {
    const stored = await this.storedPassword();
    if (stored !== null) return stored;
    const fresh = generateBackupPassword();
    const cipher = await this.encrypt(fresh);
    this.options.vault.changeBackupSettings((backups) => {
      backups.passwordCipher = cipher;
      backups.passwordChosenByUser = false;
      backups.passwordRevealedAt = null;
    });
    return fresh;
  }

  private async storedPassword(): Promise<string | null> {
    const cipher = this.settings().passwordCipher;
    if (cipher === undefined) return null;
    try {
      return await this.options.secretBox.decrypt(cipher);
    } catch {
      // The box's own error may quote its input: never passed on.
      throw new AppFailure('encryption_unavailable', message('encryption_unavailable', this.language()));
    }
  }

  private async encrypt(plain: string): Promise<string> {
    try {
      const cipher = await this.options.secretBox.encrypt(plain);
      if (typeof cipher === 'string' && cipher.length > 0) return cipher;
    } catch {
      // As above.
    }
    throw new AppFailure('encryption_unavailable', message('encryption_unavailable', this.language()));
  }

  // ---------------------------------------------------------------- folder and clock

  private async pickFolder(): Promise<string | null> {
    const chosen = await this.options.folderPicker.chooseFolder();
    if (chosen === null) return null;
    const info = isAbsolute(chosen) && chosen.length <= 4096 ? await stat(chosen).catch(() => null) : null;
    if (!info?.isDirectory()) throw new AppFailure('invalid_field', message('backup_not_a_folder', this.language()), 'folder');
    return chosen;
  }

  /** When the next copy is due: a day after the last one, an hour after a failure; null while off. */
  private dueAt(settings: StoredBackupSettings): Date | null {
    if (!settings.enabled || settings.folder === null) return null;
    const now = this.now().getTime();
    const success = settings.lastSuccessAt === null ? null : Date.parse(settings.lastSuccessAt);
    // A last copy "in the future" means the clock was moved back: one copy now sets it right.
    let due = success === null || success > now ? now : success + DAY_MS;
    const failure = settings.lastFailure === null ? null : Date.parse(settings.lastFailure.at);
    if (failure !== null && failure <= now && (success === null || failure > success)) due = Math.max(due, failure + BACKUP_RETRY_MS);
    return new Date(due);
  }

  private armNext(): void {
    const due = this.dueAt(this.settings());
    if (due === null) return;
    this.arm(Math.max(due.getTime() - this.now().getTime(), 1000));
  }

  private arm(ms: number): void {
    this.disarm();
    this.timer = this.options.clock.setTimeout(() => {
      this.timer = null;
      void this.catchUp();
    }, ms);
  }

  private disarm(): void {
    if (this.timer !== null) this.options.clock.clearTimeout(this.timer);
    this.timer = null;
  }

  private settings(): StoredBackupSettings {
    return this.options.vault.backupSettings();
  }

  private language(): Language {
    return this.options.vault.snapshot().settings.language;
  }

  private now(): Date {
    return this.options.clock.now();
  }
}

/** The vault as a restore fills it: this PC's settings, no records. */
function withoutRecords(current: VaultData): VaultData {
  return { ...current, organisations: [], tokens: [] };
}
