import type { Language } from '../../../shared/model/types';
import { message } from '../../../shared/texts/messages';
import { validateOrganisationName, validateTaxId } from '../../../shared/validation/fields';
import type { OrganisationErrors, OrganisationValues } from '../components/OrganisationFields';

/** Validates one organisation field; returns the message or null. */
export function organisationProblem(field: keyof OrganisationValues, values: OrganisationValues, language: Language): string | null {
  const problem = field === 'name' ? validateOrganisationName(values.name) : validateTaxId(values.taxId);
  return problem ? message(problem.code, language, problem.params ?? {}) : null;
}

export function validateOrganisation(values: OrganisationValues, language: Language): OrganisationErrors {
  const errors: OrganisationErrors = {};
  for (const field of ['name', 'taxId'] as const) {
    const problem = organisationProblem(field, values, language);
    if (problem) errors[field] = problem;
  }
  return errors;
}
