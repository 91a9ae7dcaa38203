import { TOKEN_KIND_IDS } from '../model/types';
import type { TokenKindId } from '../model/types';
import { oais } from './oais';
import { tpsclient } from './tpsclient';
import { smdo } from './smdo';
import { eis } from './eis';
import { crpt } from './crpt';
import type { KindSpec } from './types';

/**
 * Every token kind this build can walk the user through. The other kinds of
 * TOKEN_KIND_IDS (smdo, eis, crpt) join as their wizards are written.
 */
export const KIND_CATALOG: Partial<Record<TokenKindId, KindSpec>> = {
  oais,
  tpsclient,
  smdo,
  eis,
  crpt,
};

/** The catalog entry of a kind, or undefined for a kind not described yet. */
export function getKind(id: TokenKindId): KindSpec | undefined {
  return KIND_CATALOG[id];
}

/** The described kinds, in the order of TOKEN_KIND_IDS. */
export function availableKinds(): KindSpec[] {
  return TOKEN_KIND_IDS.flatMap((id) => {
    const kind = KIND_CATALOG[id];
    return kind ? [kind] : [];
  });
}

/**
 * The step after which the wizard saves the token: the last step that collects
 * fields. Steps after it (where to paste the token) are meant to be shown with
 * the token already saved, so that pasting it elsewhere can never lose it.
 * Returns -1 for a kind whose steps collect nothing.
 */
export function saveStepIndex(kind: KindSpec): number {
  return kind.steps.findLastIndex((step) => (step.fields ?? []).length > 0);
}
