/**
 * Where the СМДО token is asked for. The address is an installation setting,
 * not a wizard field: it is the same for every organisation and the user never
 * sees it on the portal. The instruction (seed 002) points to the ОАИС «token»
 * service; its usual form is `{base}/token`, and an integrator may give the
 * whole URL instead (the CLI's --token-url).
 */

export const SMDO_TOKEN_PATH = '/token';

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * The token URL the client may call: https, or http on the loopback (the local
 * emulator); no credentials, query or fragment; trailing slashes removed.
 * Answers null when the text is not such a URL.
 */
export function normaliseSmdoTokenUrl(text: string): string | null {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && LOOPBACK.has(url.hostname))) return null;
  if (url.search || url.hash || url.username || url.password) return null;
  const path = url.pathname.replace(/\/+$/, '');
  return `${url.origin}${path}`;
}

/** `{base}/token`, for a setting that names only the server (or the gateway's base path). */
export function smdoTokenUrlFromBase(base: string): string | null {
  const normalised = normaliseSmdoTokenUrl(base);
  if (normalised === null) return null;
  return normalised.endsWith(SMDO_TOKEN_PATH) ? normalised : `${normalised}${SMDO_TOKEN_PATH}`;
}
