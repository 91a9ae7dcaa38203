import type { KindSpec } from '../kinds/types';
import type { TokenKindId } from '../model/types';

/**
 * What «Изменить» may change on a record: the non-secret fields a kind's wizard
 * collects, and the connection settings a person typed in its set-up screen.
 * Never a secret or a credential (the token, the СМДО key or login), never the
 * kind or the organisation, never what the core alone writes (signer paths,
 * automatic refresh, check outcomes): those have their own screens and checks.
 */

export const EDITABLE_FIELD_IDS = ['label', 'systemName', 'techEmail', 'expiresAt', 'notes'] as const;
export type EditableFieldId = (typeof EDITABLE_FIELD_IDS)[number];

/** The settings a person may retype, per kind; the core checks each with the kind's own rule. */
export const EDITABLE_SETTINGS: Readonly<Record<TokenKindId, readonly string[]>> = {
  oais: [],
  tpsclient: [],
  eis: ['checkEndpoint'],
  smdo: ['tokenUrl'],
  crpt: ['stand', 'trueApiBase', 'omsConnection', 'inn'],
};

/** The record's own name and notes always; the rest when the kind's wizard asks for it (typed by hand, not fetched). */
export function editableFields(kind: KindSpec): EditableFieldId[] {
  const asked = new Set(kind.fields.map((field) => field.id));
  return EDITABLE_FIELD_IDS.filter((field) => {
    if (field === 'label' || field === 'notes') return true;
    if (field === 'expiresAt') return kind.acquisition === 'manual' && asked.has('expiresAt');
    return asked.has(field);
  });
}

export function editableSettings(kind: TokenKindId): readonly string[] {
  return EDITABLE_SETTINGS[kind];
}

/** How many edits a record remembers: enough for years of corrections, not a file without end. */
export const EDIT_HISTORY_LIMIT = 50;
/** A value longer than this is recorded as changed, without the value (notes). */
export const EDIT_VALUE_SHOWN_MAX = 200;
