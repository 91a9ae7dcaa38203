import { isAbsolute, relative, resolve, sep } from 'node:path';

/**
 * The renderer is served from a custom, privileged scheme instead of file://, so
 * that the page has a real origin, file:// privileges stay off and every IPC
 * sender can be checked against exactly one origin.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'token-assistant';
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/** True only for a page of our own bundle; custom-scheme URLs have an opaque origin, so compare parts. */
export function isAppUrl(candidate: string | undefined | null): boolean {
  if (!candidate) return false;
  try {
    const url = new URL(candidate);
    return url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST && url.username === '' && url.password === '';
  } catch {
    return false;
  }
}

/** Maps an app:// URL to a file inside the renderer folder; null for anything that escapes it. */
export function resolveAppFile(rendererRoot: string, requestUrl: string): string | null {
  if (!isAppUrl(requestUrl)) return null;
  const { pathname } = new URL(requestUrl);
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const root = resolve(rendererRoot);
  const file = resolve(root, `.${decoded === '/' ? '/index.html' : decoded}`);
  const inside = relative(root, file);
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside) || inside.split(sep).includes('..')) return null;
  return file;
}
