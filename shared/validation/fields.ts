import type { FieldId, KindSpec } from '../kinds/types';
import type { MessageCode } from '../texts/messages';
import { addMonths, parsePortalDateTime } from '../time/portal-time';

/** A problem with one typed value: a message code and its parameters. */
export interface FieldProblem {
  field: string;
  code: MessageCode;
  params?: Record<string, string>;
}

const SYSTEM_NAME = /^[A-Za-z0-9_-]+$/;
// Deliberately pragmatic: one @, a dot in the domain, no spaces. The portal confirms it with a code anyway.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const TPSCLIENT = 'TPSClient';
const DAY_MS = 86_400_000;

/** Removes what copying from a web page tends to add: spaces, line breaks, quotes. */
export function normaliseSecret(value: string): string {
  return value
    .trim()
    .replace(/^["'«“]+|["'»”]+$/g, '')
    .trim();
}

export function validateOrganisationName(name: string): FieldProblem | null {
  const length = name.trim().length;
  return length >= 2 && length <= 200 ? null : { field: 'name', code: 'organisation_name' };
}

const INN10_WEIGHTS = [2, 4, 10, 3, 5, 9, 4, 6, 8];
const INN12_WEIGHTS_11 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8];
const INN12_WEIGHTS_12 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8];

function innCheckDigit(digits: number[], weights: number[]): number {
  const sum = weights.reduce((total, weight, index) => total + weight * (digits[index] ?? 0), 0);
  return (sum % 11) % 10;
}

/** What people type between digit groups («191 234 567», «191-234-567»): not part of the number. */
const TAX_ID_SEPARATORS = /[\s\u00a0\u202f-]/g;

/** УНП/ИНН as stored and compared: the digits without the spaces and hyphens people group them with. */
export function normaliseTaxId(taxId: string): string {
  return taxId.replace(TAX_ID_SEPARATORS, '');
}

/**
 * УНП (Belarus, 9 digits: no check digit is computed here) or ИНН (Russia, 10 or 12
 * digits with check digits). Empty is allowed. Each problem says exactly what is wrong.
 */
export function validateTaxId(taxId: string): FieldProblem | null {
  const value = normaliseTaxId(taxId);
  if (value === '') return null;
  if (!/^\d+$/.test(value)) return { field: 'taxId', code: 'tax_id_digits' };
  if (value.length !== 9 && value.length !== 10 && value.length !== 12) {
    return { field: 'taxId', code: 'tax_id_length', params: { count: String(value.length) } };
  }
  const digits = [...value].map(Number);
  const problem: FieldProblem = { field: 'taxId', code: 'tax_id' };
  if (value.length === 9) return null;
  if (value.length === 10) return innCheckDigit(digits, INN10_WEIGHTS) === digits[9] ? null : problem;
  const valid = innCheckDigit(digits, INN12_WEIGHTS_11) === digits[10] && innCheckDigit(digits, INN12_WEIGHTS_12) === digits[11];
  return valid ? null : problem;
}

/**
 * The longest validity a kind's token may plausibly have: a guard against a mistyped year.
 * None for a date the administrator chooses (ЕИС): the seed sets no upper bound.
 */
function latestPlausibleExpiry(kind: KindSpec, now: Date): { limit: Date; problem: Pick<FieldProblem, 'code' | 'params'> } | null {
  if (kind.lifetime.months !== undefined) {
    const limit = new Date(addMonths(now, kind.lifetime.months).getTime() + 7 * DAY_MS);
    return { limit, problem: { code: 'date_too_far', params: { months: String(kind.lifetime.months) } } };
  }
  if (kind.expiryIsDate) return null;
  return { limit: addMonths(now, 60), problem: { code: 'date_too_far_years', params: { years: '5' } } };
}

/** A date-only kind (ЕИС) has its own words: a day without time, issued again in its own cabinet. */
const DATE_ONLY_CODES = { date_format: 'eis_date_format', date_invalid: 'eis_date_invalid', date_in_past: 'eis_date_in_past' } as const;

function expiryCode(kind: KindSpec, code: keyof typeof DATE_ONLY_CODES): MessageCode {
  return kind.expiryIsDate ? DATE_ONLY_CODES[code] : code;
}

/** Checks an expiry typed as the portal shows it; returns the instant when it is valid. */
export function validatePortalExpiry(kind: KindSpec, text: string, now: Date): { instant: Date } | FieldProblem {
  const parsed = parsePortalDateTime(text);
  if (!parsed.ok) return { field: 'expiresAt', code: expiryCode(kind, parsed.code) };
  return checkExpiryInstant(kind, parsed.instant, now) ?? { instant: parsed.instant };
}

export function checkExpiryInstant(kind: KindSpec, instant: Date, now: Date): FieldProblem | null {
  if (instant.getTime() <= now.getTime()) return { field: 'expiresAt', code: expiryCode(kind, 'date_in_past') };
  const plausible = latestPlausibleExpiry(kind, now);
  if (plausible && instant.getTime() > plausible.limit.getTime()) return { field: 'expiresAt', ...plausible.problem };
  return null;
}

/** Whether a token looks like the one example the ОАИС instructions show (a UUID); the seeds define no format. */
export function looksLikeOaisExample(secret: string): boolean {
  return UUID.test(normaliseSecret(secret));
}

/** Validates one wizard field of a kind; `expiresAt` is checked in its portal form. */
export function validateField(kind: KindSpec, field: FieldId, rawValue: string, now: Date): FieldProblem | null {
  const spec = kind.fields.find((candidate) => candidate.id === field);
  const value = field === 'secret' ? normaliseSecret(rawValue) : rawValue.trim();
  if (value === '') return spec?.required ? { field, code: 'required' } : null;
  const own = kind.fieldRule?.(field, rawValue);
  if (own !== undefined) return own;
  switch (field) {
    case 'label':
      return value.length <= 200 ? null : { field, code: 'label' };
    case 'notes':
      return null;
    case 'systemName':
      if (kind.id === 'tpsclient') return value === TPSCLIENT ? null : { field, code: 'system_name_tpsclient' };
      return SYSTEM_NAME.test(value) && value.length <= 100 ? null : { field, code: 'system_name' };
    case 'techEmail':
      return EMAIL.test(value) && value.length <= 254 ? null : { field, code: 'email' };
    case 'secret':
      // ОАИС and TPSClient: a token unlike the seed's one example is warned about in the form (field-warnings.ts), not refused.
      return value.length >= 8 && !/\s/.test(value) ? null : { field, code: 'token_too_short' };
    case 'expiresAt': {
      const result = validatePortalExpiry(kind, value, now);
      return 'instant' in result ? null : result;
    }
    case 'login':
      return /\s/.test(value) || value.length > 200 ? { field, code: 'login_format' } : null;
    case 'key':
      return value.length >= 8 ? null : { field, code: 'token_too_short' };
  }
}

/** Validates every field of a kind at once; an empty object means the form is fine. */
export function validateFields(kind: KindSpec, values: Partial<Record<FieldId, string>>, now: Date): FieldProblem[] {
  return kind.fields.map((spec) => validateField(kind, spec.id, values[spec.id] ?? '', now)).filter((problem): problem is FieldProblem => problem !== null);
}
