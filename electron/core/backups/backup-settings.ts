import { z } from 'zod';
import { BACKUP_KEEP_DEFAULT, BACKUP_KEEP_MAX, BACKUP_KEEP_MIN } from '../../../shared/backups/backup-state';

/**
 * The automatic backups' part of vault.json. Optional in the vault schema, so that vaults
 * written before it open unchanged (then: off, no folder, ten copies). The password is kept
 * only as `passwordCipher`, sealed by the vault's SecretBox (the OS keychain) like a token.
 */

const instant = z.iso.datetime({ offset: true });

export const BACKUP_FAILURE_CODES = ['no_folder', 'folder_missing', 'no_permission', 'disk_full', 'keychain', 'failed'] as const;
export type BackupFailureCode = (typeof BACKUP_FAILURE_CODES)[number];

export const backupSettingsSchema = z.strictObject({
  enabled: z.boolean(),
  /** Chosen in main's folder dialog only; never from the page or a file. */
  folder: z.string().min(1).max(4096).nullable(),
  keep: z.number().int().min(BACKUP_KEEP_MIN).max(BACKUP_KEEP_MAX),
  /** The backup password, encrypted by the SecretBox; absent until backups are first switched on. */
  passwordCipher: z.string().min(1).optional(),
  passwordChosenByUser: z.boolean(),
  /** When the user last saw or copied the password: the UI insists until then. */
  passwordRevealedAt: instant.nullable(),
  lastAttemptAt: instant.nullable(),
  lastSuccessAt: instant.nullable(),
  lastFailure: z.strictObject({ code: z.enum(BACKUP_FAILURE_CODES), at: instant }).nullable(),
});

export type StoredBackupSettings = z.infer<typeof backupSettingsSchema>;

export function defaultBackupSettings(): StoredBackupSettings {
  return {
    enabled: false,
    folder: null,
    keep: BACKUP_KEEP_DEFAULT,
    passwordChosenByUser: false,
    passwordRevealedAt: null,
    lastAttemptAt: null,
    lastSuccessAt: null,
    lastFailure: null,
  };
}
