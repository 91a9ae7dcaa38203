import { EDIT_HISTORY_LIMIT, EDIT_VALUE_SHOWN_MAX } from '../../../shared/records/editable';
import type { StoredEditEntry, StoredToken } from './vault-schema';

/**
 * A checked «Изменить» of one record: the new values of its non-secret fields and
 * settings. The handler has validated every value; this only applies and records.
 */
export interface RecordPatch {
  label?: string;
  systemName?: string;
  techEmail?: string;
  notes?: string;
  /** An ISO instant, or null for «no expiry». */
  expiresAt?: string | null;
  /** Settings to set; an empty string removes the setting (an optional ИНН cleared). */
  settings?: Record<string, string>;
}

const TEXT_FIELDS = ['label', 'systemName', 'techEmail', 'notes'] as const;

/** Notes can be long and personal: the history says they changed, not what they said. */
function entry(at: string, field: string, from: string, to: string): StoredEditEntry {
  if (field === 'notes' || from.length > EDIT_VALUE_SHOWN_MAX || to.length > EDIT_VALUE_SHOWN_MAX) return { at, field };
  return { at, field, from, to };
}

/** Applies `patch` to `token` (a copy inside Vault.mutate) and returns what actually changed. */
export function applyRecordPatch(token: StoredToken, patch: RecordPatch, at: string): StoredEditEntry[] {
  const changes: StoredEditEntry[] = [];
  for (const field of TEXT_FIELDS) {
    const value = patch[field];
    if (value === undefined || value === token[field]) continue;
    changes.push(entry(at, field, token[field], value));
    token[field] = value;
  }
  if (patch.expiresAt !== undefined && patch.expiresAt !== token.expiresAt) {
    changes.push(entry(at, 'expiresAt', token.expiresAt ?? '', patch.expiresAt ?? ''));
    token.expiresAt = patch.expiresAt;
  }
  if (patch.settings) {
    const settings = new Map(Object.entries(token.settings));
    for (const [key, value] of Object.entries(patch.settings)) {
      const before = settings.get(key) ?? '';
      if (value === before) continue;
      changes.push(entry(at, key, before, value));
      if (value === '') settings.delete(key);
      else settings.set(key, value);
    }
    token.settings = Object.fromEntries(settings);
  }
  if (changes.length > 0) token.edits = [...changes, ...(token.edits ?? [])].slice(0, EDIT_HISTORY_LIMIT);
  return changes;
}
