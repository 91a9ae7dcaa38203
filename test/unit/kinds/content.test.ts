import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXEMPT_SERVICE_CODES, PORTAL_URL } from '../../../shared/kinds/common-steps';
import { oais } from '../../../shared/kinds/oais';
import { tpsclient } from '../../../shared/kinds/tpsclient';
import type { FieldId, KindSpec, LocalText } from '../../../shared/kinds/types';
import { allowedPortalUrl } from '../../../shared/portals';
import { validateField } from '../../../shared/validation/fields';
import { SEEDS, normalise, seedSentences } from '../../support/seed-sentences';

const KINDS: KindSpec[] = [oais, tpsclient];
const ALL_FIELDS: FieldId[] = ['label', 'systemName', 'techEmail', 'secret', 'expiresAt', 'notes'];

/** Every piece of text a kind shows, with where it comes from, for readable failures. */
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
  for (const step of kind.steps) {
    texts.push({ where: `step ${step.id} title`, text: step.title });
    step.instructions.forEach((text, index) => texts.push({ where: `step ${step.id} instruction ${index}`, text }));
    (step.checks ?? []).forEach((text, index) => texts.push({ where: `step ${step.id} check ${index}`, text }));
    (step.warnings ?? []).forEach((text, index) => texts.push({ where: `step ${step.id} warning ${index}`, text }));
    if (step.portal) texts.push({ where: `step ${step.id} portal`, text: step.portal.label });
  }
  return texts;
}

function stepText(kind: KindSpec, stepId: string): string {
  return kindTexts(kind)
    .filter(({ where }) => where.startsWith(`step ${stepId} `))
    .map(({ text }) => text.ru)
    .join('\n');
}

const russian = (kind: KindSpec) => kindTexts(kind).map(({ text }) => text.ru);

describe.each(KINDS)('the $id wizard', (kind) => {
  it('has Russian and English for every text', () => {
    const empty = kindTexts(kind)
      .filter(({ text }) => text.ru.trim() === '' || text.en.trim() === '')
      .map(({ where }) => where);
    expect(empty).toEqual([]);
    for (const step of kind.steps) expect(step.instructions.length, step.id).toBeGreaterThan(0);
  });

  it('keeps Russian typography: no straight quotes, no spaced hyphen for a dash, no three dots', () => {
    const offending = kindTexts(kind)
      .filter(({ text }) => /"| - |\.\.\./.test(text.ru))
      .map(({ where, text }) => `${where}: ${text.ru}`);
    expect(offending).toEqual([]);
  });

  it('has unique, stable step ids', () => {
    const ids = kind.steps.map((step) => step.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
    expect(ids).toEqual(['intro', 'login', 'legal-entity', 'oais-section', 'register', 'confirm-email', 'subscribe', 'show-token', 'save', 'paste']);
  });

  it('gives every step something for the user to tick', () => {
    for (const step of kind.steps) expect(step.checks?.length ?? 0, step.id).toBeGreaterThan(0);
  });

  it('describes the six fields once each, with the agreed inputs', () => {
    expect(kind.fields.map((field) => field.id).sort()).toEqual([...ALL_FIELDS].sort());
    const byId = Object.fromEntries(kind.fields.map((field) => [field.id, field]));
    expect(byId.label).toMatchObject({ input: 'text', required: false });
    expect(byId.systemName).toMatchObject({ input: 'text', required: true });
    expect(byId.techEmail).toMatchObject({ input: 'email', required: true });
    expect(byId.secret).toMatchObject({ input: 'secret', required: true });
    expect(byId.expiresAt).toMatchObject({ input: 'portal-datetime', required: true });
    expect(byId.notes).toMatchObject({ input: 'multiline', required: false });
  });

  it('collects every field on exactly one step, and every required field somewhere', () => {
    const collected = kind.steps.flatMap((step) => step.fields ?? []);
    for (const field of kind.fields) {
      expect(collected.filter((id) => id === field.id).length, field.id).toBeLessThanOrEqual(1);
      if (field.required) expect(collected, field.id).toContain(field.id);
    }
    for (const id of collected) expect(kind.fields.map((field) => field.id)).toContain(id);
  });

  it('collects the system name and e-mail on registration, the token and its date on «Показать токен»', () => {
    const fieldsOf = (id: string) => kind.steps.find((step) => step.id === id)?.fields;
    expect(fieldsOf('register')).toEqual(['systemName', 'techEmail']);
    expect(fieldsOf('show-token')).toEqual(['secret', 'expiresAt']);
    expect(fieldsOf('save')).toEqual(['label', 'notes']);
  });

  it('links only to account.gov.by over https', () => {
    expect(kind.portalUrl).toBe(PORTAL_URL);
    const urls = [kind.portalUrl, ...kind.steps.flatMap((step) => (step.portal ? [step.portal.url] : []))];
    expect(urls.length).toBeGreaterThan(1);
    for (const url of urls) {
      const parsed = new URL(url);
      expect(parsed.protocol).toBe('https:');
      expect(parsed.hostname).toBe('account.gov.by');
      expect(allowedPortalUrl(url)).not.toBeNull();
    }
    for (const step of kind.steps) if (step.portal) expect(step.portal.label.ru).toBe('Открыть account.gov.by');
  });

  it('is obtained by hand in Belarus and says where the token goes', () => {
    expect(kind.country).toBe('BY');
    expect(kind.acquisition).toBe('manual');
    expect(kind.destinations.length).toBeGreaterThan(0);
  });

  it('walks through the portal procedure with its labels as the portal spells them', () => {
    const all = russian(kind).join('\n');
    for (const label of [
      '«Электронная цифровая подпись»',
      '«ID-карта»',
      'политику обработки персональных данных',
      'профиль юридического лица',
      '«Разработчикам»',
      '«Система ОАИС»',
      '«Регистрация системы»',
      '«Наименование информационной системы»',
      '«Описание»',
      '«Электронная почта тех.специалиста»',
      '«Изменить почту»',
      '«Подтвердить почту»',
      '«Добавить подписку»',
      '«Показать токен»',
      '«Дата окончания токена»',
      '«Обновить токен»',
      'ИСЗЛ',
      '10, 5 и 3 дня',
      '«Директор»',
      '«Суперпользователь»',
    ]) {
      expect(all, label).toContain(label);
    }
    expect(all).toMatch(/«Зарегистрировать систему»|«Создать систему»/);
  });

  it('tells the user to ask someone who holds one of the roles when «Регистрация системы» is missing (the seeds do not say who assigns roles)', () => {
    expect(stepText(kind, 'oais-section')).toMatch(/Нет кнопки «Регистрация системы».*пользователя с одной из этих ролей/s);
    expect(stepText(kind, 'oais-section')).not.toMatch(/директора назначить/);
  });
});

describe('the oais wizard', () => {
  it('names every service exempt from registration, on its first step', () => {
    const first = stepText(oais, oais.steps[0]?.id ?? '');
    for (const code of EXEMPT_SERVICE_CODES) expect(first, code).toContain(code);
    expect(oais.steps[0]?.warnings?.some((warning) => EXEMPT_SERVICE_CODES.every((code) => warning.ru.includes(code)))).toBe(true);
  });

  it('names all eight exempt services from the official instruction', () => {
    expect([...EXEMPT_SERVICE_CODES]).toEqual(['3.40.01/1', '3.40.01/2', '3.40.08', '3.57.01', '3.57.02', '3.60.02', '3.61.01', '3.61.03']);
  });

  it('lets the portal fix the lifetime and mentions the e-mail warnings', () => {
    expect(oais.lifetime.months).toBeUndefined();
    expect(oais.lifetime.note.ru).toContain('10, 5 и 3 дня');
    expect(oais.lifetime.note.ru).toContain('«Дата окончания токена»');
  });

  it('includes «Уполномоченное лицо» among the roles that may register', () => {
    expect(stepText(oais, 'oais-section')).toContain('«Уполномоченное лицо»');
  });

  it('reminds that every information system must be registered, one wizard run each', () => {
    expect(russian(oais).join('\n')).toMatch(/каждую информационную систему/);
  });

  it('has a system name without a fixed value', () => {
    const systemName = oais.fields.find((field) => field.id === 'systemName');
    expect(systemName?.suggestedValue).toBeUndefined();
    expect(validateField(oais, 'systemName', systemName?.placeholder ?? '', new Date())).toBeNull();
  });
});

describe('the tpsclient wizard', () => {
  it('prefills the system name TPSClient, which the validator accepts', () => {
    const systemName = tpsclient.fields.find((field) => field.id === 'systemName');
    expect(systemName?.suggestedValue).toBe('TPSClient');
    expect(validateField(tpsclient, 'systemName', systemName?.suggestedValue ?? '', new Date())).toBeNull();
  });

  it('warns about the capital-I look-alike in the official instruction', () => {
    expect(stepText(tpsclient, 'register')).toContain('TPSCIient');
  });

  it('lives 3 months and says so', () => {
    expect(tpsclient.lifetime.months).toBe(3);
    expect(tpsclient.lifetime.note.ru).toContain('3 месяца');
    expect(stepText(tpsclient, 'intro')).toContain('3 месяца');
  });

  it('reserves registration and renewal for the director or a superuser', () => {
    expect(stepText(tpsclient, 'oais-section')).toContain('«Директор» или «Суперпользователь»');
    expect(stepText(tpsclient, 'oais-section')).not.toContain('Уполномоченное лицо');
  });

  it('says where the token goes in TPSClient and Декларант, after it is saved, and how to renew it', () => {
    const programs = tpsclient.destinations.map((destination) => destination.program).join(' ');
    for (const program of ['TPSClient', 'Декларант-2011', 'Декларант-Стат']) expect(programs).toContain(program);
    const paste = stepText(tpsclient, 'paste');
    for (const part of ['«Настройка» → «Параметры»', '«Сохранить»', '«Пользователи» → «Личные настройки»', '«Обновить токен»', 'справа от TPSClient']) {
      expect(paste, part).toContain(part);
    }
  });

  it('subscribes to one customs service, which brings all of them', () => {
    expect(stepText(tpsclient, 'subscribe')).toMatch(/одну.*все услуги таможенного декларирования/s);
  });
});

// ---------------------------------------------------------------- paraphrase, not paste

describe('the wizards paraphrase the official instructions', () => {
  it('copies no seed sentence longer than 60 characters into Russian text', (ctx) => {
    if (!existsSync(SEEDS)) {
      ctx.skip(`the seeds folder ${SEEDS} is missing, so there is nothing to compare with`);
    }
    const files = readdirSync(SEEDS).filter((name) => /^00[01]_.*\.txt$/.test(name));
    expect(files).toHaveLength(2);
    const sentences = files.flatMap((name) => seedSentences(readFileSync(path.join(SEEDS, name), 'utf8')));
    expect(sentences.length).toBeGreaterThan(20);

    const copied: string[] = [];
    for (const kind of KINDS) {
      for (const { where, text } of kindTexts(kind)) {
        const ru = normalise(text.ru);
        for (const sentence of sentences) if (ru.includes(sentence)) copied.push(`${kind.id} ${where}: ${sentence}`);
      }
    }
    expect(copied).toEqual([]);
  });
});
