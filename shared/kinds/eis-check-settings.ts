/**
 * Where a ЕИС token keeps its optional identifier check: the endpoint the user
 * entered (so the next check needs one click) and the outcome of the last one.
 * Plain token settings, never the identifier.
 */
export const EIS_CHECK_SETTINGS = {
  endpoint: 'checkEndpoint',
  checkedAt: 'checkedAt',
  outcome: 'checkOutcome',
} as const;

/** An address seen in integrators' configurations for individuals' access; not from the seeds, so it is only a suggestion. */
export const EIS_GET_DOCS_IP_ENDPOINT_EXAMPLE = 'https://int.zakupki.gov.ru/eis-integration/services/getDocsIP';

export type EisCheckOutcome = 'accepted' | 'rejected';

export interface LastEisCheck {
  checkedAt: string;
  outcome: EisCheckOutcome;
}

/**
 * The last check of the identifier the token holds now: a check made before a
 * renewal (a later obtainedAt) was about the previous identifier and no longer counts.
 */
export function currentEisCheck(token: { settings: Readonly<Record<string, string>>; obtainedAt?: string }): LastEisCheck | null {
  const check = lastEisCheck(token.settings);
  if (!check || token.obtainedAt === undefined) return check;
  return Date.parse(check.checkedAt) >= Date.parse(token.obtainedAt) ? check : null;
}

/** The last check recorded on a token, or null when none (or when the settings were edited by hand into nonsense). */
export function lastEisCheck(settings: Readonly<Record<string, string>>): LastEisCheck | null {
  const checkedAt = settings[EIS_CHECK_SETTINGS.checkedAt];
  const outcome = settings[EIS_CHECK_SETTINGS.outcome];
  if (checkedAt === undefined || Number.isNaN(Date.parse(checkedAt))) return null;
  if (outcome !== 'accepted' && outcome !== 'rejected') return null;
  return { checkedAt, outcome };
}
