import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { message } from '../../../shared/texts/messages';
import { startTestCore } from '../../support/test-core';
import type { TestCore } from '../../support/test-core';

/**
 * A compromised page tries to grow the vault without end through the records the
 * contract takes as maps: a token's settings and a draft's values. The router
 * refuses before any handler runs, and the vault stays as it was.
 */

const many = (count: number) => Object.fromEntries(Array.from({ length: count }, (_, index) => [`field${index}`, 'x']));

describe('records in requests are bounded', () => {
  let t: TestCore;
  beforeEach(async () => {
    t = await startTestCore();
  });
  afterEach(() => t.cleanup());

  async function organisationId(): Promise<string> {
    const result = await t.core.router.handle('saveOrganisation', { name: 'ООО «Ромашка»', taxId: '' });
    if (!result.ok) throw new Error(result.error.message);
    return (result.value as { id: string }).id;
  }

  const snapshot = async () => JSON.stringify(await t.core.router.handle('getSnapshot', {}));

  it('a token with 10 000 settings keys is refused, the vault unchanged', async () => {
    const id = await organisationId();
    const before = await snapshot();
    const result = await t.core.router.handle('saveToken', {
      organisationId: id,
      kind: 'eis',
      label: 'РИС',
      systemName: '',
      techEmail: '',
      secret: 'a1b2c3d4e5f60718293a4b5c6d7e8f90',
      expiresAt: null,
      notes: '',
      settings: many(10_000),
    });
    expect(result).toEqual({ ok: false, error: { code: 'invalid_payload', message: message('invalid_payload', 'ru') } });
    expect(await snapshot()).toBe(before);
  });

  it('a draft with 10 000 values is refused; a wizard-sized one is kept', async () => {
    const draft = (values: Record<string, string>) => ({ key: 'new:eis', draft: { kind: 'eis' as const, stepIndex: 1, organisationId: '', replacesTokenId: '', values } });
    const before = await snapshot();
    expect(await t.core.router.handle('saveDraft', draft(many(10_000)))).toMatchObject({ ok: false, error: { code: 'invalid_payload' } });
    expect(await snapshot()).toBe(before);
    expect(await t.core.router.handle('saveDraft', draft({ label: 'РИС', notes: 'заметка' }))).toEqual({ ok: true, value: { saved: true } });
  });

  it('an id longer than 64 characters is refused', async () => {
    expect(await t.core.router.handle('revealToken', { tokenId: 'x'.repeat(65) })).toMatchObject({ ok: false, error: { code: 'invalid_payload' } });
  });
});
