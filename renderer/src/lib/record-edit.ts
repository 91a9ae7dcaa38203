import type { RequestInput } from '../../../shared/ipc/contract';
import type { KindSpec } from '../../../shared/kinds/types';
import type { TokenView } from '../../../shared/model/types';
import { editableFields, editableSettings } from '../../../shared/records/editable';
import type { EditableFieldId } from '../../../shared/records/editable';
import { formatPortalDate, formatPortalDateTime } from '../../../shared/time/portal-time';

/** The «Изменить» form's values: the record's editable fields and settings, as a person types them. */
export type EditValues = Record<string, string>;

/** The expiry as the portal prints it, so it is edited in the form it was typed in. */
export function portalExpiryText(kind: KindSpec, expiresAt: string | null): string {
  if (expiresAt === null) return '';
  return kind.expiryIsDate ? formatPortalDate(new Date(expiresAt)) : formatPortalDateTime(new Date(expiresAt));
}

export function initialEditValues(kind: KindSpec, token: TokenView): EditValues {
  const values: EditValues = {};
  for (const field of editableFields(kind)) {
    values[field] = field === 'expiresAt' ? portalExpiryText(kind, token.expiresAt) : token[field];
  }
  for (const key of editableSettings(kind.id)) values[key] = token.settings[key] ?? (key === 'stand' ? 'custom' : '');
  return values;
}

/** Only what the person changed goes to the core: an untouched field is not checked or recorded again. */
export function changedEdits(kind: KindSpec, before: EditValues, after: EditValues): RequestInput<'updateRecord'>['changes'] {
  const changes: RequestInput<'updateRecord'>['changes'] = {};
  for (const field of editableFields(kind)) {
    if ((after[field] ?? '') !== (before[field] ?? '')) changes[field as EditableFieldId] = after[field] ?? '';
  }
  const settings: Record<string, string> = {};
  for (const key of editableSettings(kind.id)) {
    if ((after[key] ?? '') !== (before[key] ?? '')) settings[key] = after[key] ?? '';
  }
  // The stand and its address go together: the core fills in a known stand's address.
  if (kind.id === 'crpt' && (settings.stand !== undefined || settings.trueApiBase !== undefined)) {
    settings.stand = after.stand ?? 'custom';
    if (settings.stand === 'custom') settings.trueApiBase = after.trueApiBase ?? '';
  }
  if (Object.keys(settings).length > 0) changes.settings = settings;
  return changes;
}
