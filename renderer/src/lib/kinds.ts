import { availableKinds, getKind, saveStepIndex } from '../../../shared/kinds/catalog';
import type { KindSpec } from '../../../shared/kinds/types';
import type { TokenKindId } from '../../../shared/model/types';

export { secretName, secretNameLower } from '../../../shared/kinds/secret-name';
export { kindTitle } from './kind-basics';

/** The catalog entry of a kind, or undefined for a kind this build does not describe yet. */
export function findKind(id: TokenKindId): KindSpec | undefined {
  try {
    const kind: KindSpec | undefined = getKind(id);
    return kind ?? undefined;
  } catch {
    return undefined;
  }
}

/** Whether a kind asks for a given field at all (so the details page need not list empty, meaningless facts). */
export function kindHasField(id: TokenKindId, fieldId: string): boolean {
  return findKind(id)?.fields.some((candidate) => candidate.id === fieldId) ?? true;
}

/**
 * The kinds the user can start a wizard for: those obtained by hand, whose
 * fields the saveToken request carries. Automatic kinds (СМДО) need their own
 * request in the contract before the renderer can offer them.
 */
export function startableKinds(): KindSpec[] {
  return availableKinds().filter((kind) => kind.acquisition === 'manual' && kind.steps.length > 0);
}

/**
 * The step whose «Сохранить токен» saves the token: the last step that collects
 * fields (or the last step). Later steps (pasting it into programs) are shown
 * after saving, so the token can never be lost while it is pasted elsewhere.
 */
export function lastWizardStep(kind: KindSpec): number {
  const index = saveStepIndex(kind);
  return index === -1 ? kind.steps.length - 1 : index;
}
