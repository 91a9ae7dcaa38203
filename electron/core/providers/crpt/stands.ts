/**
 * The Честный знак stands of the official instruction (seed 004): True API for
 * the token, СУЗ for registering an integration installation.
 */
export type CrptStandId = 'sandbox' | 'production' | 'custom';

export interface CrptStand {
  id: CrptStandId;
  title: { ru: string; en: string };
  /** Base of True API; the client appends `/auth/key` and `/auth/simpleSignIn/{omsConnection}`. */
  trueApiBase: string;
  /** The same stand's v4 base, which offers the same methods. */
  trueApiBaseV4: string;
  /** Host base of the СУЗ registration API; the client appends `/api/v2/integration/connection`. */
  suzBase: string;
  /** The registration key prefilled for this stand (only the sandbox has a public one). */
  registrationKey: string;
}

/** Public sandbox registration key of the integration solution, given in the instruction to everyone. */
export const SANDBOX_REGISTRATION_KEY = '4344d884-7f21-456c-981e-cd68e92391e8';

export const CRPT_STANDS: readonly CrptStand[] = [
  {
    id: 'sandbox',
    title: { ru: 'Демонстрационный контур (песочница)', en: 'Demonstration environment (sandbox)' },
    trueApiBase: 'https://markirovka.sandbox.crptech.ru/api/v3/true-api',
    trueApiBaseV4: 'https://markirovka.sandbox.crptech.ru/api/v4/true-api',
    suzBase: 'https://suz-integrator.sandbox.crpt.tech',
    registrationKey: SANDBOX_REGISTRATION_KEY,
  },
  {
    id: 'production',
    title: { ru: 'Промышленный контур', en: 'Production environment' },
    trueApiBase: 'https://markirovka.crpt.ru/api/v3/true-api',
    trueApiBaseV4: 'https://markirovka.crpt.ru/api/v4/true-api',
    suzBase: 'https://suzgrid.crpt.ru:16443',
    registrationKey: '',
  },
];

export function findStand(id: CrptStandId): CrptStand | undefined {
  return CRPT_STANDS.find((stand) => stand.id === id);
}

/** How long a clientToken lives, per the instruction. */
export const CLIENT_TOKEN_LIFETIME_MS = 10 * 60 * 60 * 1000;

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * A base URL the client may call: https, or http on the loopback (the local
 * emulator); no query, no fragment, no credentials; the trailing slash removed.
 * Answers null when the text is not such a URL.
 */
export function normaliseBaseUrl(text: string): string | null {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && LOOPBACK.has(url.hostname))) return null;
  if (url.search || url.hash || url.username || url.password) return null;
  return `${url.origin}${url.pathname}`.replace(/\/+$/, '');
}
