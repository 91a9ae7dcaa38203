import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { AppFailure } from '../../../electron/core/errors';
import { createCrptService, rejectionMessage, type CrptService, type RegistrationRequest } from '../../../electron/core/providers/crpt/client';
import { SANDBOX_REGISTRATION_KEY } from '../../../electron/core/providers/crpt/stands';
import type { Signer } from '../../../electron/core/signing/signer';
import { ping, startWorld, type CrptWorld } from './setup';

let world: CrptWorld;
let service: CrptService;

beforeAll(async () => {
  world = await startWorld();
  service = createCrptService();
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

function registration(overrides: Partial<RegistrationRequest> = {}): RegistrationRequest {
  return {
    suzBase: world.emulator.suzBase,
    omsId: world.emulator.omsId,
    registrationKey: SANDBOX_REGISTRATION_KEY,
    address: 'г. Москва, ул. Тестовая, 1',
    signer: world.signer,
    ...overrides,
  };
}

describe('registerConnection against the stand emulator', () => {
  it('registers with a detached X-Signature of the exact body and the token then works for the new connection', async () => {
    const result = await service.registerConnection(registration({ name: 'Склад № 1' }));
    expect(result).toEqual({ status: 'SUCCESS', omsConnection: expect.stringMatching(/^[0-9a-f-]{36}$/), name: 'Склад № 1' });
    expect(world.emulator.connections()).toContain(result.omsConnection);
    const token = await service.getClientToken({ trueApiBase: world.emulator.trueApiBase, omsConnection: result.omsConnection ?? '', signer: world.signer });
    expect(await ping(world.emulator, token.token)).toBe(200);
  });

  it('signs with detached: true, over the bytes that are sent', async () => {
    const seen: { detached: boolean; body: string }[] = [];
    const spy: Signer = {
      kind: 'openssl',
      sign: (data, options) => {
        seen.push({ detached: options.detached, body: Buffer.from(data).toString('utf8') });
        return world.signer.sign(data, options);
      },
    };
    await service.registerConnection(registration({ signer: spy, address: 'Адрес «с кавычками» и \\ слешем' }));
    expect(seen).toEqual([{ detached: true, body: JSON.stringify({ address: 'Адрес «с кавычками» и \\ слешем' }) }]);
  });

  it('shows REJECTED with its rejectionReason', async () => {
    await service.registerConnection(registration({ name: 'Касса 7' }));
    const again = await service.registerConnection(registration({ name: 'Касса 7' }));
    expect(again.status).toBe('REJECTED');
    expect(again.rejectionReason).toContain('уже используется');
    expect(rejectionMessage(again)).toContain('СУЗ отклонил регистрацию');
    world.emulator.inject('registration', { kind: 'reject', reason: 'Интеграционное решение не зарегистрировано у Оператора' });
    const injected = await service.registerConnection(registration());
    expect(injected).toEqual({ status: 'REJECTED', rejectionReason: 'Интеграционное решение не зарегистрировано у Оператора' });
  });

  it('a wrong registration key is refused with the СУЗ globalErrors text', async () => {
    const failure = await failureOf(service.registerConnection(registration({ registrationKey: '00000000-0000-0000-0000-000000000000' })));
    expect(failure.code).toBe('access_denied');
    expect(failure.message).toContain('Неверный код регистрации');
    expect(failure.message).toContain('X-RegistrationKey');
  });

  it('a signature by a certificate the CA did not issue is refused', async () => {
    const failure = await failureOf(service.registerConnection(registration({ signer: world.strangerSigner })));
    expect(failure.code).toBe('access_denied');
    expect(failure.message).toContain('Подпись запроса недействительна');
  });

  it('an unknown omsId is reported with the server’s words', async () => {
    const failure = await failureOf(service.registerConnection(registration({ omsId: '99999999-9999-4999-8999-999999999999' })));
    expect(failure.code).toBe('request_rejected');
    expect(failure.message).toContain('не найдена');
  });

  it('a 500 of the registration is not repeated (the request reached the server)', async () => {
    const before = world.emulator.counts.registration;
    world.emulator.inject('registration', { kind: 'status', status: 500, body: { globalErrors: [{ error: 'Внутренняя ошибка', errorCode: 500 }], success: false } });
    const failure = await failureOf(service.registerConnection(registration()));
    expect(failure.code).toBe('server_failure');
    expect(failure.message).toContain('Внутренняя ошибка');
    expect(world.emulator.counts.registration - before).toBe(1);
  });

  it('validates address and name before signing', async () => {
    expect((await failureOf(service.registerConnection(registration({ address: '  ' })))).field).toBe('address');
    expect((await failureOf(service.registerConnection(registration({ name: 'x'.repeat(257) })))).field).toBe('name');
    expect((await failureOf(service.registerConnection(registration({ omsId: 'abc' })))).field).toBe('omsId');
  });
});
