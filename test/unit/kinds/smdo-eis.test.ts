import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { KIND_CATALOG, getKind, saveStepIndex } from '../../../shared/kinds/catalog';
import { PORTAL_URL } from '../../../shared/kinds/common-steps';
import { EIS_CHECK_STEP_ID, EIS_PORTAL_URL, eis, validateEisIdentifier } from '../../../shared/kinds/eis';
import { eisAdminLetter } from '../../../shared/kinds/eis-admin-letter';
import {
  SMDO_CHECK_STEP_ID,
  SMDO_KEY_DATE_MAX_AGE_YEARS,
  SMDO_KEY_ROTATION_MONTHS,
  SMDO_SUBSCRIPTIONS,
  SMDO_TOKEN_LIFETIME_SECONDS,
  smdo,
  smdoKeyRotationChecklist,
  smdoKeyRotationDueAt,
  smdoKeyUpdatedAt,
  validateSmdoCredential,
} from '../../../shared/kinds/smdo';
import type { FieldId, KindSpec, LocalText, WizardStep } from '../../../shared/kinds/types';
import { allowedPortalUrl } from '../../../shared/portals';
import { formatPortalDate, parsePortalDateTime } from '../../../shared/time/portal-time';
import { uiOrgs } from '../../../shared/texts/ui-orgs';
import { validateField } from '../../../shared/validation/fields';
import { SEEDS, normalise, seedSentences } from '../../support/seed-sentences';

/** Every piece of text of a list of steps, with where it comes from, for readable failures. */
function stepTexts(steps: WizardStep[]): { where: string; text: LocalText }[] {
  const texts: { where: string; text: LocalText }[] = [];
  for (const step of steps) {
    texts.push({ where: `step ${step.id} title`, text: step.title });
    step.instructions.forEach((text, index) => texts.push({ where: `step ${step.id} instruction ${index}`, text }));
    (step.checks ?? []).forEach((text, index) => texts.push({ where: `step ${step.id} check ${index}`, text }));
    (step.warnings ?? []).forEach((text, index) => texts.push({ where: `step ${step.id} warning ${index}`, text }));
    if (step.portal) texts.push({ where: `step ${step.id} portal`, text: step.portal.label });
  }
  return texts;
}

function kindTexts(kind: KindSpec): { where: string; text: LocalText }[] {
  const texts: { where: string; text: LocalText }[] = [
    { where: 'title', text: kind.title },
    { where: 'summary', text: kind.summary },
    { where: 'lifetime.note', text: kind.lifetime.note },
    ...kind.destinations.map((destination) => ({ where: `destination ${destination.program}`, text: destination.where })),
  ];
  for (const field of kind.fields) {
    texts.push({ where: `field ${field.id} label`, text: field.label });
    if (field.hint) texts.push({ where: `field ${field.id} hint`, text: field.hint });
  }
  return [...texts, ...stepTexts(kind.steps)];
}

const ROTATION: KindSpec = { ...smdo, id: 'smdo', steps: smdoKeyRotationChecklist };

function stepText(steps: WizardStep[], stepId: string): string {
  return stepTexts(steps)
    .filter(({ where }) => where.startsWith(`step ${stepId} `))
    .map(({ text }) => text.ru)
    .join('\n');
}

const allRussian = (steps: WizardStep[], kind?: KindSpec) => (kind ? kindTexts(kind) : stepTexts(steps)).map(({ text }) => text.ru).join('\n');

const NOW = new Date('2026-11-22T09:00:00Z');

describe.each([
  { name: 'smdo', kind: smdo, texts: kindTexts(smdo), steps: smdo.steps },
  { name: 'eis', kind: eis, texts: kindTexts(eis), steps: eis.steps },
  { name: 'smdo key rotation', kind: ROTATION, texts: stepTexts(smdoKeyRotationChecklist), steps: smdoKeyRotationChecklist },
])('the $name wizard', ({ texts, steps, kind }) => {
  it('has Russian and English for every text', () => {
    const empty = texts.filter(({ text }) => text.ru.trim() === '' || text.en.trim() === '').map(({ where }) => where);
    expect(empty).toEqual([]);
    for (const step of steps) expect(step.instructions.length, step.id).toBeGreaterThan(0);
  });

  it('keeps Russian typography: no straight quotes, no spaced hyphen for a dash, no three dots', () => {
    const offending = texts.filter(({ text }) => /"| - |\.\.\./.test(text.ru)).map(({ where, text }) => `${where}: ${text.ru}`);
    expect(offending).toEqual([]);
  });

  it('has unique, stable step ids and something to tick on every step', () => {
    const ids = steps.map((step) => step.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
    for (const step of steps) expect(step.checks?.length ?? 0, step.id).toBeGreaterThan(0);
  });

  it('collects only fields the kind describes, each on one step at most, and every required field somewhere', () => {
    const collected = steps.flatMap((step) => step.fields ?? []);
    for (const id of collected) expect(kind.fields.map((field) => field.id)).toContain(id);
    for (const field of kind.fields) expect(collected.filter((id) => id === field.id).length, field.id).toBeLessThanOrEqual(1);
  });

  it('links only to allowed official portals over https, with the portal’s name on the button', () => {
    for (const step of steps) {
      if (!step.portal) continue;
      expect(allowedPortalUrl(step.portal.url), step.id).not.toBeNull();
      expect(step.portal.label.ru).toBe(`Открыть ${new URL(step.portal.url).hostname}`);
    }
  });
});

describe('the kind catalog with smdo and eis', () => {
  it('registers both kinds under their own ids', () => {
    expect(KIND_CATALOG.smdo).toBe(smdo);
    expect(KIND_CATALOG.eis).toBe(eis);
    expect(getKind('smdo')?.id).toBe('smdo');
    expect(getKind('eis')?.id).toBe('eis');
  });

  it.each([smdo, eis])('$id saves after the secret is typed and before the destination step', (kind) => {
    const ids = kind.steps.map((step) => step.id);
    expect(kind.steps[saveStepIndex(kind)]?.id).toBe('save');
    expect(kind.steps.at(-1)?.fields ?? []).toEqual([]);
    expect(saveStepIndex(kind)).toBe(ids.length - 2);
  });
});

describe('the smdo wizard', () => {
  const all = allRussian(smdo.steps, smdo);

  it('is fetched automatically in Belarus from account.gov.by and lives one hour', () => {
    expect(smdo.country).toBe('BY');
    expect(smdo.acquisition).toBe('automatic');
    expect(smdo.portalUrl).toBe(PORTAL_URL);
    expect(smdo.lifetime.seconds).toBe(3600);
    expect(SMDO_TOKEN_LIFETIME_SECONDS).toBe(3600);
    expect(smdo.lifetime.months).toBeUndefined();
    expect(smdo.lifetime.note.ru).toContain('1 час');
    expect(smdo.lifetime.note.ru).toContain('3 месяца');
  });

  it('walks the agreed steps', () => {
    expect(smdo.steps.map((step) => step.id)).toEqual(['intro', 'login', 'legal-entity', 'application', 'credentials', 'check', 'save', 'paste']);
    expect(SMDO_CHECK_STEP_ID).toBe('check');
  });

  it('collects login and key on «Безопасность», label and notes on saving, and keeps the token URL out of the fields', () => {
    const byId = Object.fromEntries(smdo.fields.map((field) => [field.id, field]));
    expect(smdo.fields.map((field) => field.id).sort()).toEqual((['key', 'label', 'login', 'notes'] as FieldId[]).sort());
    expect(byId.login).toMatchObject({ input: 'text', required: true });
    expect(byId.key).toMatchObject({ input: 'secret', required: true });
    expect(byId.label).toMatchObject({ input: 'text', required: false });
    expect(byId.notes).toMatchObject({ input: 'multiline', required: false });
    const fieldsOf = (id: string) => smdo.steps.find((step) => step.id === id)?.fields;
    expect(fieldsOf('credentials')).toEqual(['login', 'key']);
    expect(fieldsOf('save')).toEqual(['label', 'notes']);
    expect(fieldsOf('check')).toBeUndefined();
  });

  it('says the СМДО operator creates the application and lists the six subscriptions on the first step', () => {
    const intro = stepText(smdo.steps, 'intro');
    expect(intro).toMatch(/оператор СМДО/);
    expect(SMDO_SUBSCRIPTIONS).toHaveLength(6);
    for (const subscription of SMDO_SUBSCRIPTIONS) expect(intro).toContain(subscription.ru);
    expect(intro).toContain('шесть подписок');
  });

  it('uses the portal’s labels for the way to the login and key', () => {
    for (const label of [
      '«Разработчикам»',
      '«Приложения»',
      '«Подробнее»',
      '«Безопасность»',
      '«логин»',
      '«ключ»',
      '«Проверить»',
      'ВСЭД',
      '«Электронная цифровая подпись»',
      '«ID-карта»',
    ]) {
      expect(all, label).toContain(label);
    }
  });

  it('warns on the credentials step not to press «Обновить»', () => {
    expect(stepText(smdo.steps, 'credentials')).toMatch(/Не нажимайте здесь «Обновить».*перестанет действовать/s);
  });

  it('explains a wrong key on the check step and points to the request’s documentation', () => {
    const check = stepText(smdo.steps, 'check');
    expect(check).toContain('«Проверить»');
    expect(check).toMatch(/ключ уже обновляли/);
    expect(check).toContain('«Документация»');
  });

  it('says where the login and key go and reminds of the rotation', () => {
    expect(smdo.destinations.map((destination) => destination.program).join(' ')).toContain('ВСЭД');
    const paste = stepText(smdo.steps, 'paste');
    expect(paste).toContain('ВСЭД');
    expect(paste).toMatch(/разработчика ВСЭД/);
    expect(paste).toContain('3 месяца');
  });

  it('names this program «Токен-помощник» and keeps «приложение» for the СМДО application on the portal', () => {
    const everything = `${all}\n${allRussian(smdoKeyRotationChecklist)}\n${Object.values(uiOrgs.ru.smdo).join('\n')}`;
    // What this program does, said of «приложение», would read as the СМДО application doing it.
    const confusing = everything
      .split('\n')
      .filter((line) =>
        /[Пп]риложение (хранит|проверит|покажет|отправит|получит|получило|напомнит)|приложение получает|в приложени[еи]\b|из приложения\b|настройках приложения|окно приложения на портале/.test(
          line,
        ),
      );
    expect(confusing).toEqual([]);
    for (const stepId of ['intro', 'check', 'save', 'paste']) expect(stepText(smdo.steps, stepId), stepId).toContain('Токен-помощник');
    expect(stepText(smdoKeyRotationChecklist, 'new-key')).toContain('Токен-помощник');
  });

  it('asks for the СМДО server address on the credentials step and says /token is added, not that it is in the settings', () => {
    expect(stepText(smdo.steps, 'credentials')).toMatch(/«Адрес сервера СМДО».*\/token Токен-помощник допишет сам/s);
    expect(uiOrgs.ru.smdo.tokenUrl).toBe('Адрес сервера СМДО');
    expect(uiOrgs.ru.smdo.tokenUrlHint).toContain('https://‹адрес сервера СМДО›');
    expect(uiOrgs.ru.smdo.tokenUrlHint).toContain('/token Токен-помощник допишет сам');
    const check = stepText(smdo.steps, 'check');
    expect(check).not.toMatch(/в настройках/);
    expect(check).toContain('на шаге «Логин и ключ»');
    expect(smdo.steps.find((step) => step.id === 'credentials')?.title.ru).toBe('Логин и ключ');
    for (const text of [...Object.values(uiOrgs.ru.smdo), ...Object.values(uiOrgs.en.smdo)]) expect(text).not.toMatch(/сервер-СМДО|smdo-server/);
  });

  it('recommends replacing the key at least every 3 months, as the instruction does, rather than setting a deadline', () => {
    const everything = `${all}\n${allRussian(smdoKeyRotationChecklist)}\n${uiOrgs.ru.smdo.rotated}\n${uiOrgs.ru.smdo.keySetAt}`;
    expect(everything).not.toMatch(/не позже|советуют/);
    expect(smdo.lifetime.note.ru).toContain('рекомендуется менять не реже раза в 3 месяца');
    expect(stepText(smdo.steps, 'paste')).toContain('рекомендуется менять не реже раза в 3 месяца');
    expect(stepText(smdoKeyRotationChecklist, 'new-key')).toContain('рекомендуется менять не реже раза в 3 месяца');
    expect(uiOrgs.ru.smdo.rotated).toContain('рекомендуется');
    expect(uiOrgs.ru.smdo.keySetAt).toContain('рекомендуется');
  });
});

describe('the day the smdo key was last updated on the portal', () => {
  // NOW is 2026-11-22 12:00 in Minsk.
  it('reads ДД.ММ.ГГГГ as noon of that day in Minsk, whatever time came with it', () => {
    expect(smdoKeyUpdatedAt('22.09.2026', NOW)).toEqual({ instant: new Date('2026-09-22T09:00:00Z') });
    expect(smdoKeyUpdatedAt(' 1.9.2026 ', NOW)).toEqual({ instant: new Date('2026-09-01T09:00:00Z') });
    expect(smdoKeyUpdatedAt('22.09.2026 23:30', NOW)).toEqual({ instant: new Date('2026-09-22T09:00:00Z') });
    // Noon in Minsk is the same calendar day from UTC−9 to UTC+14.
    expect(new Date('2026-09-22T09:00:00Z').toLocaleDateString('en-GB', { timeZone: 'Pacific/Kiritimati' })).toBe('22/09/2026');
    expect(new Date('2026-09-22T09:00:00Z').toLocaleDateString('en-GB', { timeZone: 'America/Anchorage' })).toBe('22/09/2026');
  });

  it('never gives an instant in the future: today before noon is now', () => {
    const morning = new Date('2026-11-22T05:30:00Z'); // 08:30 in Minsk
    expect(smdoKeyUpdatedAt('22.11.2026', morning)).toEqual({ instant: morning });
    expect(smdoKeyUpdatedAt('22.11.2026', NOW)).toEqual({ instant: NOW });
    // Just after midnight in Minsk the new day has come, although it is still the day before in UTC.
    const afterMidnight = new Date('2026-11-22T21:05:00Z');
    expect(formatPortalDate(afterMidnight)).toBe('23.11.2026');
    expect(smdoKeyUpdatedAt('23.11.2026', afterMidnight)).toEqual({ instant: afterMidnight });
  });

  it('refuses what is no date, no such day, a day to come or one more than five years back, on the keyUpdatedOn field', () => {
    expect(SMDO_KEY_DATE_MAX_AGE_YEARS).toBe(5);
    expect(smdoKeyUpdatedAt('вчера', NOW)).toEqual({ field: 'keyUpdatedOn', code: 'smdo_key_date_format' });
    expect(smdoKeyUpdatedAt('2026-09-22', NOW)).toEqual({ field: 'keyUpdatedOn', code: 'smdo_key_date_format' });
    expect(smdoKeyUpdatedAt('29.02.2026', NOW)).toEqual({ field: 'keyUpdatedOn', code: 'smdo_key_date_invalid' });
    expect(smdoKeyUpdatedAt('23.11.2026', NOW)).toEqual({ field: 'keyUpdatedOn', code: 'smdo_key_date_future' });
    expect(smdoKeyUpdatedAt('21.11.2021', NOW)).toEqual({ field: 'keyUpdatedOn', code: 'smdo_key_date_too_old', params: { years: '5' } });
    expect(smdoKeyUpdatedAt('22.11.2021', NOW)).toEqual({ instant: new Date('2021-11-22T09:00:00Z') });
  });

  it('asks for it on the screen as an optional field, saying what an empty one means and offering «just now»', () => {
    const texts = uiOrgs.ru.smdo;
    expect(texts.keyUpdatedOn).toBe('Когда ключ последний раз обновлялся на портале');
    expect(texts.keyUpdatedOnHint).toMatch(/^Необязательно\. ДД\.ММ\.ГГГГ/);
    expect(texts.keyUpdatedOnHint).toContain('оставьте поле пустым: Токен-помощник будет считать от сегодняшнего дня');
    expect(texts.keyJustUpdated).toBe('Ключ только что получен или обновлён');
    expect(texts.keyOverdue).toContain('«Пора сменить ключ»');
    expect(texts.keyOverdue).toContain('рекомендуется не реже раза в 3 месяца');
    for (const key of ['keyUpdatedOn', 'keyUpdatedOnHint', 'keyJustUpdated', 'keyOverdueTitle', 'keyOverdue'] as const) {
      expect(uiOrgs.en.smdo[key].trim(), key).not.toBe('');
      expect(texts[key], key).not.toMatch(/"| - |\.\.\./);
    }
  });
});

describe('the smdo key rotation checklist', () => {
  it('has three steps in a safe order', () => {
    expect(smdoKeyRotationChecklist.map((step) => step.id)).toEqual(['find-setting', 'rotate', 'new-key']);
  });

  it('first makes the user find where the ВСЭД takes the key, with the advice to ask its developer, and a tick to confirm', () => {
    const first = smdoKeyRotationChecklist[0];
    expect(first?.checks?.[0]?.ru).toMatch(/^Я нашёл\(ла\), где во ВСЭД заменяется ключ/);
    expect(stepText(smdoKeyRotationChecklist, 'find-setting')).toMatch(/разработчика ВСЭД или организацию, которая её сопровождает/);
    expect(first?.fields).toBeUndefined();
  });

  it('then presses «Обновить», warning that the old key dies at once and cannot come back', () => {
    const rotate = stepText(smdoKeyRotationChecklist, 'rotate');
    expect(rotate).toContain('«Обновить»');
    expect(rotate).toContain('«Безопасность»');
    expect(rotate).toMatch(/Вернуть прежний ключ нельзя/);
    expect(rotate).toMatch(/ВСЭД не работает с СМДО/);
    expect(smdoKeyRotationChecklist[1]?.portal?.url).toBe(PORTAL_URL);
  });

  it('finally takes the new key into the app and the ВСЭД at once, and records the date', () => {
    const last = smdoKeyRotationChecklist[2];
    expect(last?.fields).toEqual(['key']);
    const text = stepText(smdoKeyRotationChecklist, 'new-key');
    expect(text).toMatch(/Сразу же/);
    expect(text).toContain('запишет дату смены');
  });

  it('has the new key saved (and checked) first, and only then the ВСЭД items ticked', () => {
    const last = smdoKeyRotationChecklist[2];
    const [first, ...rest] = last?.instructions.map((line) => line.ru) ?? [];
    // The button the screen shows is named as the screen names it, and comes before anything about the ВСЭД.
    expect(first).toContain(`«${uiOrgs.ru.smdo.rotateSave}»`);
    expect(first).toMatch(/проверит/);
    expect(first).not.toContain('ВСЭД');
    expect(rest.join(' ')).toContain('ВСЭД');
    expect(last?.checks?.map((check) => check.ru)).toEqual(['Новый ключ внесён во ВСЭД и сохранён', 'ВСЭД снова работает с СМДО']);
    expect(uiOrgs.ru.smdo.rotateSaveFirst).toMatch(/^Сначала сохраните новый ключ/);
  });

  it('is due again 3 months after a rotation', () => {
    expect(SMDO_KEY_ROTATION_MONTHS).toBe(3);
    expect(smdoKeyRotationDueAt(new Date('2026-11-30T10:00:00Z')).toISOString()).toBe('2027-02-28T10:00:00.000Z');
  });
});

describe('validation of the smdo login and key', () => {
  it.each([
    ['login', 'AbC123_xyz', null],
    ['login', '  padded-login  ', null],
    ['login', '', 'required'],
    ['login', 'with space', 'smdo_login_format'],
    ['login', 'has:colon', 'smdo_login_format'],
    ['login', 'x'.repeat(257), 'smdo_login_format'],
    ['key', 'f3K9_aQ1pL0', null],
    ['key', ' «f3K9_aQ1pL0» ', null],
    ['key', 'short', 'smdo_key_format'],
    ['key', 'has a space inside', 'smdo_key_format'],
    ['key', '', 'required'],
  ] as const)('%s %j → %s', (field, value, code) => {
    expect(validateSmdoCredential(field, value)?.code ?? null).toBe(code);
  });
});

describe('the eis wizard', () => {
  const all = allRussian(eis.steps, eis);

  it('is obtained by hand in Russia on zakupki.gov.ru', () => {
    expect(eis.country).toBe('RU');
    expect(eis.acquisition).toBe('manual');
    expect(eis.portalUrl).toBe(EIS_PORTAL_URL);
    expect(allowedPortalUrl(eis.portalUrl)).not.toBeNull();
  });

  it('walks the two sides: the administrator in ЛК Заказчика, then the РИС', () => {
    expect(eis.steps.map((step) => step.id)).toEqual(['intro', 'issue', 'identifier', 'save', 'ris']);
    expect(EIS_CHECK_STEP_ID).toBe('identifier');
    const fieldsOf = (id: string) => eis.steps.find((step) => step.id === id)?.fields;
    expect(fieldsOf('identifier')).toEqual(['secret', 'expiresAt']);
    expect(fieldsOf('save')).toEqual(['label', 'notes']);
  });

  it('describes the identifier and its validity with the agreed inputs', () => {
    const byId = Object.fromEntries(eis.fields.map((field) => [field.id, field]));
    expect(eis.fields.map((field) => field.id).sort()).toEqual((['expiresAt', 'label', 'notes', 'secret'] as FieldId[]).sort());
    expect(byId.secret).toMatchObject({ input: 'secret', required: true, label: { ru: 'Идентификатор' } });
    expect(byId.expiresAt).toMatchObject({ input: 'portal-datetime', required: true, label: { ru: 'Срок действия' }, placeholder: 'ДД.ММ.ГГГГ' });
  });

  it('uses the labels of ЛК Заказчика and of the РИС as they are spelled', () => {
    for (const label of [
      '«Администрирование»',
      '«Настройка выдачи идентификатора для использования сервисов отдачи»',
      '«Доступ к использованию сервисов отдачи»',
      '«Разрешить использование сервисов отдачи»',
      '«Сохранить»',
      '«Настройка взаимодействия с сервисами ЕИС»',
      '«Сервисы РИС»',
      '«Токен для использования сервисов отдачи»',
      '«Идентификатор»',
      '«Срок действия»',
      'individualPerson_token',
    ]) {
      expect(all, label).toContain(label);
    }
  });

  it('asks for the longest validity and for the administrator’s account', () => {
    expect(stepText(eis.steps, 'issue')).toMatch(/самый длинный/);
    expect(stepText(eis.steps, 'issue')).toMatch(/администратора организации/);
  });

  it('offers the letter to the РИС administrator and keeps the identifier out of it', () => {
    expect(stepText(eis.steps, 'ris')).toMatch(/подготовит ему письмо.*защищённым способом/s);
  });

  it('lets the administrator choose the validity: no fixed months, no invented cap, a date without time, Moscow time', () => {
    expect(eis.lifetime.months).toBeUndefined();
    expect(validateField(eis, 'expiresAt', '31.12.2028', NOW)).toBeNull();
    expect(validateField(eis, 'expiresAt', '01.11.2031', NOW)).toBeNull();
    expect(validateField(eis, 'expiresAt', '31.12.2032', NOW)).toBeNull();
    expect(validateField(eis, 'expiresAt', '01.01.2026', NOW)?.code).toBe('eis_date_in_past');
    expect(validateField(eis, 'expiresAt', '2027-12-31', NOW)?.code).toBe('eis_date_format');
    expect(validateField(eis, 'expiresAt', '31.02.2027', NOW)?.code).toBe('eis_date_invalid');
    const parsed = parsePortalDateTime('31.12.2027');
    expect(parsed.ok && parsed.instant.toISOString()).toBe('2027-12-30T21:00:00.000Z');
  });

  it('accepts an identifier of 8 to 512 printable characters without spaces', () => {
    expect(validateEisIdentifier('0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0')).toBeNull();
    expect(validateEisIdentifier('  AbcDef12345  ')).toBeNull();
    expect(validateEisIdentifier('x'.repeat(512))).toBeNull();
    expect(validateEisIdentifier('')?.code).toBe('required');
    expect(validateEisIdentifier('short')?.code).toBe('eis_identifier_format');
    expect(validateEisIdentifier('x'.repeat(513))?.code).toBe('eis_identifier_format');
    expect(validateEisIdentifier('two words here')?.code).toBe('eis_identifier_format');
    expect(validateEisIdentifier('tab\tinside1')?.code).toBe('eis_identifier_format');
    expect(validateEisIdentifier('zero\u200Bwidth12')?.code).toBe('eis_identifier_format');
  });
});

describe('the letter to the РИС administrator', () => {
  const base = {
    organisationName: 'ООО «Ромашка»',
    identifier: 'A1b2C3d4E5f6-secret-identifier',
    validUntil: '2027-12-30T21:00:00.000Z',
    language: 'ru' as const,
  };

  it('by default names the path and the date but not the identifier, which goes separately', () => {
    const letter = eisAdminLetter({ ...base, includeIdentifier: false });
    expect(letter.subject).toBe('Идентификатор для сервисов отдачи ЕИС: ООО «Ромашка»');
    expect(letter.body).not.toContain(base.identifier);
    expect(letter.text).not.toContain(base.identifier);
    expect(letter.body).toContain('31.12.2027');
    expect(letter.body).toMatch(/отдельно, защищённым способом/);
    for (const label of [
      '«Настройка взаимодействия с сервисами ЕИС»',
      '«Сервисы РИС»',
      '«Токен для использования сервисов отдачи»',
      '«Разрешить использование сервисов отдачи»',
      '«Идентификатор»',
      '«Срок действия»',
      '«Сохранить»',
    ]) {
      expect(letter.body, label).toContain(label);
    }
    expect(letter.text.startsWith(`Тема: ${letter.subject}\n\n`)).toBe(true);
  });

  it('includes the identifier only when asked, under a warning', () => {
    const letter = eisAdminLetter({ ...base, includeIdentifier: true });
    expect(letter.body).toContain(`Идентификатор: ${base.identifier}`);
    expect(letter.body).toMatch(/Внимание: в письме указан идентификатор/);
    expect(letter.body).not.toMatch(/передам отдельно/);
  });

  it('refuses to include an identifier it was not given', () => {
    expect(() => eisAdminLetter({ ...base, identifier: '  ', includeIdentifier: true })).toThrow(TypeError);
  });

  it('keeps the subject on one line whatever the organisation name holds', () => {
    const letter = eisAdminLetter({ ...base, organisationName: 'ООО\r\nBcc: evil@example.com', includeIdentifier: false });
    expect(letter.subject).not.toMatch(/[\r\n]/);
  });

  it('takes a Date too, and writes English', () => {
    const letter = eisAdminLetter({ ...base, validUntil: new Date('2027-12-30T21:00:00Z'), language: 'en', includeIdentifier: false });
    expect(letter.subject).toBe('ЕИС data services identifier: ООО «Ромашка»');
    expect(letter.body).toContain('31.12.2027');
    expect(letter.text.startsWith('Subject: ')).toBe(true);
  });
});

// ---------------------------------------------------------------- paraphrase, not paste

describe('the smdo and eis wizards paraphrase the official instructions', () => {
  it('copy no seed sentence longer than 60 characters into Russian text', (ctx) => {
    if (!existsSync(SEEDS)) ctx.skip(`the seeds folder ${SEEDS} is missing, so there is nothing to compare with`);
    const files = readdirSync(SEEDS).filter((name) => /^00[23]_.*\.txt$/.test(name));
    expect(files).toHaveLength(2);
    const sentences = files.flatMap((name) => seedSentences(readFileSync(path.join(SEEDS, name), 'utf8')));
    expect(sentences.length).toBeGreaterThan(10);

    const letter = eisAdminLetter({ organisationName: 'ООО «Ромашка»', validUntil: '2027-12-30T21:00:00.000Z', language: 'ru', includeIdentifier: false });
    const everything = [
      ...kindTexts(smdo).map((entry) => ({ where: `smdo ${entry.where}`, ru: entry.text.ru })),
      ...kindTexts(eis).map((entry) => ({ where: `eis ${entry.where}`, ru: entry.text.ru })),
      ...stepTexts(smdoKeyRotationChecklist).map((entry) => ({ where: `rotation ${entry.where}`, ru: entry.text.ru })),
      { where: 'letter', ru: letter.body },
    ];
    const copied: string[] = [];
    for (const { where, ru } of everything) {
      const text = normalise(ru);
      for (const sentence of sentences) if (text.includes(sentence)) copied.push(`${where}: ${sentence}`);
    }
    expect(copied).toEqual([]);
  });
});
