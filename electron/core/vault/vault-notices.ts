import type { Language, Notice } from '../../../shared/model/types';
import { message } from '../../../shared/texts/messages';
import { formatInZone } from '../../../shared/time/portal-time';
import type { Recovery } from './vault-file';

/** The notices the vault itself raises. They name files and dates, never content. */

export const BASIC_TEXT_NOTICE_ID = 'encryption-basic-text';

export function recoveryNotice(recovery: Recovery, language: Language, id: string, now: Date): Notice {
  const at = now.toISOString();
  switch (recovery.kind) {
    case 'restored-from-backup':
      return {
        id,
        at,
        level: 'warning',
        code: 'vault_restored_from_backup',
        message: message('vault_restored_from_backup', language, {
          date: formatInZone(recovery.backupSavedAt, language),
          file: recovery.damagedFile,
        }),
      };
    case 'restored-missing-file':
      return {
        id,
        at,
        level: 'warning',
        code: 'vault_restored_missing',
        message: message('vault_restored_missing', language, { date: formatInZone(recovery.backupSavedAt, language) }),
      };
    case 'unrecoverable':
      return {
        id,
        at,
        level: 'error',
        code: 'vault_unrecoverable',
        message: message('vault_unrecoverable', language, { file: recovery.damagedFile }),
      };
  }
}

/** Shown while secrets are only obfuscated; not stored, since it is true only as long as the machine lacks a keychain. */
export function basicTextNotice(language: Language, since: Date): Notice {
  return {
    id: BASIC_TEXT_NOTICE_ID,
    at: since.toISOString(),
    level: 'warning',
    code: 'encryption_basic_text',
    message: message('encryption_basic_text', language),
  };
}
