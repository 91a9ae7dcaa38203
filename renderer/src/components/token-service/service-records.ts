import type { Language, TokenKindId, VaultSnapshot } from '../../../../shared/model/types';
import { kindTitle } from '../../lib/kind-basics';

export interface ServiceRecord {
  id: string;
  kind: TokenKindId;
  /** «Организация · запись (вид)», as the user knows the record. */
  title: string;
}

/** The vault's records as the token service's lists name them. */
export function serviceRecords(snapshot: VaultSnapshot, language: Language): ServiceRecord[] {
  return snapshot.organisations.flatMap((organisation) =>
    organisation.tokens.map((token) => {
      const kind = kindTitle(token.kind, language);
      const label = token.label.trim() === '' ? kind : `${token.label} (${kind})`;
      return { id: token.id, kind: token.kind, title: `${organisation.name} · ${label}` };
    }),
  );
}
