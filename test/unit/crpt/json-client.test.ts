import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HttpFailure, backoffDelay, createJsonClient, shouldRetry, type AttemptInfo, type JsonClientOptions, type RetryPolicy } from '../../../electron/core/http/json-client';
import { nodeHttpTransport } from '../../../electron/core/http/node-http-transport';

type Handler = (request: IncomingMessage, response: ServerResponse) => void;
let server: Server;
let base = '';
const handlers = new Map<string, Handler>();
const hits = new Map<string, number>();

beforeAll(async () => {
  server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    hits.set(path, (hits.get(path) ?? 0) + 1);
    const handler = handlers.get(path);
    if (handler) handler(request, response);
    else {
      response.writeHead(404, { 'content-type': 'application/json' });
      response.end('{"error_message":"nope"}');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const json =
  (status: number, body: unknown): Handler =>
  (_request, response) => {
    response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
    response.end(JSON.stringify(body));
  };

async function failure(promise: Promise<unknown>): Promise<HttpFailure> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof HttpFailure) return error;
    throw error;
  }
  throw new Error('expected an HttpFailure');
}

const noSleep = { sleep: async () => undefined };
const retry = (mode: RetryPolicy['mode'], attempts = 3): RetryPolicy => ({ mode, attempts, baseDelayMs: 100, maxDelayMs: 1000 });

async function closedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

describe.each([
  ['fetch', undefined],
  ['node:http', nodeHttpTransport()],
] as const)('json client over %s', (_name, transport) => {
  const make = (options: JsonClientOptions = {}) => createJsonClient({ ...options, ...(transport ? { transport } : {}) });

  it('answers parsed JSON and sends the exact body bytes', async () => {
    let seen = '';
    handlers.set('/echo', (request, response) => {
      let body = '';
      request
        .on('data', (chunk: Buffer) => (body += chunk.toString('utf8')))
        .on('end', () => {
          seen = `${request.headers['content-type']}|${request.headers['x-signature']}|${body}`;
          json(200, { ok: true })(request, response);
        });
    });
    const client = make();
    const answer = await client.request({ method: 'POST', url: `${base}/echo`, body: Buffer.from('{"a":"б"}'), headers: { 'X-Signature': 'c2ln' } });
    expect(answer).toMatchObject({ status: 200, body: { ok: true } });
    expect(seen).toBe('application/json;charset=UTF-8|c2ln|{"a":"б"}');
  });

  it('classifies an HTTP error and keeps its JSON body', async () => {
    handlers.set('/forbidden', json(403, { code: '403', error_message: 'Доступ запрещён: код ошибки 2' }));
    const error = await failure(make().request({ method: 'GET', url: `${base}/forbidden` }));
    expect(error).toMatchObject({ kind: 'http', status: 403, body: { error_message: 'Доступ запрещён: код ошибки 2' } });
  });

  it('refuses a non-JSON answer by its content type, and broken JSON', async () => {
    handlers.set('/html', (_q, s) => {
      s.writeHead(200, { 'content-type': 'text/html' });
      s.end('{"looks":"like json"}');
    });
    handlers.set('/broken', (_q, s) => {
      s.writeHead(200, { 'content-type': 'application/json' });
      s.end('{"a":');
    });
    expect(await failure(make().request({ method: 'GET', url: `${base}/html` }))).toMatchObject({ kind: 'non-json', contentType: 'text/html' });
    expect((await failure(make().request({ method: 'GET', url: `${base}/broken` }))).kind).toBe('non-json');
  });

  it('stops reading an answer over the size limit, declared or not', async () => {
    handlers.set('/big-declared', (_q, s) => {
      const body = JSON.stringify({ x: 'y'.repeat(5000) });
      s.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
      s.end(body);
    });
    handlers.set('/big-chunked', (_q, s) => {
      s.writeHead(200, { 'content-type': 'application/json' });
      s.write('{"x":"');
      for (let i = 0; i < 10; i += 1) s.write('y'.repeat(1000));
      s.end('"}');
    });
    const client = make({ defaultMaxBytes: 2000 });
    expect((await failure(client.request({ method: 'GET', url: `${base}/big-declared` }))).kind).toBe('too-large');
    expect((await failure(client.request({ method: 'GET', url: `${base}/big-chunked` }))).kind).toBe('too-large');
  });

  it('times out a slow answer', async () => {
    handlers.set('/slow', (_q, s) => {
      setTimeout(() => json(200, {})(_q, s), 2000);
    });
    const started = Date.now();
    expect((await failure(make().request({ method: 'GET', url: `${base}/slow`, timeoutMs: 200 }))).kind).toBe('timeout');
    expect(Date.now() - started).toBeLessThan(1500);
  });

  it('bounds the whole request, all retries included, by timeoutMs: a stand that never answers is reported once', async () => {
    handlers.set('/silent', () => undefined);
    const before = hits.get('/silent') ?? 0;
    const started = Date.now();
    const silent = await failure(make().request({ method: 'GET', url: `${base}/silent`, timeoutMs: 400, retry: retry('network-and-5xx', 3) }));
    const elapsed = Date.now() - started;
    expect(silent.kind).toBe('timeout');
    // Three tries of 400 ms each would take 1200 ms and more.
    expect(elapsed).toBeLessThan(800);
    expect((hits.get('/silent') ?? 0) - before).toBe(1);
  });

  it('does not follow redirects', async () => {
    handlers.set('/moved', (_q, s) => {
      s.writeHead(302, { location: 'https://elsewhere.example/' });
      s.end();
    });
    expect(await failure(make().request({ method: 'POST', url: `${base}/moved`, body: '{}' }))).toMatchObject({ kind: 'redirect', status: 302 });
  });

  it('network-and-5xx: repeats 5xx with backoff and succeeds', async () => {
    let calls = 0;
    handlers.set('/flaky', (q, s) => {
      calls += 1;
      if (calls < 3) json(503, { error_message: 'busy' })(q, s);
      else json(200, { uuid: 'u', data: 'd' })(q, s);
    });
    const attempts: AttemptInfo[] = [];
    const delays: number[] = [];
    const client = make({ sleep: async (ms) => void delays.push(ms), random: () => 0.5, onAttempt: (info) => attempts.push(info) });
    const answer = await client.request({ method: 'GET', url: `${base}/flaky`, retry: retry('network-and-5xx') });
    expect(answer.body).toEqual({ uuid: 'u', data: 'd' });
    expect(calls).toBe(3);
    expect(delays).toEqual([50, 100]);
    expect(attempts.map((a) => a.failure?.status ?? 'ok')).toEqual([503, 503, 'ok']);
  });

  it('network-and-5xx: does not repeat a 4xx', async () => {
    hits.delete('/forbidden');
    await failure(make(noSleep).request({ method: 'GET', url: `${base}/forbidden`, retry: retry('network-and-5xx') }));
    expect(hits.get('/forbidden')).toBe(1);
  });

  it('never: one try, even after a 500 or a dropped connection', async () => {
    handlers.set('/down', json(500, {}));
    handlers.set('/drop', (q) => q.socket.destroy());
    hits.delete('/down');
    hits.delete('/drop');
    expect((await failure(make(noSleep).request({ method: 'POST', url: `${base}/down`, body: '{}', retry: retry('never') }))).attempts).toBe(1);
    const dropped = await failure(make(noSleep).request({ method: 'POST', url: `${base}/drop`, body: '{}', retry: retry('network-and-5xx', 1) }));
    expect(dropped.kind).toBe('network');
    expect(dropped.notSent).toBe(false);
    expect(hits.get('/down')).toBe(1);
    expect(hits.get('/drop')).toBe(1);
  });

  it('connect-only: repeats a refused connection (nothing was sent), not a dropped one', async () => {
    const port = await closedPort();
    const refused = await failure(make(noSleep).request({ method: 'POST', url: `http://127.0.0.1:${port}/x`, body: '{}', retry: retry('connect-only', 3) }));
    expect(refused).toMatchObject({ kind: 'network', notSent: true, causeCode: 'ECONNREFUSED', attempts: 3 });
    hits.delete('/drop');
    const dropped = await failure(make(noSleep).request({ method: 'POST', url: `${base}/drop`, body: '{}', retry: retry('connect-only', 3) }));
    expect(dropped.attempts).toBe(1);
    expect(hits.get('/drop')).toBe(1);
  });

  it('full jitter stays under the exponential cap', () => {
    const policy = retry('network-and-5xx', 10);
    for (let attempt = 1; attempt <= 8; attempt += 1) {
      const cap = Math.min(1000, 100 * 2 ** (attempt - 1));
      expect(backoffDelay(attempt, policy, () => 0)).toBe(0);
      expect(backoffDelay(attempt, policy, () => 0.999999)).toBeLessThan(cap);
      expect(backoffDelay(attempt, policy, () => 0.999999)).toBeGreaterThanOrEqual(cap - 1);
    }
  });

  it('shouldRetry follows the policy', () => {
    const server5xx = new HttpFailure('http', 'u', 'x', { status: 502 });
    const tls = new HttpFailure('network', 'u', 'x', { permanent: true, notSent: true });
    expect(shouldRetry(server5xx, retry('network-and-5xx'))).toBe(true);
    expect(shouldRetry(server5xx, retry('connect-only'))).toBe(false);
    expect(shouldRetry(server5xx, retry('never'))).toBe(false);
    expect(shouldRetry(tls, retry('network-and-5xx'))).toBe(false);
    expect(shouldRetry(new HttpFailure('timeout', 'u', 'x'), retry('network-and-5xx'))).toBe(true);
    expect(shouldRetry(new HttpFailure('timeout', 'u', 'x'), retry('connect-only'))).toBe(false);
  });
});
