import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { REQUEST_NAMES } from '../../../shared/ipc/channels';
import { ERROR_CODES } from '../../../shared/ipc/result';
import type { Result } from '../../../shared/ipc/result';
import { message } from '../../../shared/texts/messages';
import { startTestCore } from '../../support/test-core';
import type { TestCore } from '../../support/test-core';

const uuidToken = 'a085d755-1d26-3af1-a2b8-e34759278719';

function expectWellFormedFailure(result: Result<unknown>): void {
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(ERROR_CODES).toContain(result.error.code);
  expect(result.error.message.length).toBeGreaterThan(10);
  expect(result.error.message).not.toMatch(/\n\s+at |Error:|ZodError|undefined|\[object/);
}

describe('the IPC router', () => {
  let t: TestCore;
  beforeEach(async () => {
    t = await startTestCore();
  });
  afterEach(() => t.cleanup());

  async function organisation(): Promise<string> {
    const result = await t.core.router.handle('saveOrganisation', { name: 'ООО «Ромашка»', taxId: '' });
    if (!result.ok) throw new Error(result.error.message);
    return (result.value as { id: string }).id;
  }

  it('answers an unknown request with a Russian message, whatever its name', async () => {
    await fc.assert(
      fc.asyncProperty(fc.anything(), fc.anything(), async (name, payload) => {
        fc.pre(!(REQUEST_NAMES as readonly unknown[]).includes(name));
        const result = await t.core.router.handle(name, payload);
        expectWellFormedFailure(result);
        expect(!result.ok && result.error.code).toBe('unknown_request');
      }),
      { numRuns: 200 },
    );
  });

  it('never throws and never changes the vault on malformed payloads to any request', async () => {
    const orgId = await organisation();
    const before = JSON.stringify((await t.core.router.handle('getSnapshot', {})) as Result<unknown>);
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...REQUEST_NAMES.filter((name) => name !== 'getSnapshot')),
        fc.oneof(
          fc.anything(),
          fc.record({ id: fc.anything(), name: fc.anything(), tokenId: fc.anything(), extra: fc.anything() }),
          fc.record({ organisationId: fc.constant(orgId), kind: fc.string(), secret: fc.anything() }),
        ),
        async (name, payload) => {
          const result = await t.core.router.handle(name, payload);
          if (!result.ok) expectWellFormedFailure(result);
        },
      ),
      { numRuns: 300 },
    );
    // Nothing above is a complete, valid request, so nothing may have been saved or lost.
    const after = await t.core.router.handle('getSnapshot', {});
    const orgsBefore = (JSON.parse(before) as { value: { organisations: unknown[] } }).value.organisations;
    expect(after.ok && (after.value as { organisations: unknown[] }).organisations).toEqual(orgsBefore);
  });

  it('rejects payloads with unexpected extra properties', async () => {
    const result = await t.core.router.handle('getSnapshot', { __proto__: { polluted: true }, extra: 1 });
    expectWellFormedFailure(result);
    expect(!result.ok && result.error.code).toBe('invalid_payload');
    expect(!result.ok && result.error.message).toBe(message('invalid_payload', 'ru'));
  });

  it('never repeats a secret in an error message', async () => {
    const orgId = await organisation();
    await fc.assert(
      fc.asyncProperty(fc.string({ minLength: 6, maxLength: 80 }), fc.constantFrom('', 'bad name!', 'TPSClient'), async (secret, systemName) => {
        const result = await t.core.router.handle('saveToken', {
          organisationId: orgId,
          kind: 'tpsclient',
          label: '',
          systemName,
          techEmail: 'it@company.by',
          secret,
          expiresAt: '2027-01-15T08:00:00.000Z',
          notes: '',
        });
        if (!result.ok) expect(result.error.message).not.toContain(secret.trim());
      }),
      { numRuns: 150 },
    );
  });

  it('points at the faulty field with its Russian message', async () => {
    const orgId = await organisation();
    const result = await t.core.router.handle('saveToken', {
      organisationId: orgId,
      kind: 'tpsclient',
      label: '',
      systemName: 'TPSCIient',
      techEmail: 'it@company.by',
      secret: uuidToken,
      expiresAt: '2027-01-15T08:00:00.000Z',
      notes: '',
    });
    expect(result).toEqual({
      ok: false,
      error: { code: 'invalid_field', field: 'systemName', message: message('system_name_tpsclient', 'ru') },
    });
  });

  it('saves a valid token and reveals exactly what was typed, trimmed of copy-paste noise', async () => {
    const orgId = await organisation();
    const saved = await t.core.router.handle('saveToken', {
      organisationId: orgId,
      kind: 'tpsclient',
      label: 'Таможня',
      systemName: 'TPSClient',
      techEmail: 'it@company.by',
      secret: `  «${uuidToken}»\n`,
      expiresAt: '2027-01-15T08:00:00.000Z',
      notes: '',
    });
    expect(saved.ok).toBe(true);
    const tokenId = saved.ok ? (saved.value as { id: string }).id : '';
    expect(await t.core.router.handle('revealToken', { tokenId })).toEqual({ ok: true, value: { secret: uuidToken } });
  });

  it('opens only allow-listed portals', async () => {
    expect((await t.core.router.handle('openPortal', { url: 'https://account.gov.by/' })).ok).toBe(true);
    const refused = await t.core.router.handle('openPortal', { url: 'https://account.gov.by.evil.example/' });
    expectWellFormedFailure(refused);
    expect(t.opener.opened).toEqual(['https://account.gov.by/']);
  });
});
