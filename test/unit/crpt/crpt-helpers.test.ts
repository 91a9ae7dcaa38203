import { describe, expect, it } from 'vitest';
import { HttpFailure } from '../../../electron/core/http/json-client';
import { crptHttpFailure, isErrorCode2, signInWithoutToken, suzErrorText, trueApiErrorText } from '../../../electron/core/providers/crpt/errors';
import { ConnectionLock } from '../../../electron/core/providers/crpt/single-flight';
import { CRPT_STANDS, SANDBOX_REGISTRATION_KEY, normaliseBaseUrl } from '../../../electron/core/providers/crpt/stands';
import { replacesPreviousWarning } from '../../../electron/core/providers/crpt/client';

describe('stands', () => {
  it('lists sandbox and production from the instruction, with the public sandbox key', () => {
    expect(CRPT_STANDS.map((s) => [s.id, s.trueApiBase, s.suzBase])).toEqual([
      ['sandbox', 'https://markirovka.sandbox.crptech.ru/api/v3/true-api', 'https://suz-integrator.sandbox.crpt.tech'],
      ['production', 'https://markirovka.crpt.ru/api/v3/true-api', 'https://suzgrid.crpt.ru:16443'],
    ]);
    expect(SANDBOX_REGISTRATION_KEY).toBe('4344d884-7f21-456c-981e-cd68e92391e8');
    expect(CRPT_STANDS[0]?.registrationKey).toBe(SANDBOX_REGISTRATION_KEY);
  });

  it('accepts https bases and http only on the loopback', () => {
    expect(normaliseBaseUrl(' https://markirovka.crpt.ru/api/v3/true-api/ ')).toBe('https://markirovka.crpt.ru/api/v3/true-api');
    expect(normaliseBaseUrl('https://suzgrid.crpt.ru:16443')).toBe('https://suzgrid.crpt.ru:16443');
    expect(normaliseBaseUrl('http://127.0.0.1:8080/api/v3/true-api')).toBe('http://127.0.0.1:8080/api/v3/true-api');
    expect(normaliseBaseUrl('http://markirovka.crpt.ru/api/v3/true-api')).toBeNull();
    expect(normaliseBaseUrl('https://x.ru/api?y=1')).toBeNull();
    expect(normaliseBaseUrl('https://user:pass@x.ru/')).toBeNull();
    expect(normaliseBaseUrl('ftp://x.ru')).toBeNull();
    expect(normaliseBaseUrl('markirovka.crpt.ru')).toBeNull();
  });
});

describe('error texts', () => {
  it('reads True API and СУЗ error bodies', () => {
    expect(trueApiErrorText({ code: 13, error_message: 'Нет', description: 'Совсем нет' })).toEqual({ code: '13', text: 'Нет — Совсем нет' });
    expect(trueApiErrorText({ error_message: 'Одно', description: 'Одно' }).text).toBe('Одно');
    expect(
      suzErrorText({ globalErrors: [{ error: 'Неверный ключ', errorCode: 4010 }], fieldErrors: [{ fieldName: 'address', fieldError: 'Обязательное поле' }], success: false }),
    ).toBe('Неверный ключ (код 4010); address: Обязательное поле');
    expect(suzErrorText('<html>')).toBe('');
  });

  it('recognises «код ошибки 2»', () => {
    expect(isErrorCode2({ error_message: 'Доступ запрещён: код ошибки 2' })).toBe(true);
    expect(isErrorCode2({ code: 2 })).toBe(true);
    expect(isErrorCode2({ error_message: 'код ошибки 21' })).toBe(false);
    expect(isErrorCode2(undefined)).toBe(false);
  });

  it('maps a bare 403 of sign-in to what seed 004 says: either signature form, the ИНН only under МЧД', () => {
    const failure = crptHttpFailure(new HttpFailure('http', 'https://markirovka.crpt.ru/x', 'x', { status: 403 }), 'sign-in', 'ru', 30_000);
    expect(failure.code).toBe('access_denied');
    expect(failure.message).toContain('и присоединённой, и откреплённой');
    expect(failure.message).toContain('машиночитаемой доверенности');
  });

  it('says a failed sign-in was not repeated, and why', () => {
    const failure = crptHttpFailure(new HttpFailure('timeout', 'https://markirovka.crpt.ru/x', 'x'), 'sign-in', 'ru', 30_000);
    expect(failure.message).toBe(
      'markirovka.crpt.ru не ответил за 30 с — столько Токен-помощник ждёт одно действие вместе с повторными попытками. Повторите позже; если так повторяется, проверьте подключение к сети и адрес стенда. Запрос токена не повторялся автоматически: токен мог быть уже выдан, а новый запрос отключил бы его. Повторите вручную.',
    );
  });

  it('explains a TLS certificate failure', () => {
    const failure = crptHttpFailure(
      new HttpFailure('network', 'https://suzgrid.crpt.ru:16443/x', 'x', { permanent: true, notSent: true, causeCode: 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY' }),
      'registration',
      'ru',
      30_000,
    );
    expect(failure.code).toBe('network_unavailable');
    expect(failure.message).toContain('NODE_EXTRA_CA_CERTS');
  });

  it('HTTP 200 without a token', () => {
    expect(signInWithoutToken({}, 'ru').code).toBe('server_bad_answer');
    expect(signInWithoutToken({ code: '5', error_message: 'Ошибка' }, 'ru').message).toBe('Честный знак вернул ошибку 5: Ошибка');
  });

  it('warns that a new token kills the previous one', () => {
    expect(replacesPreviousWarning()).toContain('отключает предыдущий');
    expect(replacesPreviousWarning('en')).toContain('kills the previous one');
  });
});

describe('ConnectionLock', () => {
  const deferred = <T>() => {
    let resolve!: (value: T) => void;
    const promise = new Promise<T>((r) => (resolve = r));
    return { promise, resolve };
  };

  it('shares an identical running request and queues a different one for the same connection', async () => {
    const lock = new ConnectionLock();
    const order: string[] = [];
    const first = deferred<string>();
    const a = lock.run('c1', 'same', () => {
      order.push('a');
      return first.promise;
    });
    const b = lock.run('c1', 'same', async () => {
      order.push('b');
      return 'b';
    });
    const c = lock.run('c1', 'other', async () => {
      order.push('c');
      return 'c';
    });
    const d = lock.run('c2', 'same', async () => {
      order.push('d');
      return 'd';
    });
    expect(lock.busy('c1')).toBe(true);
    await d;
    expect(order).toEqual(['a', 'd']);
    first.resolve('a');
    expect(await a).toBe('a');
    expect(await b).toBe('a');
    expect(await c).toBe('c');
    expect(order).toEqual(['a', 'd', 'c']);
    expect(lock.busy('c1')).toBe(false);
  });

  it('a failure does not block the next request', async () => {
    const lock = new ConnectionLock();
    await expect(lock.run('c', 's', async () => Promise.reject(new Error('x')))).rejects.toThrow('x');
    expect(await lock.run('c', 's', async () => 'ok')).toBe('ok');
  });
});

describe('automatic refresh timing', () => {
  it('refreshes shortly before expiry, with jitter, never in the past', async () => {
    const { nextRefreshAt, refreshDelayMs } = await import('../../../electron/core/providers/crpt/refresh');
    const now = new Date('2026-01-01T00:00:00Z');
    const expires = '2026-01-01T10:00:00Z';
    expect(nextRefreshAt(expires, now, { leadMs: 15 * 60_000, jitterMs: 5 * 60_000 }, () => 0).toISOString()).toBe('2026-01-01T09:45:00.000Z');
    expect(nextRefreshAt(expires, now, { leadMs: 15 * 60_000, jitterMs: 5 * 60_000 }, () => 0.999).getTime()).toBeGreaterThan(Date.parse('2026-01-01T09:40:00Z'));
    expect(refreshDelayMs('2026-01-01T00:05:00Z', now)).toBe(0);
  });
});
