/**
 * The only origins the app opens in the user's browser: the official portals of
 * the five token kinds. Anything else, including http:// and look-alike hosts, is refused.
 */
export const PORTAL_ORIGINS = [
  'https://account.gov.by',
  'https://zakupki.gov.ru',
  'https://markirovka.crpt.ru',
  'https://markirovka.sandbox.crptech.ru',
  'https://xn--80ajghhoc2aj1c8b.xn--p1ai', // честныйзнак.рф
  'https://suzgrid.crpt.ru',
] as const;

/** Returns the normalised URL when it is an https link to an allowed portal, otherwise null. */
export function allowedPortalUrl(candidate: string): string | null {
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' || url.username !== '' || url.password !== '') return null;
  return (PORTAL_ORIGINS as readonly string[]).includes(url.origin) ? url.href : null;
}
