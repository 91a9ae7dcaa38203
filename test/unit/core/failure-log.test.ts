import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createCore } from '../../../electron/core/app-core';
import type { Core } from '../../../electron/core/app-core';
import type { FailureLog } from '../../../electron/core/ipc/router';
import { errorName, stackFrames } from '../../../electron/core/logging/stack-frames';
import { AesSecretBox } from '../../../electron/core/vault/aes-secret-box';
import { call, saveTokenOfNewOrganisation } from '../../support/router-calls';
import { ManualClock, RecordingClipboard, RecordingOpener } from '../../support/os-fakes';

const SECRET = 'eis-identifier-7f3c9a11';

/** A clipboard that, like some OS libraries, quotes what it was asked to write in its error. */
class QuotingClipboard extends RecordingClipboard {
  constructor(private readonly failure: (text: string) => Error) {
    super();
  }
  override async writeSecret(secret: string): Promise<void> {
    throw this.failure(secret);
  }
}

let dataDir = '';
afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

async function coreFailingWith(failure: (text: string) => Error): Promise<{ core: Core; logged: Parameters<FailureLog>[0][] }> {
  dataDir = mkdtempSync(join(tmpdir(), 'token-assistant-log-'));
  const logged: Parameters<FailureLog>[0][] = [];
  const core = await createCore({
    dataDir,
    clock: new ManualClock(new Date('2026-11-22T09:00:00Z')),
    secretBox: new AesSecretBox(randomBytes(32)),
    clipboard: new QuotingClipboard(failure),
    opener: new RecordingOpener(),
    log: (entry) => logged.push(entry),
  });
  return { core, logged };
}

async function copyFails(core: Core): Promise<void> {
  const holder = { core };
  const tokenId = await saveTokenOfNewOrganisation(
    holder,
    { name: 'ГКУ «Заказчик»', taxId: '' },
    { kind: 'eis', label: 'РИС', systemName: '', techEmail: '', secret: SECRET, expiresAt: '2027-01-01T00:00:00.000Z', notes: '' },
  );
  await expect(call(holder, 'copyToken', { tokenId })).rejects.toThrow(/copyToken failed/);
}

describe('a failure the router did not expect reaches the log without its message', () => {
  it.each([
    ['on the second line', (text: string) => new Error(`Clipboard write failed\nfor the text: ${text}`)],
    ['on a line dressed as a stack frame', (text: string) => new Error(`Clipboard write failed\n    at ${text}`)],
    ['in an error class name', (text: string) => Object.assign(new Error('x'), { name: `Err ${text}` })],
  ])('a token quoted %s is not logged, the frames are', async (_where, failure) => {
    const { core, logged } = await coreFailingWith(failure);
    await copyFails(core);
    expect(logged).toHaveLength(1);
    expect(logged[0]?.request).toBe('copyToken');
    expect(JSON.stringify(logged)).not.toContain(SECRET);
    expect(JSON.stringify(logged)).not.toContain('Clipboard write failed');
    expect(logged[0]?.stack).toMatch(/^\s+at .*failure-log\.test\.ts/m);
    for (const line of logged[0]?.stack.split('\n') ?? []) expect(line).toMatch(/^\s+at \S/);
  });
});

describe('stackFrames', () => {
  it('never returns any line of the message, whatever the message', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), fc.array(fc.constantFrom('\n', '\n    at ', '\n\tat ', ' at ')), (text, joins) => {
        const message = joins.reduce((built, join, index) => `${built}${join}${text}${index}`, text);
        const error = new Error(message);
        for (const line of stackFrames(error)
          .split('\n')
          .filter((entry) => entry !== '')) {
          expect(message.includes(line.trim())).toBe(false);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('gives nothing for a thrown non-Error and survives throwing getters', () => {
    expect(stackFrames('token-in-a-string')).toBe('');
    const hostile = new Error('x');
    Object.defineProperty(hostile, 'stack', {
      get: () => {
        throw new Error('boom');
      },
    });
    expect(stackFrames(hostile)).toBe('');
    expect(errorName('token-in-a-string')).toBe('string');
    expect(errorName(new TypeError('x'))).toBe('TypeError');
  });
});
