import type { IncomingHttpHeaders } from 'node:http';
import { ServiceError } from './service-error';
import { SERVICE_TEXT } from './texts';

/**
 * Keeps web pages away from the tokens. A browser marks its requests with `Origin`
 * (every cross-origin fetch) or `Sec-Fetch-Site` (every request of a modern browser):
 * any of them is refused. DNS rebinding (evil.example resolving to 127.0.0.1) is caught
 * by the Host header, which then names the attacker's domain: over plain http only the
 * loopback names with the service's port pass. Over https the certificate already
 * fails for a rebound name, so the Host is not checked there.
 *
 * One exception: `GET /v1/health` opened by the user in a browser (the app's test link)
 * carries `Sec-Fetch-Site: none`; it reveals nothing, so it passes.
 */
export interface GuardOptions {
  port: number;
  tls: boolean;
}

const LOOPBACK_NAMES = ['127.0.0.1', 'localhost', '[::1]'];

export function allowedHosts(port: number): Set<string> {
  const hosts = new Set(LOOPBACK_NAMES.map((name) => `${name}:${port}`));
  // A client may leave out the default port of the scheme.
  if (port === 80) for (const name of LOOPBACK_NAMES) hosts.add(name);
  return hosts;
}

export function guardRequest(headers: IncomingHttpHeaders, isHealth: boolean, options: GuardOptions): void {
  if (headers.origin !== undefined) throw new ServiceError(403, 'forbidden_origin', SERVICE_TEXT.forbiddenOrigin);
  const fetchSite = headers['sec-fetch-site'];
  if (fetchSite !== undefined && !(isHealth && fetchSite === 'none')) throw new ServiceError(403, 'forbidden_origin', SERVICE_TEXT.forbiddenOrigin);
  if (options.tls) return;
  const host = (headers.host ?? '').toLowerCase();
  if (!allowedHosts(options.port).has(host)) throw new ServiceError(403, 'forbidden_host', SERVICE_TEXT.forbiddenHost(`127.0.0.1:${options.port}`));
}
