import { z } from 'zod';
import { BACKUP_KEEP_MAX, BACKUP_KEEP_MIN } from '../../backups/backup-state';
import type { BackupState } from '../../backups/backup-state';
import type { BACKUPS_REQUEST_NAMES } from './backups-names';

type Name = (typeof BACKUPS_REQUEST_NAMES)[number];

/** A backup's file name as the listing gave it; the core checks it against its own pattern and the folder. */
const fileName = z.string().min(1).max(255);
/** Long enough for any passphrase; the ≥10 characters rule is the core's (with a Russian message). */
const password = z.string().max(1024);

export const backupsRequestSchemas = {
  backupsGetState: z.object({}).strict(),
  /** «Делать копии каждый день»: on without a folder opens main's folder dialog first. */
  backupsSetEnabled: z.object({ enabled: z.boolean() }).strict(),
  /** «Выбрать папку»: main's native dialog; the page never names a folder. */
  backupsChooseFolder: z.object({}).strict(),
  /** «Хранить последних N копий». */
  backupsSetKeep: z.object({ keep: z.number().int().min(BACKUP_KEEP_MIN).max(BACKUP_KEEP_MAX) }).strict(),
  /** «Сделать копию сейчас». */
  backupsMakeNow: z.object({}).strict(),
  /** «Показать пароль»: for opening a copy on another PC. */
  backupsRevealPassword: z.object({}).strict(),
  /** «Скопировать пароль»: on the clipboard, wiped like a token. */
  backupsCopyPassword: z.object({}).strict(),
  /** The user's own password instead of the generated one (later copies only). */
  backupsSetPassword: z.object({ password }).strict(),
  /**
   * «Восстановить»: organisations and tokens become those of the copy; a copy of the current
   * state is made first. password only for a copy made with another password.
   */
  backupsRestore: z.object({ name: fileName, password: password.optional() }).strict(),
} satisfies Record<Name, z.ZodType>;

export interface BackupsRequestOutputs {
  backupsGetState: BackupState;
  /** cancelled: the folder dialog was closed, nothing changed. */
  backupsSetEnabled: BackupState & { cancelled: boolean };
  backupsChooseFolder: BackupState & { cancelled: boolean };
  backupsSetKeep: BackupState;
  /** file: the name of the copy just written. */
  backupsMakeNow: BackupState & { file: string };
  backupsRevealPassword: { password: string };
  backupsCopyPassword: { clearsAfterSeconds: number };
  backupsSetPassword: BackupState;
  /** undoFile: the copy of the state before the restore, to restore it back. */
  backupsRestore: BackupState & { organisations: number; tokens: number; undoFile: string };
}
