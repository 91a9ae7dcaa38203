import type { RequestInput } from '../../../shared/ipc/contract';
import type { FieldId, FieldSpec, KindSpec, WizardStep } from '../../../shared/kinds/types';
import type { Language, TokenView, WizardDraft } from '../../../shared/model/types';
import { message } from '../../../shared/texts/messages';
import { parsePortalDateTime } from '../../../shared/time/portal-time';
import { normaliseSecret, validateField } from '../../../shared/validation/fields';
import type { WizardSession } from '../state/wizard-store';

/** Drafts are keyed per renewal, or per kind and organisation for a new token. */
export function draftKey(session: Pick<WizardSession, 'kind' | 'organisationId' | 'replacesTokenId'>): string {
  return session.replacesTokenId ? `renew-${session.replacesTokenId}` : `new-${session.kind}-${session.organisationId}`;
}

export function fieldSpec(kind: KindSpec, id: FieldId): FieldSpec | undefined {
  return kind.fields.find((field) => field.id === id);
}

/** The specs of the fields typed on one step, in the step's order. */
export function stepFields(kind: KindSpec, step: WizardStep): FieldSpec[] {
  return (step.fields ?? []).flatMap((id) => {
    const spec = fieldSpec(kind, id);
    return spec ? [spec] : [];
  });
}

/** The step where a field is typed, or -1 when no step asks for it. */
export function stepIndexOfField(kind: KindSpec, field: string): number {
  return kind.steps.findIndex((step) => (step.fields ?? []).some((id) => id === field));
}

/** Where a renewal starts: the step that shows the token (the user may still go back). */
export function secretStepIndex(kind: KindSpec): number {
  const index = stepIndexOfField(kind, 'secret');
  return index === -1 ? 0 : index;
}

/** Values of a fresh wizard: the catalog's suggestions, overridden by what is known already. */
export function initialValues(kind: KindSpec, known: Partial<Record<FieldId, string>> = {}): Partial<Record<FieldId, string>> {
  const values: Partial<Record<FieldId, string>> = {};
  for (const field of kind.fields) {
    const knownValue = known[field.id];
    values[field.id] = knownValue !== undefined && knownValue !== '' ? knownValue : (field.suggestedValue ?? '');
  }
  return values;
}

export function valuesFromToken(token: TokenView): Partial<Record<FieldId, string>> {
  return { systemName: token.systemName, techEmail: token.techEmail, label: token.label, notes: token.notes };
}

export function valuesFromDraft(kind: KindSpec, draft: WizardDraft): Partial<Record<FieldId, string>> {
  const known: Partial<Record<FieldId, string>> = {};
  for (const field of kind.fields) {
    const value = draft.values[field.id];
    if (value !== undefined && !isSecretField(kind, field.id)) known[field.id] = value;
  }
  return initialValues(kind, known);
}

/** True for fields that hold a secret (the token, СМДО's key): never kept in a draft. */
export function isSecretField(kind: KindSpec, id: string): boolean {
  return id === 'secret' || kind.fields.some((field) => field.id === id && field.input === 'secret');
}

/** What a draft may keep: everything typed except secrets. */
export function draftValues(kind: KindSpec, values: Partial<Record<FieldId, string>>): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const [field, value] of Object.entries(values)) {
    if (!isSecretField(kind, field) && value !== undefined) kept[field] = value.slice(0, 4000);
  }
  return kept;
}

/** The message under a field, or null when the value is fine. */
export function fieldProblem(kind: KindSpec, field: FieldId, value: string, now: Date, language: Language): string | null {
  const problem = validateField(kind, field, value, now);
  return problem ? message(problem.code, language, problem.params ?? {}) : null;
}

/** Validates the fields of one step; returns every message by field. */
export function validateStep(kind: KindSpec, step: WizardStep, values: WizardSession['values'], now: Date, language: Language) {
  const errors: Partial<Record<FieldId, string>> = {};
  for (const spec of stepFields(kind, step)) {
    const problem = fieldProblem(kind, spec.id, values[spec.id] ?? '', now, language);
    if (problem) errors[spec.id] = problem;
  }
  return errors;
}

/** The saveToken request of a finished wizard. Call only after every step validated. */
export function buildSaveInput(kind: KindSpec, session: WizardSession): RequestInput<'saveToken'> {
  const values = session.values;
  const expiryText = (values.expiresAt ?? '').trim();
  const parsed = expiryText === '' ? null : parsePortalDateTime(expiryText);
  return {
    organisationId: session.organisationId,
    kind: kind.id,
    label: (values.label ?? '').trim(),
    systemName: (values.systemName ?? '').trim(),
    techEmail: (values.techEmail ?? '').trim(),
    secret: normaliseSecret(values.secret ?? ''),
    expiresAt: parsed && parsed.ok ? parsed.instant.toISOString() : null,
    notes: (values.notes ?? '').trim(),
    ...(session.replacesTokenId ? { replacesTokenId: session.replacesTokenId } : {}),
  };
}
