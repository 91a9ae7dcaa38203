import { isServicePort } from './limits';

/**
 * The one local address the app may open in the user's browser besides the official
 * portals: the token service's own `GET /v1/health` (the test link in Settings). Built
 * by the core from the stored port and re-checked by main's opener, exactly.
 */
export function serviceHealthUrl(port: number): string {
  return `http://127.0.0.1:${port}/v1/health`;
}

/** The URL if it is exactly a service health address on loopback, otherwise null. */
export function allowedHealthUrl(url: string): string | null {
  const match = /^http:\/\/127\.0\.0\.1:(\d{4,5})\/v1\/health$/.exec(url);
  if (!match) return null;
  const port = Number(match[1]);
  return isServicePort(port) && serviceHealthUrl(port) === url ? url : null;
}
