import type { Language } from '../../../shared/model/types';
import { message } from '../../../shared/texts/messages';
import type { MessageCode } from '../../../shared/texts/messages';
import { AppFailure } from '../errors';
import { KeychainRefusal } from '../keychain/keychain-refusal';
import type { BackupFailureCode } from './backup-settings';

/** Why a backup failed, as the user can act on it; an error's own text is never passed on (it may quote a path or worse). */
export function classifyBackupFailure(error: unknown): BackupFailureCode {
  if (error instanceof BackupFailure) return error.reason;
  if (error instanceof KeychainRefusal) return 'keychain';
  if (error instanceof AppFailure) return error.code === 'encryption_unavailable' ? 'keychain' : 'failed';
  const code = (error as { code?: unknown } | null)?.code;
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
    case 'ENODEV':
    case 'ENXIO':
      return 'folder_missing';
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return 'no_permission';
    case 'ENOSPC':
    case 'EDQUOT':
    case 'EFBIG':
      return 'disk_full';
    default:
      return 'failed';
  }
}

const MESSAGES: Record<BackupFailureCode, MessageCode> = {
  no_folder: 'backup_no_folder',
  folder_missing: 'backup_folder_missing',
  no_permission: 'backup_no_permission',
  disk_full: 'backup_disk_full',
  keychain: 'backup_keychain',
  failed: 'backup_failed',
};

export function backupFailureMessage(code: BackupFailureCode, folder: string | null, language: Language): string {
  return message(MESSAGES[code], language, { folder: folder ?? '' });
}

/** A failure the backups themselves decide (no folder chosen). */
export class BackupFailure extends Error {
  constructor(readonly reason: BackupFailureCode) {
    super(`backup failed: ${reason}`);
    this.name = 'BackupFailure';
  }
}
