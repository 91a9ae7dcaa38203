import { KIND_BASICS } from '../../../shared/kinds/kind-basics';
import type { Language, TokenKindId } from '../../../shared/model/types';
import { local } from './text';

/**
 * What the dashboard asks of a kind, from the light KIND_BASICS table: the catalog (lib/kinds.ts)
 * with the wizards' steps loads with the screens that need it, not at start (issue #12).
 */

export function kindTitle(id: TokenKindId, language: Language): string {
  const basics = KIND_BASICS[id];
  return basics ? local(basics.title, language) : id;
}

/** Whether the kind's token is obtained by hand in a wizard (not fetched by the app). */
export function isManualKind(id: TokenKindId): boolean {
  return KIND_BASICS[id]?.acquisition === 'manual';
}

/** Whether the kind's expiry is a calendar date (ЕИС), not an instant. */
export function expiryIsDate(id: TokenKindId): boolean {
  return KIND_BASICS[id]?.expiryIsDate === true;
}
