import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { AppFailure } from '../../../electron/core/errors';
import { createCrptService, type CrptService } from '../../../electron/core/providers/crpt/client';
import { detachedOnly, ping, startWorld, type CrptWorld } from './setup';

let world: CrptWorld;
let service: CrptService;
const fast = { authKeyRetry: { attempts: 3, baseDelayMs: 5, maxDelayMs: 20 } };

beforeAll(async () => {
  world = await startWorld();
  service = createCrptService(fast);
});
afterAll(async () => {
  await world.close();
});
afterEach(() => {
  world.emulator.clearFaults();
});

async function failureOf(promise: Promise<unknown>): Promise<AppFailure> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppFailure) return error;
    throw error;
  }
  throw new Error('expected a failure');
}

function request(overrides: Partial<Parameters<CrptService['getClientToken']>[0]> = {}) {
  return { trueApiBase: world.emulator.trueApiBase, omsConnection: world.emulator.connection, signer: world.signer, ...overrides };
}

describe('getClientToken against the stand emulator', () => {
  it('signs the challenge attached and gets a token that lives 10 hours', async () => {
    const before = Date.now();
    const result = await service.getClientToken(request());
    expect(result.token).toMatch(/^[0-9a-f-]{36}$/);
    const obtained = Date.parse(result.obtainedAt);
    expect(obtained).toBeGreaterThanOrEqual(before - 1000);
    expect(Date.parse(result.expiresAt) - obtained).toBe(10 * 60 * 60 * 1000);
    expect(world.emulator.tokenStatus(result.token)).toBe('live');
    expect(await ping(world.emulator, result.token)).toBe(200);
    expect(world.emulator.signIns.at(-1)).toMatchObject({ status: 200 });
  });

  it('works with the v4 base too and with the ИНН ЮЛ of the certificate', async () => {
    const result = await service.getClientToken(request({ trueApiBase: world.emulator.trueApiBaseV4, inn: world.pki.user.innLe }));
    expect(world.emulator.tokenStatus(result.token)).toBe('live');
  });

  it('a second token kills the first one', async () => {
    const first = await service.getClientToken(request());
    const second = await service.getClientToken(request());
    expect(second.token).not.toBe(first.token);
    expect(world.emulator.tokenStatus(first.token)).toBe('replaced');
    expect(await ping(world.emulator, first.token)).toBe(401);
    expect(await ping(world.emulator, second.token)).toBe(200);
  });

  it('a detached signature gets a token too: seed 004 allows an attached or a detached one', async () => {
    const result = await service.getClientToken(request({ signer: detachedOnly(world.signer) }));
    expect(world.emulator.tokenStatus(result.token)).toBe('live');
    expect(world.emulator.signIns.at(-1)).toMatchObject({ status: 200 });
  });

  it('the ИНН is the МЧД participant’s, not matched to the certificate: another organisation’s ИНН gets a token', async () => {
    const result = await service.getClientToken(request({ inn: world.pki.stranger.innLe }));
    expect(world.emulator.tokenStatus(result.token)).toBe('live');
  });

  it('a 403 «код ошибки 2» says what the seed says: either signature form, and the ИНН only for МЧД', async () => {
    world.emulator.inject('sign-in', { kind: 'status', status: 403, body: { code: '403', error_message: 'Доступ запрещён: код ошибки 2', description: '' } });
    const failure = await failureOf(service.getClientToken(request()));
    expect(failure.code).toBe('access_denied');
    expect(failure.message).toContain('код ошибки 2');
    expect(failure.message).toContain('машиночитаемой доверенности');
    expect(failure.message).not.toMatch(/нужна присоединённая|не совпадает с ИНН в сертификате/);
  });

  it('a stand that never answers GET /auth/key is reported once the whole bound has passed, not after every retry', async () => {
    const bounded = createCrptService({ timeoutMs: 1000, authKeyRetry: { attempts: 3, baseDelayMs: 5, maxDelayMs: 20 } });
    world.emulator.inject('auth-key', { kind: 'delay', ms: 3000 }, 3);
    const started = Date.now();
    const failure = await failureOf(bounded.getClientToken(request()));
    expect(Date.now() - started).toBeLessThan(2000);
    expect(failure.code).toBe('request_timeout');
    expect(failure.message).toContain('вместе с повторными попытками');
  });

  it('a certificate the CA did not issue is refused', async () => {
    const failure = await failureOf(service.getClientToken(request({ signer: world.strangerSigner })));
    expect(failure.code).toBe('access_denied');
    expect(failure.message).toContain('Подпись недействительна');
  });

  it('an expired challenge uuid is refused with the server’s words', async () => {
    world.emulator.inject('auth-key', { kind: 'expired-challenge' });
    const failure = await failureOf(service.getClientToken(request()));
    expect(failure.code).toBe('request_rejected');
    expect(failure.message).toContain('истёк');
  });

  it('a used challenge uuid is refused', async () => {
    await service.getClientToken(request());
    world.emulator.inject('auth-key', { kind: 'replay-challenge' });
    const failure = await failureOf(service.getClientToken(request()));
    expect(failure.code).toBe('request_rejected');
    expect(failure.message).toContain('уже использованы');
  });

  it('repeats GET /auth/key after 5xx and then succeeds', async () => {
    const before = world.emulator.counts['auth-key'];
    world.emulator.inject('auth-key', { kind: 'status', status: 503 }, 2);
    const result = await service.getClientToken(request());
    expect(world.emulator.tokenStatus(result.token)).toBe('live');
    expect(world.emulator.counts['auth-key'] - before).toBe(3);
  });

  it('gives up on GET /auth/key after the last try', async () => {
    const before = world.emulator.counts['auth-key'];
    world.emulator.inject('auth-key', { kind: 'status', status: 502 }, 5);
    const failure = await failureOf(service.getClientToken(request()));
    expect(failure.code).toBe('server_failure');
    expect(failure.message).toContain('502');
    expect(world.emulator.counts['auth-key'] - before).toBe(3);
  });

  it('never repeats simpleSignIn after a 500: a token may have been issued', async () => {
    const before = world.emulator.counts['sign-in'];
    world.emulator.inject('sign-in', { kind: 'status', status: 500 });
    const failure = await failureOf(service.getClientToken(request()));
    expect(failure.code).toBe('server_failure');
    expect(failure.message).toContain('не повторялся');
    expect(world.emulator.counts['sign-in'] - before).toBe(1);
  });

  it('never repeats simpleSignIn after the connection broke', async () => {
    const before = world.emulator.counts['sign-in'];
    world.emulator.inject('sign-in', { kind: 'reset' });
    const failure = await failureOf(service.getClientToken(request()));
    expect(failure.code).toBe('network_unavailable');
    expect(world.emulator.counts['sign-in'] - before).toBe(1);
  });

  it('HTTP 200 with {code, error_message} and no token is an error with the server’s words', async () => {
    world.emulator.inject('sign-in', { kind: 'error-200', code: '13', message: 'Участник не зарегистрирован' });
    const failure = await failureOf(service.getClientToken(request()));
    expect(failure.code).toBe('request_rejected');
    expect(failure.message).toContain('Участник не зарегистрирован');
    expect(failure.message).toContain('13');
  });

  it('a non-JSON answer is explained', async () => {
    world.emulator.inject('auth-key', { kind: 'non-json' });
    const failure = await failureOf(service.getClientToken(request()));
    expect(failure.code).toBe('server_bad_answer');
    expect(failure.message).toContain('не в формате JSON');
    expect(failure.message).toContain('text/html');
  });

  it('an oversized answer is not read, declared or streamed', async () => {
    world.emulator.inject('auth-key', { kind: 'oversized' });
    const declared = await failureOf(service.getClientToken(request()));
    expect(declared.code).toBe('server_bad_answer');
    expect(declared.message).toContain('слишком большой');
    world.emulator.inject('sign-in', { kind: 'oversized', declareLength: false });
    const streamed = await failureOf(service.getClientToken(request()));
    expect(streamed.message).toContain('слишком большой');
  });

  it('a timeout on simpleSignIn is reported and not repeated', async () => {
    const quick = createCrptService({ ...fast, timeoutMs: 300 });
    const before = world.emulator.counts['sign-in'];
    world.emulator.inject('sign-in', { kind: 'delay', ms: 1500 });
    const failure = await failureOf(quick.getClientToken(request()));
    expect(failure.code).toBe('request_timeout');
    expect(failure.message).toContain('не ответил');
    expect(world.emulator.counts['sign-in'] - before).toBe(1);
  });

  it('401 and 403 without «код ошибки 2» keep the server’s words', async () => {
    world.emulator.inject('sign-in', { kind: 'status', status: 401, body: { code: '401', error_message: 'Требуется авторизация', description: null } });
    const unauthorised = await failureOf(service.getClientToken(request()));
    expect(unauthorised.code).toBe('access_denied');
    expect(unauthorised.message).toContain('HTTP 401');
    expect(unauthorised.message).toContain('Требуется авторизация');
  });

  it('an unknown omsConnection is refused with the server’s words', async () => {
    const failure = await failureOf(service.getClientToken(request({ omsConnection: '11111111-2222-3333-4444-555555555555' })));
    expect(failure.code).toBe('access_denied');
    expect(failure.message).toContain('omsConnection');
  });

  it('one request in flight per connection: two clicks share one token', async () => {
    const before = world.emulator.counts['sign-in'];
    const [a, b] = await Promise.all([service.getClientToken(request()), service.getClientToken(request())]);
    expect(a.token).toBe(b.token);
    expect(world.emulator.counts['sign-in'] - before).toBe(1);
    expect(world.emulator.tokenStatus(a.token)).toBe('live');
  });

  it('validates its input before any request', async () => {
    const before = world.emulator.counts['auth-key'];
    expect((await failureOf(service.getClientToken(request({ omsConnection: 'not-a-uuid' })))).field).toBe('omsConnection');
    expect((await failureOf(service.getClientToken(request({ inn: '1234567890' })))).field).toBe('inn');
    expect((await failureOf(service.getClientToken(request({ trueApiBase: 'http://example.com/api/v3/true-api' })))).field).toBe('trueApiBase');
    expect(world.emulator.counts['auth-key']).toBe(before);
  });
});
