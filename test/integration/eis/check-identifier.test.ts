import { createServer } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { message } from '../../../shared/texts/messages';
import { AppFailure } from '../../../electron/core/errors';
import { checkEisIdentifier, findProblem, isTokenProblem } from '../../../electron/core/providers/eis';
import { startEisEmulator } from '../../fixtures/eis-emulator';
import type { EisEmulator } from '../../fixtures/eis-emulator';

const VALID = 'c0ffee00-1234-4abc-9def-0123456789ab';
const WRONG = 'deadbeef-0000-4000-8000-000000000000';

let emulator: EisEmulator;

beforeEach(async () => {
  emulator = await startEisEmulator({ validIdentifier: VALID });
});

afterEach(async () => {
  await emulator.close();
});

async function failure(promise: Promise<unknown>): Promise<AppFailure> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppFailure) return error;
    throw error;
  }
  throw new Error('expected the check to fail');
}

describe('checking an ЕИС identifier against a getDocsIP-like service', () => {
  it('accepts the identifier the service accepts', async () => {
    await expect(checkEisIdentifier({ endpoint: emulator.endpoint, identifier: VALID })).resolves.toEqual({ valid: true });
  });

  it('sends a SOAP 1.1 envelope of the get-docs-ip kind with individualPerson_token in the header', async () => {
    await checkEisIdentifier({ endpoint: emulator.endpoint, identifier: VALID });
    const [sent] = emulator.requests;
    expect(sent?.contentType).toMatch(/^text\/xml/);
    expect(sent?.soapAction).toBe('""');
    expect(sent?.soapToken).toBe(VALID);
    expect(sent?.headerToken).toBe(VALID);
    expect(sent?.operation).toBe('getDocsByReestrNumberRequest');
    expect(sent?.body).toContain('xmlns:ws="http://zakupki.gov.ru/fz44/get-docs-ip/ws"');
    expect(sent?.body).toMatch(/<soapenv:Header>\s*<individualPerson_token>/);
    expect(sent?.body).toMatch(/<index><id>[0-9a-f-]{36}<\/id><createDateTime>\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+03:00<\/createDateTime><mode>PROD<\/mode><\/index>/);
  });

  it('escapes an identifier with XML characters instead of breaking the envelope', async () => {
    await emulator.close();
    const odd = 'a<b>&c"d\'e-12345';
    emulator = await startEisEmulator({ validIdentifier: odd });
    await expect(checkEisIdentifier({ endpoint: emulator.endpoint, identifier: odd })).resolves.toEqual({ valid: true });
    expect(emulator.requests[0]?.body).toContain('a&lt;b&gt;&amp;c&quot;d&apos;e-12345');
  });

  it('turns the invalid-token Fault into a clear Russian sentence', async () => {
    const result = await checkEisIdentifier({ endpoint: emulator.endpoint, identifier: WRONG });
    expect(result.valid).toBe(false);
    if (result.valid) return;
    expect(result.reason).toMatch(/^ЕИС не приняла идентификатор: он неверен, его срок истёк или выдача отключена\./);
    expect(result.reason).toContain('«Разрешить использование сервисов отдачи»');
    expect(result.reason).toContain('Ответ ЕИС: «soap:Client: Токен individualPerson_token недействителен или срок его действия истёк».');
  });

  it('recognises a token fault by its code alone (SOAP 1.2, INVALID_TOKEN)', async () => {
    emulator.failNext({ kind: 'fault-code-only' });
    const result = await checkEisIdentifier({ endpoint: emulator.endpoint, identifier: VALID });
    expect(result).toMatchObject({ valid: false, serverMessage: 'INVALID_TOKEN: Rejected' });
  });

  it('recognises the service’s own errorInfo about the token', async () => {
    emulator.failNext({ kind: 'error-info-token' });
    expect((await checkEisIdentifier({ endpoint: emulator.endpoint, identifier: VALID })).valid).toBe(false);
  });

  it('an errorInfo about something else means the identifier got through', async () => {
    emulator.failNext({ kind: 'error-info-other' });
    await expect(checkEisIdentifier({ endpoint: emulator.endpoint, identifier: VALID })).resolves.toEqual({
      valid: true,
      serviceMessage: '5: Не найдены документы по реестровому номеру',
    });
  });

  it('cuts the identifier out of a fault that quotes it', async () => {
    emulator.failNext({ kind: 'echo-token' });
    const result = await checkEisIdentifier({ endpoint: emulator.endpoint, identifier: WRONG });
    expect(result.valid).toBe(false);
    expect(JSON.stringify(result)).not.toContain(WRONG);
    expect(JSON.stringify(result)).toContain('***');
  });

  it('HTTP 401/403 without a fault: the identifier is refused', async () => {
    emulator.failNext({ kind: 'http', status: 403 });
    const result = await checkEisIdentifier({ endpoint: emulator.endpoint, identifier: VALID });
    expect(result).toMatchObject({ valid: false });
  });

  it('a fault about something else cannot tell: an error, not a verdict', async () => {
    emulator.failNext({ kind: 'other-fault' });
    const error = await failure(checkEisIdentifier({ endpoint: emulator.endpoint, identifier: VALID }));
    expect(error.code).toBe('server_bad_answer');
    expect(error.message).toMatch(/^Сервис ЕИС ответил ошибкой, не связанной с идентификатором: «soap:Server: Внутренняя ошибка сервиса/);
  });

  it('a 500 page, an HTML page, silence and no server: errors with the host and what to do', async () => {
    const host = new URL(emulator.url).host;
    emulator.failNext({ kind: 'server-error-html' });
    expect((await failure(checkEisIdentifier({ endpoint: emulator.endpoint, identifier: VALID }))).message).toBe(message('eis_server_failure', 'ru', { host, status: '500' }));
    emulator.failNext({ kind: 'not-soap' });
    expect((await failure(checkEisIdentifier({ endpoint: emulator.endpoint, identifier: VALID }))).code).toBe('server_bad_answer');
    emulator.failNext({ kind: 'slow', delayMs: 3_000 });
    const timeout = await failure(checkEisIdentifier({ endpoint: emulator.endpoint, identifier: VALID, timeoutMs: 500 }));
    expect(timeout.code).toBe('request_timeout');
    expect(timeout.message).toContain(host);

    const offline = await failure(checkEisIdentifier({ endpoint: `http://127.0.0.1:${await freePort()}/ws`, identifier: VALID }));
    expect(offline.code).toBe('network_unavailable');
    expect(offline.message).toContain('ECONNREFUSED');
  });

  it('refuses a bad endpoint or identifier before sending anything', async () => {
    expect((await failure(checkEisIdentifier({ endpoint: 'http://zakupki.example/ws', identifier: VALID }))).field).toBe('endpoint');
    expect((await failure(checkEisIdentifier({ endpoint: emulator.endpoint, identifier: 'short' }))).field).toBe('secret');
    expect(emulator.requests).toHaveLength(0);
  });

  it('lets the operation be configured', async () => {
    await checkEisIdentifier({
      endpoint: emulator.endpoint,
      identifier: VALID,
      operation: { name: 'getNsiRequest', selectionParamsXml: '<selectionParams><nsiCode44>nsiAllList</nsiCode44></selectionParams>', soapAction: 'urn:getNsi' },
    });
    expect(emulator.requests[0]?.operation).toBe('getNsiRequest');
    expect(emulator.requests[0]?.soapAction).toBe('"urn:getNsi"');
  });
});

describe('reading SOAP answers', () => {
  it.each([
    ['<s:Envelope><s:Body><s:Fault><faultcode>s:Client</faultcode><faultstring>Неверный токен</faultstring></s:Fault></s:Body></s:Envelope>', true],
    ['<Envelope><Body><Fault><faultcode>Client</faultcode><faultstring>Token is invalid or expired</faultstring></Fault></Body></Envelope>', true],
    ['<Envelope><Body><Fault><faultcode>INVALID_TOKEN</faultcode><faultstring>x</faultstring></Fault></Body></Envelope>', true],
    ['<Envelope><Body><Fault><faultcode>Client</faultcode><faultstring><![CDATA[Доступ к сервисам отдачи запрещён]]></faultstring></Fault></Body></Envelope>', true],
    ['<Envelope><Body><Fault><faultcode>Server</faultcode><faultstring>Сервис временно недоступен</faultstring></Fault></Body></Envelope>', false],
    ['<Envelope><Body><Fault><faultcode>Client</faultcode><faultstring>Неверный формат реестрового номера</faultstring></Fault></Body></Envelope>', false],
  ])('%s → token problem: %s', (xml, expected) => {
    const problem = findProblem(xml);
    expect(problem).toBeDefined();
    if (problem) expect(isTokenProblem(problem)).toBe(expected);
  });

  it('finds nothing in a normal answer', () => {
    expect(findProblem('<Envelope><Body><getDocsByReestrNumberResponse><dataInfo/></getDocsByReestrNumberResponse></Body></Envelope>')).toBeUndefined();
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
