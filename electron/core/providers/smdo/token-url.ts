/**
 * Where the СМДО token is asked for. The portal does not show it, and the
 * instruction (seed 002) only points to the ОАИС «token» service, whose usual
 * form is `{base}/token`. The СМДО screen asks for the server's address and
 * smdoSave completes it with smdoTokenUrlFromBase (a whole token URL, ending in
 * /token, is kept as given); the CLI's --token-url takes the whole URL.
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
