import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EXEMPT_SERVICE_CODES } from '../../../shared/kinds/common-steps';
import { oais } from '../../../shared/kinds/oais';
import { message } from '../../../shared/texts/messages';
import { uiEn } from '../../../shared/texts/ui-en';
import { uiRu } from '../../../shared/texts/ui-ru';
import { normaliseTaxId, validateTaxId } from '../../../shared/validation/fields';
import { SEEDS, normalise } from '../../support/seed-sentences';
import { startTestCore } from '../../support/test-core';
import type { TestCore } from '../../support/test-core';

const problemText = (taxId: string) => {
  const problem = validateTaxId(taxId);
  return problem ? message(problem.code, 'ru', problem.params ?? {}) : null;
};

describe('issue 10, point 19: the small things a user meets, in texts', () => {
  it('an УНП typed in groups is accepted; a short one is told its length, not a check digit', () => {
    expect(validateTaxId('191 234 567')).toBeNull();
    expect(validateTaxId('191\u00a0234\u00a0567')).toBeNull();
    expect(normaliseTaxId(' 191-234-567 ')).toBe('191234567');
    expect(problemText('19123456')).toBe('УНП — 9 цифр (Беларусь), ИНН — 10 или 12 цифр (Россия); введено 8.');
    for (const wrong of ['19123456', '191 234 56', '1912345678901']) expect(problemText(wrong)).not.toContain('контрольн');
    expect(problemText('7707083894')).toContain('контрольной цифры');
  });

  it('the wizard of an ЕИС identifier saves «идентификатор», not «токен»', () => {
    expect(uiRu.wizard.saveIdentifier).toBe('Сохранить идентификатор');
    expect(uiEn.wizard.saveIdentifier).toBe('Save identifier');
  });

  it('an organisation whose name and УНП are edited is «Изменить», not «Переименовать»', () => {
    expect(uiRu.organisations.edit).toBe('Изменить');
    expect(JSON.stringify(uiRu)).not.toContain('Переименовать');
  });

  it('no step tells the user to close a wizard that has no close button', () => {
    const all = JSON.stringify(oais.steps);
    expect(all).not.toContain('Закройте мастер');
    expect(all).toContain(`кнопкой «${uiRu.nav.tokens}» в меню`);
  });

  it('a 10-hour token is snoozed by hours', () => {
    expect(uiRu.reminders.snooze1Hour).toBe('Отложить на 1 час');
    expect(uiRu.reminders.snooze3Hours).toBe('Отложить на 3 часа');
  });

  it('the details of an СМДО record name the key date and its rotation due', () => {
    expect(uiRu.details.keySetAt).toBe('Ключ задан');
    expect(uiRu.details.keyRotationDue).toBe('Сменить ключ до');
  });

  it.skipIf(!existsSync(SEEDS))('the exempt services: seed 000 gives numbers only, and the app says so instead of inventing names', () => {
    const file = readdirSync(SEEDS).find((name) => name.startsWith('000'));
    const seed = normalise(readFileSync(path.join(SEEDS, file ?? ''), 'utf8'));
    const line = seed.split(/(?<=\.)\s/).find((sentence) => sentence.includes('3.40.01/1')) ?? '';
    for (const code of EXEMPT_SERVICE_CODES) expect(line).toContain(code);
    // After the last code the sentence ends: the seed names none of the services.
    expect(line.trim().endsWith('3.61.03.')).toBe(true);
    const intro = oais.steps[0]?.instructions.map((instruction) => instruction.ru).join('\n') ?? '';
    expect(intro).toContain('только номерами, без названий');
    expect(intro).toContain('договором');
  });
});

describe('issue 10, point 19: the core keeps what the form promises', () => {
  let t: TestCore;
  beforeEach(async () => {
    t = await startTestCore();
  });
  afterEach(() => t.cleanup());

  it('stores an УНП typed with spaces as its nine digits, and refuses 8 digits with their count', async () => {
    const saved = await t.core.router.handle('saveOrganisation', { name: 'ООО «Ромашка»', taxId: '191 234 567' });
    expect(saved.ok && (saved.value as { taxId: string }).taxId).toBe('191234567');
    const refused = await t.core.router.handle('saveOrganisation', { name: 'ООО «Лютик»', taxId: '19123456' });
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(refused.error.field).toBe('taxId');
      expect(refused.error.message).toContain('введено 8');
    }
  });

  it('refuses to snooze a Честный знак token for days, and snoozes it for hours', async () => {
    const organisation = await t.core.router.handle('saveOrganisation', { name: 'ООО «Ромашка»', taxId: '' });
    if (!organisation.ok) throw new Error(organisation.error.message);
    const token = await t.core.router.handle('saveToken', {
      organisationId: (organisation.value as { id: string }).id,
      kind: 'crpt',
      label: 'СУЗ',
      systemName: '',
      techEmail: '',
      secret: 'crpt-token-0123456789',
      expiresAt: new Date(t.clock.now().getTime() + 10 * 3_600_000).toISOString(),
      notes: '',
    });
    if (!token.ok) throw new Error(token.error.message);
    const days = await t.core.router.handle('snoozeReminders', { subjectId: (token.value as { id: string }).id, days: 1 });
    expect(days.ok).toBe(false);
    if (!days.ok) expect(days.error.message).toContain('на 1 или 3 часа');
    const hours = await t.core.router.handle('snoozeReminders', { subjectId: (token.value as { id: string }).id, hours: 3 });
    expect(hours.ok && (hours.value as { snoozedUntil?: string }).snoozedUntil).toBe(new Date(t.clock.now().getTime() + 3 * 3_600_000).toISOString());
  });
});
