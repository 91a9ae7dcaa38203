import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getKind } from '../../../shared/kinds/catalog';
import type { KindSpec } from '../../../shared/kinds/types';
import { message } from '../../../shared/texts/messages';
import { fieldWarning } from '../../../shared/validation/field-warnings';
import { startTestCore } from '../../support/test-core';
import type { TestCore } from '../../support/test-core';

const first = 'a085d755-1d26-3af1-a2b8-e34759278719';
const second = 'b196e866-2e37-4bf2-b3c9-f45860389820';
const third = 'c2a7f977-3f48-4c03-84da-056971490931';

describe('the core refuses what the portal did not give (issue 10, points 12 and 13)', () => {
  let t: TestCore;
  let orgId = '';
  beforeEach(async () => {
    t = await startTestCore();
    const organisation = await t.core.router.handle('saveOrganisation', { name: 'ООО «Ромашка»', taxId: '' });
    orgId = organisation.ok ? (organisation.value as { id: string }).id : '';
  });
  afterEach(() => t.cleanup());

  const save = (secret: string, extra: Record<string, unknown> = {}) =>
    t.core.router.handle('saveToken', {
      organisationId: orgId,
      kind: 'tpsclient',
      label: 'Таможня',
      systemName: 'TPSClient',
      techEmail: 'it@company.by',
      secret,
      expiresAt: '2027-01-15T08:00:00.000Z',
      notes: '',
      ...extra,
    });

  async function savedId(secret: string, extra: Record<string, unknown> = {}): Promise<string> {
    const result = await save(secret, extra);
    if (!result.ok) throw new Error(result.error.message);
    return (result.value as { id: string }).id;
  }

  it('a renewal with the token still shown on the portal (the current one) is refused next to the token field', async () => {
    const tokenId = await savedId(first);
    const renewal = await save(` ${first}\n`, { replacesTokenId: tokenId, expiresAt: '2027-02-10T08:00:00.000Z' });
    expect(renewal).toEqual({ ok: false, error: { code: 'invalid_field', field: 'secret', message: message('renewal_same_secret', 'ru') } });
    const token = t.core.vault.snapshot().organisations[0]?.tokens[0];
    expect(token?.expiresAt).toBe('2027-01-15T08:00:00.000Z');
    expect(token?.history).toHaveLength(0);
  });

  it('a renewal with any earlier token of the record is refused too', async () => {
    const tokenId = await savedId(first);
    await savedId(second, { replacesTokenId: tokenId, expiresAt: '2027-02-10T08:00:00.000Z' });
    const again = await save(first, { replacesTokenId: tokenId, expiresAt: '2027-02-20T08:00:00.000Z' });
    expect(!again.ok && again.error).toMatchObject({ field: 'secret', message: message('renewal_same_secret', 'ru') });
    expect((await save(third, { replacesTokenId: tokenId, expiresAt: '2027-02-20T08:00:00.000Z' })).ok).toBe(true);
  });

  it('notes that quote the token being saved are refused next to the notes field, and nothing is stored', async () => {
    const result = await save(first, { notes: `Токен для 1С:\n${first.toUpperCase()}` });
    expect(result).toEqual({ ok: false, error: { code: 'invalid_field', field: 'notes', message: message('notes_contain_secret', 'ru') } });
    expect(t.core.vault.snapshot().organisations[0]?.tokens).toHaveLength(0);
  });

  it('notes that quote another token of the vault are refused as well; ordinary notes are kept', async () => {
    await savedId(first);
    const other = await save(second, { notes: `старый: ${first.slice(0, 18)}\n${first.slice(18)}` });
    expect(!other.ok && other.error.field).toBe('notes');
    expect((await save(second, { notes: 'Вводит Иванова, TPSClient на ПК бухгалтерии' })).ok).toBe(true);
  });
});

describe('the renewal form warns when the new expiry is not later than the one it replaces', () => {
  const tpsclient = getKind('tpsclient') as KindSpec;
  const eis = getKind('eis') as KindSpec;

  it('an expiry equal to or before the previous one gets a warning with both dates as the portal prints them', () => {
    const warning = fieldWarning(tpsclient, 'expiresAt', '15.01.2027 11:00', { previousExpiresAt: '2027-01-15T08:00:00.000Z' });
    expect(warning?.code).toBe('renewal_expiry_not_later');
    expect(message('renewal_expiry_not_later', 'ru', warning?.params)).toContain('(15.01.2027 11:00) не позже прежнего (15.01.2027 11:00)');
    expect(fieldWarning(eis, 'expiresAt', '01.01.2027', { previousExpiresAt: '2027-12-30T21:00:00.000Z' })?.params).toEqual({ next: '01.01.2027', previous: '31.12.2027' });
  });

  it('a later expiry, or no renewal at all, gets none', () => {
    expect(fieldWarning(tpsclient, 'expiresAt', '15.02.2027 11:00', { previousExpiresAt: '2027-01-15T08:00:00.000Z' })).toBeNull();
    expect(fieldWarning(tpsclient, 'expiresAt', '15.01.2027 11:00')).toBeNull();
  });
});
