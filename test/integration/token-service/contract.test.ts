/**
 * The token service's contract, end to end in this process: the real server on a
 * loopback port, the stand emulator, real openssl (GOST) signatures.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SIGN_IN_BOUND_MS, TokenBroker } from '../../../electron/core/token-service/token-broker';
import { storedSource } from '../../../electron/core/token-service/token-sources';
import { startWorld, type CrptWorld } from '../crpt/setup';
import { startStandEmulator, type StandEmulator } from '../../fixtures/stand-emulator/emulator';
import { call, manualClock, startService, type ManualClock, type Service } from './service-world';

const CONN_A = randomUUID();
const CONN_B = randomUUID();
const CONN_RATE = randomUUID();
const HOUR = 60 * 60_000;

let world: CrptWorld;
let hanging: StandEmulator;
let clock: ManualClock;
let service: Service;
let erpKey: string;
let otherKey: string;
const issued: string[] = [];

function tokenOf(reply: { body: { token?: string } }): string {
  const token = reply.body.token ?? '';
  issued.push(token);
  return token;
}

beforeAll(async () => {
  world = await startWorld({ connections: [CONN_A, CONN_B, CONN_RATE] });
  hanging = await startStandEmulator({ caFile: world.pki.caCert, opensslEnv: world.pki.env, connections: [randomUUID()] });
  clock = manualClock();
  const expired = { token: 'stored-oais-token-value', obtainedAt: '2026-09-01T00:00:00.000Z', expiresAt: '2026-12-01T00:00:00.000Z' };
  const valid = { token: 'stored-eis-token-value', obtainedAt: '2026-11-01T00:00:00.000Z', expiresAt: '2027-11-01T00:00:00.000Z' };
  service = await startService(
    [
      { id: 'suz-a', trueApiBase: world.emulator.trueApiBase, omsConnection: CONN_A, signer: world.signer },
      { id: 'suz-b', trueApiBase: world.emulator.trueApiBase, omsConnection: CONN_B, signer: world.signer },
      { id: 'suz-rate', trueApiBase: world.emulator.trueApiBase, omsConnection: CONN_RATE, signer: world.signer, broker: { freshForMs: 11 * HOUR } },
      { id: 'suz-stranger', trueApiBase: world.emulator.trueApiBase, omsConnection: CONN_B, signer: world.strangerSigner },
      { id: 'suz-unknown', trueApiBase: world.emulator.trueApiBase, omsConnection: randomUUID(), signer: world.signer },
      { id: 'suz-hang', trueApiBase: hanging.trueApiBase, omsConnection: hanging.connection, signer: world.signer, broker: { boundMs: 1_500 } },
    ],
    clock,
    [storedSource('oais-old', 'oais', 'ОАО «Берёзка»', () => expired, clock), storedSource('eis-1', 'eis', null, () => valid, clock)],
  );
  erpKey = service.addProgram('erp', null);
  otherKey = service.addProgram('склад', ['suz-b']);
  issued.push(erpKey, otherKey);
}, 60_000);

afterAll(async () => {
  await service.close();
  await hanging.close();
  await world.close();
});

afterEach(() => {
  world.emulator.clearFaults();
});

/** No token ever issued and no program key in an error body or the audit trail. */
function expectNoSecret(text: string): void {
  for (const secret of issued) if (secret) expect(text).not.toContain(secret);
}

describe('GET /v1/health', () => {
  it('answers {"status":"ok"} without a key', async () => {
    const reply = await call(service.port, '/v1/health');
    expect(reply.status).toBe(200);
    expect(reply.body).toEqual({ status: 'ok' });
    expect(reply.headers['cache-control']).toBe('no-store');
  });
});

describe('GET /v1/tokens/{id} for a Честный знак connection', () => {
  it('200 with a live token, obtainedAt and expiresAt 10 h apart (ISO, UTC)', async () => {
    const reply = await call(service.port, '/v1/tokens/suz-a', { key: erpKey });
    expect(reply.status).toBe(200);
    expect(Object.keys(reply.body).sort()).toEqual(['expiresAt', 'obtainedAt', 'token']);
    const token = tokenOf(reply);
    expect(world.emulator.tokenStatus(token)).toBe('live');
    expect(reply.body.obtainedAt).toBe(clock.now().toISOString());
    expect(Date.parse(reply.body.expiresAt ?? '') - Date.parse(reply.body.obtainedAt ?? '')).toBe(10 * HOUR);
    expect(reply.body.expiresAt).toMatch(/Z$/);
  });

  it('50 parallel requests for a connection without a token make exactly one sign-in, and all get that token', async () => {
    const before = world.emulator.signIns.filter((record) => record.omsConnection === CONN_B).length;
    const replies = await Promise.all(Array.from({ length: 50 }, () => call(service.port, '/v1/tokens/suz-b', { key: erpKey })));
    expect(replies.map((reply) => reply.status)).toEqual(Array(50).fill(200));
    const tokens = new Set(replies.map(tokenOf));
    expect(tokens.size).toBe(1);
    expect(world.emulator.signIns.filter((record) => record.omsConnection === CONN_B).length - before).toBe(1);
    expect(world.emulator.tokenStatus([...tokens][0] ?? '')).toBe('live');
  });

  it('keeps the cached token while more than 15 minutes remain, then signs in again (manual clock)', async () => {
    const first = tokenOf(await call(service.port, '/v1/tokens/suz-a', { key: erpKey }));
    const expiresAt = Date.parse(service.brokers.get('suz-a')?.cached()?.expiresAt ?? '');
    const signIns = (): number => world.emulator.signIns.filter((record) => record.omsConnection === CONN_A).length;
    const before = signIns();
    clock.advance(expiresAt - clock.now().getTime() - 16 * 60_000);
    expect(tokenOf(await call(service.port, '/v1/tokens/suz-a', { key: erpKey }))).toBe(first);
    expect(signIns()).toBe(before);
    clock.advance(2 * 60_000);
    const second = tokenOf(await call(service.port, '/v1/tokens/suz-a', { key: erpKey }));
    expect(second).not.toBe(first);
    expect(signIns()).toBe(before + 1);
    expect(world.emulator.tokenStatus(first)).toBe('replaced');
    expect(world.emulator.tokenStatus(second)).toBe('live');
  });

  it("502 with the CLI's Russian reason when the stand refuses the signature", async () => {
    const reply = await call(service.port, '/v1/tokens/suz-stranger', { key: erpKey });
    expect(reply.status).toBe(502);
    expect(reply.body.error?.code).toBe('stand_refused');
    expect(reply.body.error?.message).toMatch(/^Стенд не выдал токен «suz-stranger»: .*подпис/i);
    expectNoSecret(reply.text);
  });

  it('502 naming the unknown omsConnection refusal', async () => {
    const reply = await call(service.port, '/v1/tokens/suz-unknown', { key: erpKey });
    expect(reply.status).toBe(502);
    expect(reply.body.error?.message).toContain('omsConnection');
  });

  it('a hanging stand answers 504 within its bound, while another connection is served at once', async () => {
    hanging.inject('auth-key', { kind: 'delay', ms: 20_000 });
    const started = Date.now();
    const slow = call(service.port, '/v1/tokens/suz-hang', { key: erpKey }).then((reply) => ({ reply, ms: Date.now() - started }));
    await new Promise((resolve) => setTimeout(resolve, 100));
    const fastStarted = Date.now();
    const fast = await call(service.port, '/v1/tokens/suz-a', { key: erpKey });
    const fastMs = Date.now() - fastStarted;
    const hung = await slow;
    expect(fast.status).toBe(200);
    expect(fastMs).toBeLessThan(hung.ms);
    expect(hung.reply.status).toBe(504);
    expect(hung.reply.body.error?.code).toBe('stand_timeout');
    expect(hung.reply.body.error?.message).toContain('за 2 с');
    expect(hung.ms).toBeLessThan(5_000);
  });

  it('the whole sign-in is bounded at 30 s by default', () => {
    expect(DEFAULT_SIGN_IN_BOUND_MS).toBe(30_000);
    expect(new TokenBroker({ id: 'x', signIn: () => Promise.reject(new Error('unused')) }).bound).toBe(30_000);
  });

  it('429 after 20 sign-ins in an hour for one connection; the next hour signs in again', async () => {
    for (let i = 0; i < 20; i += 1) expect((await call(service.port, '/v1/tokens/suz-rate', { key: erpKey })).status).toBe(200);
    const refused = await call(service.port, '/v1/tokens/suz-rate', { key: erpKey });
    expect(refused.status).toBe(429);
    expect(refused.body.error?.code).toBe('too_many_sign_ins');
    expect(refused.body.error?.message).toContain('20 входов');
    expect(world.emulator.signIns.filter((record) => record.omsConnection === CONN_RATE)).toHaveLength(20);
    // Other connections are not limited by this one.
    expect((await call(service.port, '/v1/tokens/suz-a', { key: erpKey })).status).toBe(200);
    clock.advance(HOUR);
    expect((await call(service.port, '/v1/tokens/suz-rate', { key: erpKey })).status).toBe(200);
  }, 60_000);
});

describe('stored tokens of the app', () => {
  it('200 with a valid stored token, 409 with an expired one', async () => {
    const valid = await call(service.port, '/v1/tokens/eis-1', { key: erpKey });
    expect(valid.status).toBe(200);
    expect(valid.body.token).toBe('stored-eis-token-value');
    const expired = await call(service.port, '/v1/tokens/oais-old', { key: erpKey });
    expect(expired.status).toBe(409);
    expect(expired.body.error?.code).toBe('token_expired');
    expect(expired.body.error?.message).toContain('истёк');
    expect(expired.text).not.toContain('stored-oais-token-value');
  });
});

describe('GET /v1/tokens', () => {
  it('lists the ids a key may read, with kind, organisation and expiry, and no secret', async () => {
    const all = await call(service.port, '/v1/tokens', { key: erpKey });
    expect(all.status).toBe(200);
    const ids = (all.body.tokens as { id: string }[]).map((entry) => entry.id);
    expect(ids).toEqual(expect.arrayContaining(['suz-a', 'suz-b', 'eis-1', 'oais-old']));
    expect(all.body.tokens).toContainEqual({ id: 'oais-old', kind: 'oais', organisation: 'ОАО «Берёзка»', expiresAt: '2026-12-01T00:00:00.000Z' });
    expectNoSecret(all.text);
    expect(all.text).not.toContain('stored-eis-token-value');
    const scoped = await call(service.port, '/v1/tokens', { key: otherKey });
    expect((scoped.body.tokens as { id: string }[]).map((entry) => entry.id)).toEqual(['suz-b']);
  });
});

describe('keys', () => {
  it('401 without a key, with an unknown key, with a malformed header', async () => {
    const variants: Record<string, string>[] = [{}, { authorization: `Bearer ${'A'.repeat(43)}` }, { authorization: erpKey }, { authorization: `Basic ${erpKey}` }];
    for (const headers of variants) {
      const reply = await call(service.port, '/v1/tokens/suz-a', { headers });
      expect(reply.status).toBe(401);
      expect(reply.body.error?.code).toBe('unauthorized');
      expect(reply.body.error?.message).toContain('Authorization: Bearer');
      expectNoSecret(reply.text);
    }
  });

  it('403 for a key that may not read this id (scopes)', async () => {
    const reply = await call(service.port, '/v1/tokens/suz-a', { key: otherKey });
    expect(reply.status).toBe(403);
    expect(reply.body.error?.code).toBe('forbidden_scope');
    expect(reply.body.error?.message).toContain('«suz-a»');
  });

  it('a revoked key is refused at once with 401', async () => {
    const key = service.addProgram('временная', null);
    issued.push(key);
    expect((await call(service.port, '/v1/tokens/eis-1', { key })).status).toBe(200);
    expect(service.keys.revoke('временная')).toBe(true);
    expect((await call(service.port, '/v1/tokens/eis-1', { key })).status).toBe(401);
  });
});

describe('attacks', () => {
  it('403 for any Origin header, even a loopback one, and for any Sec-Fetch-Site', async () => {
    const browserHeaders: Record<string, string>[] = [
      { origin: 'https://evil.example' },
      { origin: `http://127.0.0.1:${service.port}` },
      { origin: 'null' },
      { 'sec-fetch-site': 'same-origin' },
      { 'sec-fetch-site': 'cross-site' },
    ];
    for (const headers of browserHeaders) {
      const reply = await call(service.port, '/v1/tokens/suz-a', { key: erpKey, headers });
      expect(reply.status).toBe(403);
      expect(reply.body.error?.code).toBe('forbidden_origin');
      expectNoSecret(reply.text);
    }
    expect((await call(service.port, '/v1/health', { headers: { origin: 'https://evil.example' } })).status).toBe(403);
    // The user's own click on the test link: Sec-Fetch-Site none, health only.
    expect((await call(service.port, '/v1/health', { headers: { 'sec-fetch-site': 'none' } })).status).toBe(200);
    expect((await call(service.port, '/v1/tokens/suz-a', { key: erpKey, headers: { 'sec-fetch-site': 'none' } })).status).toBe(403);
  });

  it('403 for a Host other than the loopback names with the port (DNS rebinding)', async () => {
    const port = service.port;
    for (const host of [
      'evil.example',
      `evil.example:${port}`,
      `127.0.0.1:${port + 1}`,
      '127.0.0.1',
      `localhost.evil.example:${port}`,
      `127.0.0.2:${port}`,
      `0.0.0.0:${port}`,
      '',
    ]) {
      const reply = await call(port, '/v1/tokens/suz-a', { key: erpKey, headers: { host } });
      expect(reply.status, host).toBe(403);
      expect(reply.body.error?.code).toBe('forbidden_host');
    }
    for (const host of [`localhost:${port}`, `[::1]:${port}`, `LOCALHOST:${port}`]) {
      expect((await call(port, '/v1/tokens/eis-1', { key: erpKey, headers: { host } })).status, host).toBe(200);
    }
  });

  it('404 for an unknown id, checked only after the key', async () => {
    expect((await call(service.port, '/v1/tokens/no-such', {})).status).toBe(401);
    const reply = await call(service.port, '/v1/tokens/no-such', { key: erpKey });
    expect(reply.status).toBe(404);
    expect(reply.body.error?.message).toContain('GET /v1/tokens');
  });

  it('odd and oversize paths and other methods never reach a token', async () => {
    const odd = [
      '/v1/tokens/../tokens/suz-a',
      '/v1/tokens/%73uz-a',
      '/v1/tokens/suz-a/',
      '/v1/tokens/suz-a?x=1',
      '//v1/tokens/suz-a',
      '/v1/tokens/suz-a%00',
      '/V1/TOKENS/suz-a',
      `/v1/tokens/${'a'.repeat(65)}`,
      '/v1/tokens/..',
      '/',
      '/v1/health/../tokens/suz-a',
    ];
    for (const path of odd) {
      const reply = await call(service.port, path, { key: erpKey });
      expect(reply.status, path).toBe(404);
      expectNoSecret(reply.text);
    }
    expect((await call(service.port, `/v1/tokens/${'a'.repeat(5000)}`, { key: erpKey })).status).toBe(414);
    expect((await call(service.port, '/v1/tokens/suz-a', { key: erpKey, headers: { 'x-pad': 'x'.repeat(20_000) } })).status).toBe(431);
    for (const method of ['POST', 'PUT', 'DELETE', 'OPTIONS']) {
      expect((await call(service.port, '/v1/tokens/suz-a', { key: erpKey, method })).status, method).toBe(405);
    }
  });
});

describe('audit', () => {
  it('records time, program, id and status of every token request, and never a token or key', () => {
    const entries = service.audit.entries();
    expect(entries).toContainEqual({ at: expect.stringMatching(/Z$/) as unknown as string, program: 'erp', id: 'suz-a', status: 200 });
    expect(entries).toContainEqual(expect.objectContaining({ program: 'склад', id: 'suz-a', status: 403 }));
    expect(entries).toContainEqual(expect.objectContaining({ program: null, id: null, status: 401 }));
    expect(entries).toContainEqual(expect.objectContaining({ program: 'erp', id: 'suz-hang', status: 504 }));
    expect(entries).toContainEqual(expect.objectContaining({ program: 'erp', id: 'suz-rate', status: 429 }));
    expect(entries).toContainEqual(expect.objectContaining({ program: 'erp', id: 'oais-old', status: 409 }));
    expect(entries).toContainEqual(expect.objectContaining({ program: 'erp', id: 'no-such', status: 404 }));
    expect(entries.filter((entry) => entry.status === 403 && entry.program === null).length).toBeGreaterThan(0);
    expectNoSecret(JSON.stringify(entries));
  });
});
