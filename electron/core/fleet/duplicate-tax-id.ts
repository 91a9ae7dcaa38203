import type { AppError } from '../../../shared/ipc/result';
import type { Language, OrganisationView } from '../../../shared/model/types';
import { message } from '../../../shared/texts/messages';
import { normaliseTaxId } from '../../../shared/validation/fields';
import { AppFailure } from '../errors';

/** Another organisation has this УНП/ИНН; the answer names it so the user can open or choose it, or save knowingly. */
export class DuplicateTaxIdFailure extends AppFailure {
  constructor(
    text: string,
    readonly duplicateOf: { id: string; name: string },
  ) {
    super('organisation_duplicate_tax_id', text, 'taxId');
  }

  override toAppError(): AppError {
    return { ...super.toAppError(), duplicateOf: { ...this.duplicateOf } };
  }
}

/** The first other organisation whose number is `taxId` once spaces and hyphens are gone; null when none (or no number). */
export function organisationWithTaxId(organisations: readonly OrganisationView[], taxId: string, exceptId?: string): OrganisationView | null {
  const wanted = normaliseTaxId(taxId);
  if (wanted === '') return null;
  return organisations.find((organisation) => organisation.id !== exceptId && normaliseTaxId(organisation.taxId) === wanted) ?? null;
}

/**
 * Throws DuplicateTaxIdFailure when another organisation has this number. An organisation
 * that already has it (saved knowingly before) is not asked again when only its name changes.
 */
export function refuseDuplicateTaxId(organisations: readonly OrganisationView[], taxId: string, ownId: string | undefined, language: Language): void {
  const own = ownId === undefined ? undefined : organisations.find((organisation) => organisation.id === ownId);
  if (own !== undefined && normaliseTaxId(own.taxId) === normaliseTaxId(taxId)) return;
  const twin = organisationWithTaxId(organisations, taxId, ownId);
  if (twin === null) return;
  throw new DuplicateTaxIdFailure(message('organisation_duplicate_tax_id', language, { taxId: normaliseTaxId(taxId), name: twin.name }), { id: twin.id, name: twin.name });
}
