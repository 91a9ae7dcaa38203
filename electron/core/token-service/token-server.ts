import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import type { Clock } from '../ports';
import type { AuditSink } from './audit';
import { bearerKey, KeyRing } from './program-keys';
import { guardRequest } from './request-guard';
import { ServiceError } from './service-error';
import { SERVICE_TEXT } from './texts';
import type { TokenSource } from './token-sources';

/**
 * The local token service: `GET /v1/health`, `GET /v1/tokens`, `GET /v1/tokens/{id}`.
 * One implementation for the app and for `token-assistant serve`. Every refusal is
 * `{"error":{"code","message"}}` in Russian; every token request is audited.
 */

export interface TokenSources {
  get(id: string): TokenSource | undefined;
  list(): readonly TokenSource[];
}

export interface TokenServerOptions {
  /** 127.0.0.1 (default), localhost, ::1; any other host only with tls. */
  host?: string;
  /** 0: any free port. */
  port: number;
  /** PEM certificate and key: the service speaks https. */
  tls?: { cert: string | Buffer; key: string | Buffer };
  keys: KeyRing;
  sources: TokenSources;
  audit: AuditSink;
  clock?: Pick<Clock, 'now'>;
}

export interface RunningTokenServer {
  /** http://127.0.0.1:<port> (or https://host:port). */
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Ids are names the operator chose: letters, digits, dot, dash, underscore. */
export const TOKEN_ID_SHAPE = /^[A-Za-z0-9._-]{1,64}$/;
const MAX_URL_LENGTH = 1024;
const TOKEN_PATH = /^\/v1\/tokens\/([A-Za-z0-9._-]{1,64})$/;

export function isLoopbackHost(host: string): boolean {
  return host === '127.0.0.1' || host === 'localhost' || host === '::1' || host === '[::1]';
}

function send(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    // A token must not stay in any cache between the service and the program.
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  response.end(text);
}

export async function startTokenServer(options: TokenServerOptions): Promise<RunningTokenServer> {
  const host = options.host ?? '127.0.0.1';
  if (!options.tls && !isLoopbackHost(host)) throw new Error('a host other than loopback needs tls');
  const clock = options.clock ?? { now: () => new Date() };
  let port = options.port;

  async function answer(request: IncomingMessage): Promise<{ status: number; body: unknown; program: string | null; id: string | null; audited: boolean }> {
    const url = request.url ?? '';
    const isHealth = url === '/v1/health';
    let program: string | null = null;
    let id: string | null = null;
    try {
      if (url.length > MAX_URL_LENGTH) throw new ServiceError(414, 'uri_too_long', SERVICE_TEXT.uriTooLong);
      guardRequest(request.headers, isHealth, { port, tls: options.tls !== undefined });
      if (request.method !== 'GET') throw new ServiceError(405, 'method_not_allowed', SERVICE_TEXT.methodNotAllowed);
      if (isHealth) return { status: 200, body: { status: 'ok' }, program, id, audited: false };
      const match = TOKEN_PATH.exec(url);
      if (url !== '/v1/tokens' && !match) throw new ServiceError(404, 'not_found', SERVICE_TEXT.notFound);
      const grant = options.keys.find(bearerKey(request.headers.authorization));
      if (!grant) throw new ServiceError(401, 'unauthorized', SERVICE_TEXT.unauthorized);
      program = grant.name;
      if (!match) {
        const tokens = options.sources
          .list()
          .filter((source) => KeyRing.allows(grant, source.id))
          .map((source) => ({ id: source.id, kind: source.kind, organisation: source.organisation, expiresAt: source.expiresAt() }));
        return { status: 200, body: { tokens }, program, id, audited: true };
      }
      id = match[1] ?? '';
      const source = options.sources.get(id);
      if (!source) throw new ServiceError(404, 'not_found', SERVICE_TEXT.unknownId(id));
      if (!KeyRing.allows(grant, id)) throw new ServiceError(403, 'forbidden_scope', SERVICE_TEXT.forbiddenScope(id));
      const token = await source.get();
      return { status: 200, body: { token: token.token, obtainedAt: token.obtainedAt, expiresAt: token.expiresAt }, program, id, audited: true };
    } catch (error) {
      const failure = error instanceof ServiceError ? error : new ServiceError(500, 'internal', SERVICE_TEXT.internal);
      return { status: failure.status, body: failure.toBody(), program, id, audited: !isHealth };
    }
  }

  const handler = (request: IncomingMessage, response: ServerResponse): void => {
    // A body is never read: drop it so the connection can carry the next request.
    request.resume();
    void answer(request).then((result) => {
      if (result.audited) options.audit.record({ at: clock.now().toISOString(), program: result.program, id: result.id, status: result.status });
      if (!response.destroyed) send(response, result.status, result.body);
    });
  };

  // requireHostHeader off: a request without Host gets the guard's JSON 403 rather than node's bare 400.
  const serverOptions = { maxHeaderSize: 8 * 1024, requestTimeout: 60_000, headersTimeout: 10_000, requireHostHeader: false };
  const server: Server = options.tls ? createHttpsServer({ ...serverOptions, cert: options.tls.cert, key: options.tls.key }, handler) : createHttpServer(serverOptions, handler);

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;
  const shownHost = host.includes(':') && !host.startsWith('[') ? `[${host}]` : host;
  return {
    url: `${options.tls ? 'https' : 'http'}://${shownHost}:${port}`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
