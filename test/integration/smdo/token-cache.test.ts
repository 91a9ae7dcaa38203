import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SmdoFailure, SmdoTokenCache } from '../../../electron/core/providers/smdo';
import type { SmdoCacheRequest } from '../../../electron/core/providers/smdo';
import { startSmdoEmulator } from '../../fixtures/smdo-emulator';
import type { SmdoEmulator } from '../../fixtures/smdo-emulator';

const LOGIN = 'cacheLogin_01';
const KEY = 'cache-key-0123456789';

let emulator: SmdoEmulator;
let now: Date;
let cache: SmdoTokenCache;

beforeEach(async () => {
  emulator = await startSmdoEmulator({ login: LOGIN, key: KEY });
  now = new Date('2026-11-22T09:00:00Z');
  cache = new SmdoTokenCache({ now: () => now, deps: { sleep: async () => undefined } });
});

afterEach(async () => {
  await emulator.close();
});

const request = (overrides: Partial<SmdoCacheRequest> = {}): SmdoCacheRequest => ({
  tokenUrl: emulator.tokenUrl,
  login: LOGIN,
  key: KEY,
  ...overrides,
});

const advance = (ms: number) => {
  now = new Date(now.getTime() + ms);
};

describe('the СМДО token cache', () => {
  it('hands out the same token while it lives, without asking again', async () => {
    const first = await cache.get(request());
    advance(30 * 60_000);
    const second = await cache.get(request());
    expect(first.fromCache).toBe(false);
    expect(second).toMatchObject({ token: first.token, fromCache: true });
    expect(emulator.requests).toHaveLength(1);
  });

  it('fetches a new token about a minute before the old one expires', async () => {
    const first = await cache.get(request());
    advance(3600_000 - 61_000);
    expect((await cache.get(request())).token).toBe(first.token);
    advance(2_000);
    const renewed = await cache.get(request());
    expect(renewed.token).not.toBe(first.token);
    expect(renewed.fromCache).toBe(false);
    expect(emulator.requests).toHaveLength(2);
  });

  it('shares one request among concurrent callers (single flight)', async () => {
    emulator.failNext({ kind: 'slow', delayMs: 200 });
    const tokens = await Promise.all(Array.from({ length: 8 }, () => cache.get(request())));
    expect(new Set(tokens.map((token) => token.token)).size).toBe(1);
    expect(emulator.requests).toHaveLength(1);
  });

  it('fetches anew on «Проверить» (forceRefresh)', async () => {
    const first = await cache.get(request());
    const checked = await cache.get(request({ forceRefresh: true }));
    expect(checked.token).not.toBe(first.token);
    expect((await cache.get(request())).token).toBe(checked.token);
    expect(emulator.requests).toHaveLength(2);
  });

  it('never hands a token fetched with the old key to the new key after a rotation', async () => {
    const old = await cache.get(request());
    const newKey = emulator.rotateKey();
    const fresh = await cache.get(request({ key: newKey }));
    expect(fresh.token).not.toBe(old.token);
    expect(fresh.fromCache).toBe(false);
    // The old key is refused by the server at once; the cache does not paper over it with the new key's token.
    const error = await cache.get(request()).catch((failure: unknown) => failure);
    expect(error).toBeInstanceOf(SmdoFailure);
    expect((error as SmdoFailure).code).toBe('access_denied');
  });

  it('keeps logins apart', async () => {
    await emulator.close();
    emulator = await startSmdoEmulator({ login: LOGIN, key: KEY });
    const mine = await cache.get(request());
    const other = await cache.get(request({ login: 'another_login', key: 'another-key-123' })).catch((error: unknown) => error);
    expect(other).toBeInstanceOf(SmdoFailure);
    expect((await cache.get(request())).token).toBe(mine.token);
  });

  it('does not cache a failure: the next call asks again', async () => {
    emulator.failNext({ kind: 'server-error' }, 3);
    await expect(cache.get(request())).rejects.toMatchObject({ code: 'server_failure' });
    const token = await cache.get(request());
    expect(token.fromCache).toBe(false);
    expect(emulator.requests).toHaveLength(4);
  });

  it('after a 429 with Retry-After answers «wait» by itself until the moment passes', async () => {
    emulator.failNext({ kind: 'throttle', retryAfter: '30' });
    await expect(cache.get(request())).rejects.toMatchObject({ code: 'rate_limited', retryAfterSeconds: 30 });
    advance(10_000);
    const waiting = await cache.get(request()).catch((error: unknown) => error);
    expect(waiting).toMatchObject({ code: 'rate_limited', retryAfterSeconds: 20 });
    expect((waiting as Error).message).toContain('через 20 с');
    expect(emulator.requests).toHaveLength(1);
    advance(20_000);
    expect((await cache.get(request())).fromCache).toBe(false);
    expect(emulator.requests).toHaveLength(2);
  });

  it('lets one caller give up without failing the others who share the request', async () => {
    emulator.failNext({ kind: 'slow', delayMs: 200 });
    const controller = new AbortController();
    const impatient = cache.get(request({ signal: controller.signal }));
    const patient = cache.get(request());
    controller.abort(new Error('gave up'));
    await expect(impatient).rejects.toThrow('gave up');
    expect((await patient).token).toBe(emulator.issued[0]);
  });

  it('forgets a token on invalidate(), e.g. after an API call with it came back 401', async () => {
    const first = await cache.get(request());
    cache.invalidate(emulator.tokenUrl, LOGIN);
    expect((await cache.get(request())).token).not.toBe(first.token);
  });
});
