import { afterEach, describe, expect, it } from 'vitest';
import { startTestCore } from '../../support/test-core';
import type { TestCore } from '../../support/test-core';
import { call, failure } from '../../support/router-calls';
import { message } from '../../../shared/texts/messages';

describe('a second organisation with the same УНП/ИНН', () => {
  let t: TestCore | undefined;
  afterEach(async () => {
    await t?.core.dispose();
    t?.cleanup();
    t = undefined;
  });

  it('is stopped with a warning naming the organisation that has the number (spaces ignored), and saved when the user says so', async () => {
    t = await startTestCore();
    const first = await call(t, 'saveOrganisation', { name: 'ООО «Ромашка»', taxId: '191234567' });
    const refused = await failure(t, 'saveOrganisation', { name: 'ООО «Ромашка-2»', taxId: ' 191 234 567 ' });
    expect(refused).toEqual({
      code: 'organisation_duplicate_tax_id',
      field: 'taxId',
      message: message('organisation_duplicate_tax_id', 'ru', { taxId: '191234567', name: 'ООО «Ромашка»' }),
      duplicateOf: { id: first.id, name: 'ООО «Ромашка»' },
    });
    expect(t.core.vault.snapshot().organisations).toHaveLength(1);

    const branch = await call(t, 'saveOrganisation', { name: 'ООО «Ромашка», филиал', taxId: '191 234 567', allowDuplicateTaxId: true });
    expect(branch.taxId).toBe('191234567');
    expect(
      t.core.vault
        .snapshot()
        .organisations.map((organisation) => organisation.name)
        .sort(),
    ).toEqual(['ООО «Ромашка»', 'ООО «Ромашка», филиал']);
    // Renaming the branch keeps the number it was knowingly given: no second question.
    expect((await call(t, 'saveOrganisation', { id: branch.id, name: 'Филиал «Ромашки»', taxId: '191234567' })).name).toBe('Филиал «Ромашки»');
  });

  it('«Изменить» giving an organisation another one’s ИНН is stopped too; no number, or its own, never is', async () => {
    t = await startTestCore();
    await call(t, 'saveOrganisation', { name: 'ПАО «Сбербанк»', taxId: '7707083893' });
    const other = await call(t, 'saveOrganisation', { name: 'ООО «Без номера»', taxId: '' });
    await call(t, 'saveOrganisation', { name: 'ООО «Тоже без номера»', taxId: '' });
    const refused = await failure(t, 'saveOrganisation', { id: other.id, name: 'ООО «Без номера»', taxId: '7707-083-893' });
    expect(refused.code).toBe('organisation_duplicate_tax_id');
    expect(refused.duplicateOf?.name).toBe('ПАО «Сбербанк»');
    expect(t.core.vault.snapshot().organisations.find((organisation) => organisation.id === other.id)?.taxId).toBe('');
    // A wrong number is still a wrong number first: the check digit speaks before any duplicate.
    expect((await failure(t, 'saveOrganisation', { name: 'ООО «Опечатка»', taxId: '7707083894', allowDuplicateTaxId: true })).code).toBe('invalid_field');
  });
});
