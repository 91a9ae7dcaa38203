import { createServer as createHttpServer } from 'node:http';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { message } from '../../../shared/texts/messages';
import { SmdoFailure, fetchSmdoToken } from '../../../electron/core/providers/smdo';
import type { SmdoClientDeps, SmdoTokenRequest } from '../../../electron/core/providers/smdo';
import { startSmdoEmulator } from '../../fixtures/smdo-emulator';
import type { SmdoEmulator } from '../../fixtures/smdo-emulator';

const LOGIN = 'Zx3kTq9LmW2vB7nR1cY5pH8dF0s';
const KEY = 'kQ7_vN2xLp9RmT4wZc8Hb1Ys6Df';

let emulator: SmdoEmulator;
let delays: number[];

/** No real waiting between retries; the delays are recorded instead. */
const deps = (): SmdoClientDeps => ({
  sleep: async (ms) => {
    delays.push(ms);
  },
});

beforeEach(async () => {
  emulator = await startSmdoEmulator({ login: LOGIN, key: KEY });
  delays = [];
});

afterEach(async () => {
  await emulator.close();
});

function request(overrides: Partial<SmdoTokenRequest> = {}): SmdoTokenRequest {
  return { tokenUrl: emulator.tokenUrl, login: LOGIN, key: KEY, ...overrides };
}

async function failure(promise: Promise<unknown>): Promise<SmdoFailure> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof SmdoFailure) return error;
    throw error;
  }
  throw new Error('expected the request to fail');
}

/** Nothing secret in a message: not the key, not the Basic header, not the login. */
function expectNoSecrets(text: string): void {
  const basic = Buffer.from(`${LOGIN}:${KEY}`).toString('base64');
  for (const secret of [KEY, basic, LOGIN, ...emulator.issued]) expect(text).not.toContain(secret);
}

describe('fetching the СМДО token (client credentials)', () => {
  it('sends the OAuth2 client-credentials request the instruction describes and reads the token', async () => {
    const before = Date.now();
    const token = await fetchSmdoToken(request(), deps());
    expect(token.token).toBe(emulator.issued[0]);
    expect(token.tokenType).toBe('Bearer');
    expect(token.expiresInSeconds).toBe(3600);
    expect(Date.parse(token.expiresAt) - Date.parse(token.obtainedAt)).toBe(3600 * 1000);
    expect(Date.parse(token.obtainedAt)).toBeGreaterThanOrEqual(before - 1);

    const [sent] = emulator.requests;
    expect(sent).toMatchObject({ method: 'POST', path: '/token', body: 'grant_type=client_credentials', status: 200 });
    expect(sent?.contentType).toBe('application/x-www-form-urlencoded');
    expect(sent?.authorization).toBe(`Basic ${Buffer.from(`${LOGIN}:${KEY}`).toString('base64')}`);
    expect(sent?.accept).toContain('application/json');
  });

  it('form-urlencodes login and key before Basic (RFC 6749 §2.3.1): a key with + / = : % gets a token', async () => {
    const awkwardKey = 'a+b/c=d:e%f%20gh~';
    const awkwardLogin = 'org.by+api/1=%';
    await emulator.close();
    emulator = await startSmdoEmulator({ login: awkwardLogin, key: awkwardKey });
    const token = await fetchSmdoToken(request({ login: awkwardLogin, key: awkwardKey }), deps());
    expect(token.token).toBe(emulator.issued[0]);
    const sent = Buffer.from(emulator.requests[0]?.authorization?.replace(/^Basic /, '') ?? '', 'base64').toString('utf8');
    expect(sent).toBe('org.by%2Bapi%2F1%3D%25:a%2Bb%2Fc%3Dd%3Ae%25f%2520gh%7E');
  });

  it('the emulator, like a compliant server, refuses an unencoded pair with a colon in the key as invalid_request', async () => {
    const raw = Buffer.from(`${LOGIN}:a:b`).toString('base64');
    const answer = await fetch(emulator.tokenUrl, {
      method: 'POST',
      headers: { authorization: `Basic ${raw}`, 'content-type': 'application/x-www-form-urlencoded' },
      body: 'grant_type=client_credentials',
    });
    expect(answer.status).toBe(400);
    expect(await answer.json()).toMatchObject({ error: 'invalid_request' });
  });

  it('takes 3600 s, as the instruction says, when the answer has no expires_in', async () => {
    await emulator.close();
    emulator = await startSmdoEmulator({ login: LOGIN, key: KEY, expiresIn: null });
    const token = await fetchSmdoToken(request(), deps());
    expect(token.expiresInSeconds).toBe(3600);
  });

  it('trims what copying adds around the login and key', async () => {
    const token = await fetchSmdoToken(request({ login: ` ${LOGIN}\n`, key: `\t${KEY} ` }), deps());
    expect(token.token).toBe(emulator.issued[0]);
  });
});

describe('what the СМДО server refuses, in plain Russian', () => {
  it('a wrong key: «Неверный логин или ключ», with the hint about a key updated on the portal, asked once', async () => {
    const error = await failure(fetchSmdoToken(request({ key: 'wrong-key-123456' }), deps()));
    expect(error.code).toBe('access_denied');
    expect(error.status).toBe(401);
    expect(error.serverCode).toBe('900901');
    expect(error.message).toBe(message('smdo_invalid_credentials', 'ru'));
    expect(error.message).toMatch(/^Неверный логин или ключ СМДО\. Проверьте, не обновляли ли ключ на портале/);
    expect(emulator.requests).toHaveLength(1);
    expectNoSecrets(error.message);
  });

  it('a rotated key stops working at once, and the new one works', async () => {
    await fetchSmdoToken(request(), deps());
    const newKey = emulator.rotateKey();
    const error = await failure(fetchSmdoToken(request(), deps()));
    expect(error.message).toBe(message('smdo_invalid_credentials', 'ru'));
    const token = await fetchSmdoToken(request({ key: newKey }), deps());
    expect(token.token).toBe(emulator.issued[1]);
  });

  it('missing credentials (900902)', async () => {
    emulator.failNext({ kind: 'missing-credentials' });
    const error = await failure(fetchSmdoToken(request(), deps()));
    expect(error.code).toBe('access_denied');
    expect(error.message).toBe(message('smdo_missing_credentials', 'ru', { code: '900902' }));
  });

  it.each([
    ['an inactive subscription (900909)', { kind: 'subscription-inactive' } as const, '900909'],
    ['a forbidden resource in a {"fault":…} wrapper with a numeric code (900908)', { kind: 'resource-forbidden' } as const, '900908'],
  ])('%s: ask the СМДО operator', async (_title, mode, code) => {
    emulator.failNext(mode);
    const error = await failure(fetchSmdoToken(request(), deps()));
    expect(error.code).toBe('access_denied');
    expect(error.message).toBe(message('smdo_subscription', 'ru', { code }));
    expect(error.message).toContain('оператор СМДО');
  });

  it('429 with Retry-After: says how long to wait, does not retry and does not sleep', async () => {
    emulator.failNext({ kind: 'throttle', retryAfter: '45' });
    const error = await failure(fetchSmdoToken(request(), deps()));
    expect(error.code).toBe('rate_limited');
    expect(error.retryAfterSeconds).toBe(45);
    expect(error.message).toBe('Сервер СМДО ограничил число запросов: их было слишком много. Повторите через 45 с.');
    expect(emulator.requests).toHaveLength(1);
    expect(delays).toEqual([]);
  });

  it('429 with an HTTP-date Retry-After, counted from now', async () => {
    const now = new Date('2026-11-22T09:00:00Z');
    emulator.failNext({ kind: 'throttle', retryAfter: new Date(now.getTime() + 120_000).toUTCString() });
    const error = await failure(fetchSmdoToken(request(), { ...deps(), now: () => now }));
    expect(error.retryAfterSeconds).toBe(120);
  });

  it('429 without Retry-After, and a 503 with a throttling code: «повторите через минуту-другую», never retried', async () => {
    emulator.failNext({ kind: 'throttle', retryAfter: null });
    expect((await failure(fetchSmdoToken(request(), deps()))).message).toBe(message('smdo_throttled_later', 'ru'));
    emulator.failNext({ kind: 'throttle', retryAfter: null, status: 503 });
    const error = await failure(fetchSmdoToken(request(), deps()));
    expect(error.code).toBe('rate_limited');
    expect(emulator.requests).toHaveLength(2);
  });

  it('a 5xx is retried twice with backoff and jitter, then succeeds', async () => {
    emulator.failNext({ kind: 'server-error' }, 2);
    const token = await fetchSmdoToken(request(), { ...deps(), random: () => 0.5 });
    expect(token.token).toBe(emulator.issued[0]);
    expect(emulator.requests).toHaveLength(3);
    // Full jitter: half of 500 ms, then half of 1000 ms.
    expect(delays).toEqual([250, 500]);
  });

  it('three 5xx in a row: a server failure after three tries', async () => {
    emulator.failNext({ kind: 'server-error', html: true }, 3);
    const error = await failure(fetchSmdoToken(request(), deps()));
    expect(error.code).toBe('server_failure');
    expect(error.message).toBe(message('smdo_server_failure', 'ru', { host: new URL(emulator.url).host, status: '502' }));
    expect(emulator.requests).toHaveLength(3);
  });

  it('a dropped connection is retried; a refused one ends with «Нет связи»', async () => {
    emulator.failNext({ kind: 'reset' });
    expect((await fetchSmdoToken(request(), deps())).token).toBe(emulator.issued[0]);
    expect(emulator.requests).toHaveLength(2);

    const port = await freePort();
    const error = await failure(fetchSmdoToken(request({ tokenUrl: `http://127.0.0.1:${port}/token` }), deps()));
    expect(error.code).toBe('network_unavailable');
    expect(error.message).toBe(message('smdo_network', 'ru', { host: `127.0.0.1:${port}`, detail: ': ECONNREFUSED' }));
    expect(delays).toHaveLength(3);
  });

  it('a timeout: «не ответил за N с», not retried', async () => {
    emulator.failNext({ kind: 'slow', delayMs: 3_000 });
    const error = await failure(fetchSmdoToken(request({ timeoutMs: 1_000 }), deps()));
    expect(error.code).toBe('request_timeout');
    expect(error.message).toBe(message('smdo_timeout', 'ru', { host: new URL(emulator.url).host, seconds: '1' }));
    expect(emulator.requests).toHaveLength(1);
  });

  it('an HTML page instead of JSON: check the token address', async () => {
    emulator.failNext({ kind: 'non-json' });
    const error = await failure(fetchSmdoToken(request(), deps()));
    expect(error.code).toBe('server_bad_answer');
    expect(error.message).toBe(message('smdo_not_json', 'ru', { host: new URL(emulator.url).host, status: '200' }));
  });

  it('a 200 without access_token', async () => {
    emulator.failNext({ kind: 'no-token' });
    const error = await failure(fetchSmdoToken(request(), deps()));
    expect(error.code).toBe('server_bad_answer');
    expect(error.message).toBe(message('smdo_bad_answer', 'ru', { host: new URL(emulator.url).host }));
  });

  it('OAuth2 errors: invalid_client is a wrong key, unsupported_grant_type a wrong address, unauthorized_client the operator', async () => {
    emulator.failNext({ kind: 'oauth-error', error: 'invalid_client', status: 401 });
    expect((await failure(fetchSmdoToken(request(), deps()))).message).toBe(message('smdo_invalid_credentials', 'ru'));
    emulator.failNext({ kind: 'oauth-error', error: 'unsupported_grant_type' });
    expect((await failure(fetchSmdoToken(request(), deps()))).message).toBe(message('smdo_request_refused', 'ru', { code: 'unsupported_grant_type' }));
    emulator.failNext({ kind: 'oauth-error', error: 'unauthorized_client' });
    expect((await failure(fetchSmdoToken(request(), deps()))).message).toBe(message('smdo_grant_refused', 'ru', { code: 'unauthorized_client' }));
  });

  it('a wrong path: «не найдено», pointing at the token address setting', async () => {
    const error = await failure(fetchSmdoToken(request({ tokenUrl: `${emulator.url}/oauth2/token` }), deps()));
    expect(error.code).toBe('request_rejected');
    expect(error.field).toBe('tokenUrl');
    expect(error.message).toContain('HTTP 404');
  });

  it('a server that echoes the credentials in its error: its words are quoted with every secret cut out', async () => {
    emulator.failNext({ kind: 'echo-credentials' });
    const error = await failure(fetchSmdoToken(request(), deps()));
    expect(error.code).toBe('server_bad_answer');
    expect(error.message).toContain('код 900999');
    expect(error.message).toContain('***');
    expectNoSecrets(error.message);
  });

  it('refuses a token address that is not https (or loopback http), before sending anything', async () => {
    for (const tokenUrl of ['ftp://smdo.example/token', 'http://smdo.example/token', 'https://user:pass@smdo.example/token', 'https://smdo.example/token?x=1', 'not a url']) {
      const error = await failure(fetchSmdoToken(request({ tokenUrl }), deps()));
      expect(error.code, tokenUrl).toBe('invalid_field');
      expect(error.field).toBe('tokenUrl');
    }
    expect(emulator.requests).toHaveLength(0);
  });

  it('refuses a login with a colon or a cut key, before sending anything', async () => {
    expect((await failure(fetchSmdoToken(request({ login: 'a:b' }), deps()))).field).toBe('login');
    expect((await failure(fetchSmdoToken(request({ key: 'short' }), deps()))).field).toBe('key');
    expect(emulator.requests).toHaveLength(0);
  });

  it('stops when the caller cancels, with the caller’s reason', async () => {
    emulator.failNext({ kind: 'slow', delayMs: 3_000 });
    const controller = new AbortController();
    const pending = fetchSmdoToken(request({ signal: controller.signal }), deps());
    setTimeout(() => controller.abort(new Error('closed by the user')), 50);
    await expect(pending).rejects.toThrow('closed by the user');
  });

  it('speaks English when asked', async () => {
    const error = await failure(fetchSmdoToken(request({ key: 'wrong-key-123456', language: 'en' }), deps()));
    expect(error.message).toMatch(/^Wrong СМДО login or key/);
  });
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      if (!address || typeof address === 'string') {
        reject(new Error('no port'));
        return;
      }
      server.close(() => resolve(address.port));
    });
  });
}

describe('one bound for the whole fetch', () => {
  it('a server that answers 503 slowly is given up after the bound, not after every try, and the message says the bound', async () => {
    // Each answer takes 400 ms and is a 503 (retried): three tries would keep the user 1.2 s here, 45 s with the defaults.
    const requests: number[] = [];
    const slow503 = createHttpServer((_request, response) => {
      requests.push(Date.now());
      setTimeout(() => {
        response.writeHead(503, { 'content-type': 'application/json' });
        response.end('{"error":"temporarily_unavailable"}');
      }, 400);
    });
    await new Promise<void>((resolve) => slow503.listen(0, '127.0.0.1', resolve));
    const { port } = slow503.address() as AddressInfo;
    const started = Date.now();
    try {
      const error = await failure(fetchSmdoToken(request({ tokenUrl: `http://127.0.0.1:${port}/token`, timeoutMs: 1_000, operationBoundMs: 700 }), { ...deps(), random: () => 0 }));
      expect(Date.now() - started).toBeLessThan(1_100);
      expect(requests).toHaveLength(2);
      expect(error.code).toBe('request_timeout');
      expect(error.message).toBe(message('smdo_timeout', 'ru', { host: `127.0.0.1:${port}`, seconds: '1' }));
    } finally {
      slow503.closeAllConnections();
      await new Promise<void>((resolve) => slow503.close(() => resolve()));
    }
  });
});
