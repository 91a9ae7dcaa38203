import { describe, expect, it } from 'vitest';
import type { JsonClient, JsonRequest } from '../../../electron/core/http/json-client';
import { createCrptService } from '../../../electron/core/providers/crpt/client';
import type { Signer } from '../../../electron/core/signing/signer';

/** A JSON client that records requests and answers from a script. */
function scripted(answers: unknown[]): JsonClient & { sent: JsonRequest[] } {
  const sent: JsonRequest[] = [];
  return {
    sent,
    request: async (request) => {
      sent.push(request);
      return { status: 200, header: () => 'application/json', body: answers.shift() };
    },
  };
}

const signer = (log: { bytes: string; detached: boolean }[]): Signer => ({
  kind: 'openssl',
  sign: async (data, options) => {
    log.push({ bytes: Buffer.from(data).toString('utf8'), detached: options.detached });
    return `SIG(${Buffer.from(data).toString('utf8')})`;
  },
});

const CONNECTION = '11b1abc1-f1ee-11db-1a11-f11ac11111e1';

describe('CrptService request shapes (no network)', () => {
  it('GET /auth/key with retries, attached signature of data, POST {uuid, data} never retried, 10 h from the clock', async () => {
    const http = scripted([{ uuid: 'a63ff582-b723-4da7-958b-453da27a6c62', data: 'GNUFBAZBMPIUUMLXNMIOGSHTGFXZM' }, { token: 'tok' }]);
    const signed: { bytes: string; detached: boolean }[] = [];
    const service = createCrptService({ http, clock: { now: () => new Date('2026-03-01T09:00:00Z') } });
    const result = await service.getClientToken({ trueApiBase: 'https://markirovka.crpt.ru/api/v3/true-api/', omsConnection: CONNECTION.toUpperCase(), signer: signer(signed) });
    expect(result).toEqual({ token: 'tok', obtainedAt: '2026-03-01T09:00:00.000Z', expiresAt: '2026-03-01T19:00:00.000Z' });
    expect(signed).toEqual([{ bytes: 'GNUFBAZBMPIUUMLXNMIOGSHTGFXZM', detached: false }]);
    expect(http.sent.map((r) => [r.method, r.url, r.retry?.mode])).toEqual([
      ['GET', 'https://markirovka.crpt.ru/api/v3/true-api/auth/key', 'network-and-5xx'],
      ['POST', `https://markirovka.crpt.ru/api/v3/true-api/auth/simpleSignIn/${CONNECTION}`, 'never'],
    ]);
    expect(JSON.parse(String(http.sent[1]?.body))).toEqual({ uuid: 'a63ff582-b723-4da7-958b-453da27a6c62', data: 'SIG(GNUFBAZBMPIUUMLXNMIOGSHTGFXZM)' });
  });

  it('sends inn only when given', async () => {
    const http = scripted([{ uuid: 'u', data: 'd' }, { token: 't' }]);
    await createCrptService({ http }).getClientToken({ trueApiBase: 'https://x.ru/api/v3/true-api', omsConnection: CONNECTION, inn: '7707083893', signer: signer([]) });
    expect(JSON.parse(String(http.sent[1]?.body))).toEqual({ uuid: 'u', data: 'SIG(d)', inn: '7707083893' });
  });

  it('an answer without uuid/data stops before signing', async () => {
    const signed: { bytes: string; detached: boolean }[] = [];
    const http = scripted([{ something: 'else' }]);
    await expect(createCrptService({ http }).getClientToken({ trueApiBase: 'https://x.ru/api/v3/true-api', omsConnection: CONNECTION, signer: signer(signed) })).rejects.toThrow(
      /не так, как описано.*uuid и data/,
    );
    expect(signed).toEqual([]);
  });

  it('registration: detached signature of the exact body in X-Signature, key in X-RegistrationKey, retried only before sending', async () => {
    const http = scripted([{ status: 'SUCCESS', omsConnection: CONNECTION, name: 'Касса' }]);
    const signed: { bytes: string; detached: boolean }[] = [];
    const result = await createCrptService({ http }).registerConnection({
      suzBase: 'https://suzgrid.crpt.ru:16443/',
      omsId: 'cdf12109-10d3-11e6-8b6f-0050569977a1',
      registrationKey: ' key-1 ',
      address: ' г.Москва, ул. Тестовая, 1 ',
      name: 'Касса',
      signer: signer(signed),
    });
    expect(result).toEqual({ status: 'SUCCESS', omsConnection: CONNECTION, name: 'Касса' });
    const request = http.sent[0];
    const body = Buffer.from(request?.body as Uint8Array).toString('utf8');
    expect(body).toBe('{"address":"г.Москва, ул. Тестовая, 1","name":"Касса"}');
    expect(signed).toEqual([{ bytes: body, detached: true }]);
    expect(request?.url).toBe('https://suzgrid.crpt.ru:16443/api/v2/integration/connection?omsId=cdf12109-10d3-11e6-8b6f-0050569977a1');
    expect(request?.headers).toMatchObject({ 'X-Signature': `SIG(${body})`, 'X-RegistrationKey': 'key-1', 'content-type': 'application/json;charset=UTF-8' });
    expect(request?.retry?.mode).toBe('connect-only');
  });

  it('REJECTED without a reason still says something', async () => {
    const http = scripted([{ status: 'REJECTED' }]);
    const result = await createCrptService({ http }).registerConnection({ suzBase: 'https://s.ru', omsId: CONNECTION, registrationKey: 'k', address: 'a', signer: signer([]) });
    expect(result).toEqual({ status: 'REJECTED', rejectionReason: 'причина не указана' });
  });

  it('SUCCESS without omsConnection is a bad answer', async () => {
    const http = scripted([{ status: 'SUCCESS' }]);
    await expect(
      createCrptService({ http }).registerConnection({ suzBase: 'https://s.ru', omsId: CONNECTION, registrationKey: 'k', address: 'a', signer: signer([]) }),
    ).rejects.toThrow(/omsConnection/);
  });
});
