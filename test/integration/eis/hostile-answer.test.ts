import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppFailure } from '../../../electron/core/errors';
import { checkEisIdentifier } from '../../../electron/core/providers/eis';
import { startEisEmulator } from '../../fixtures/eis-emulator';
import type { EisEmulator } from '../../fixtures/eis-emulator';

/**
 * Issue 9, item 4: a hostile ЕИС endpoint (the address is typed or imported) answers
 * the identifier check with XML built to freeze the main process. The old reader's
 * regular expressions were quadratic: a 96 KiB fault stalled the event loop for
 * seconds. Whatever comes back, the event loop must keep turning (a timer probe
 * measures the longest gap) and the user gets a clear message.
 */

const VALID = 'c0ffee00-1234-4abc-9def-0123456789ab';
const KIB = 1024;
const MAX_STALL_MS = 100;
const OPEN = '<?xml version="1.0" encoding="UTF-8"?><soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body>';

let emulator: EisEmulator;

beforeEach(async () => {
  emulator = await startEisEmulator({ validIdentifier: VALID });
});

afterEach(async () => {
  await emulator.close();
});

const cpuMs = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/**
 * Runs the work while a 5 ms timer records the longest time the event loop did not
 * turn. A gap counts only as long as this process was busy during it (CPU time):
 * on a shared, loaded test machine the process is also descheduled, and that is not
 * a stall the code caused. Synchronous parsing burns CPU for its whole length, so a
 * quadratic reader shows up in full.
 */
async function longestStall<T>(work: () => Promise<T>): Promise<{ outcome: T | AppFailure; stallMs: number }> {
  let lastWall = performance.now();
  let lastCpu = cpuMs();
  let stallMs = 0;
  const measure = (): void => {
    const wall = performance.now();
    const cpu = cpuMs();
    stallMs = Math.max(stallMs, Math.min(wall - lastWall, cpu - lastCpu));
    lastWall = wall;
    lastCpu = cpu;
  };
  const probe = setInterval(measure, 5);
  let outcome: T | AppFailure;
  try {
    outcome = await work();
  } catch (error) {
    if (!(error instanceof AppFailure)) throw error;
    outcome = error;
  } finally {
    clearInterval(probe);
  }
  measure();
  return { outcome, stallMs };
}

async function answerWith(body: string, status = 500): Promise<{ outcome: unknown; stallMs: number }> {
  emulator.failNext({ kind: 'raw', status, body, contentType: 'text/xml; charset=utf-8' });
  return longestStall(() => checkEisIdentifier({ endpoint: emulator.endpoint, identifier: VALID }));
}

function failureMessage(outcome: unknown): string {
  expect(outcome).toBeInstanceOf(AppFailure);
  return (outcome as AppFailure).message;
}

describe('a hostile ЕИС answer does not stall the main process', () => {
  it('a 1 MiB fault of unclosed Fault tags: reading stops at 256 KiB, the user is told why', async () => {
    // Just under the old 1 MiB limit, so the old reader ran its regular expressions over all of it.
    const body = OPEN + '<soap:Fault>'.repeat(Math.floor((KIB * KIB - OPEN.length) / 12));
    expect(body.length).toBeGreaterThan(KIB * KIB - 12);
    const { outcome, stallMs } = await answerWith(body);
    expect(stallMs).toBeLessThan(MAX_STALL_MS);
    expect(failureMessage(outcome)).toMatch(/слишком большой ответ \(больше 256 КБ\).*проверьте адрес сервиса отдачи/);
  });

  it('the same attack just under the cap (the quadratic case of the old reader) is refused as too deep', async () => {
    const body = OPEN + '<soap:Fault><faultstring>x'.repeat(Math.floor((250 * KIB - OPEN.length) / 26));
    const { outcome, stallMs } = await answerWith(body);
    expect(stallMs).toBeLessThan(MAX_STALL_MS);
    expect(failureMessage(outcome)).toMatch(/^Ответ сервиса ЕИС \(127\.0\.0\.1:\d+, HTTP 500\) не прочитан: вложенность элементов слишком глубокая\./);
  });

  it('a flood of 60 000 sibling elements is refused, not parsed into memory', async () => {
    const body = `${OPEN}<soap:Fault><faultstring>${'<a/>'.repeat(60_000)}</faultstring></soap:Fault></soap:Body></soap:Envelope>`;
    const { outcome, stallMs } = await answerWith(body);
    expect(stallMs).toBeLessThan(MAX_STALL_MS);
    expect(failureMessage(outcome)).toContain('в нём слишком много элементов');
  });

  it('a billion-laughs DTD is not expanded: the answer is not SOAP', async () => {
    const laughs = Array.from({ length: 9 }, (_, level) => `<!ENTITY lol${level + 1} "${`&lol${level};`.repeat(10)}">`).join('');
    const body = `<?xml version="1.0"?><!DOCTYPE soap:Envelope [<!ENTITY lol0 "lol">${laughs}]>${OPEN}<soap:Fault><faultcode>soap:Client</faultcode><faultstring>&lol9;</faultstring></soap:Fault></soap:Body></soap:Envelope>`;
    const { outcome, stallMs } = await answerWith(body, 200);
    expect(stallMs).toBeLessThan(MAX_STALL_MS);
    expect(failureMessage(outcome)).toMatch(/ответил не в формате SOAP \(HTTP 200\)/);
    expect(failureMessage(outcome)).not.toContain('lol');
  });

  it('250 KiB of character references in a token fault: read, decoded and quoted short', async () => {
    const filler = '&amp;&#1090;&#x43E;'.repeat(Math.floor((240 * KIB) / 19));
    const body = `${OPEN}<soap:Fault><faultcode>soap:Client</faultcode><faultstring>Токен недействителен ${filler}</faultstring></soap:Fault></soap:Body></soap:Envelope>`;
    const { outcome, stallMs } = await answerWith(body);
    expect(stallMs).toBeLessThan(MAX_STALL_MS);
    expect(outcome).toMatchObject({ valid: false });
    const said = (outcome as { serverMessage: string }).serverMessage;
    expect(said.startsWith('soap:Client: Токен недействителен &то&то')).toBe(true);
    expect(said.length).toBeLessThanOrEqual(300);
  });

  it('an answer that never ends is cut at the cap instead of being read into memory', async () => {
    const { createServer } = await import('node:http');
    let sent = 0;
    const server = createServer((_req, res) => {
      res.writeHead(500, { 'content-type': 'text/xml' });
      res.write(OPEN);
      const chunk = '<soap:Fault>'.repeat(1024);
      const pump = (): void => {
        while (!res.destroyed && sent < 64 * KIB * KIB && res.write(chunk)) sent += chunk.length;
        if (!res.destroyed && sent < 64 * KIB * KIB) res.once('drain', pump);
      };
      pump();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    if (!address || typeof address === 'string') throw new Error('no port');
    try {
      const { outcome, stallMs } = await longestStall(() => checkEisIdentifier({ endpoint: `http://127.0.0.1:${address.port}/ws`, identifier: VALID }));
      expect(stallMs).toBeLessThan(MAX_STALL_MS);
      expect(failureMessage(outcome)).toContain('слишком большой ответ');
      expect(sent).toBeLessThan(16 * KIB * KIB);
    } finally {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});
