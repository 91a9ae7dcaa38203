/**
 * Issue 10, point 11: wording and grammar rules, pinned over every text the app shows
 * (UI chrome, core messages, the kinds' steps and fields), so that a new text that
 * breaks one fails here rather than in a review.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_REFRESH_POLICY } from '../../../electron/core/providers/crpt/refresh';
import { crptRefreshedNotice } from '../../../electron/core/providers/crpt/refreshed-notice';
import { KIND_CATALOG } from '../../../shared/kinds/catalog';
import type { KindSpec } from '../../../shared/kinds/types';
import type { OrganisationView, TokenView } from '../../../shared/model/types';
import { countOf, dueDateText, spanText } from '../../../shared/reminders/texts';
import { MESSAGES, message } from '../../../shared/texts/messages';
import { uiCrpt } from '../../../shared/texts/ui-crpt';
import { uiKeychain } from '../../../shared/texts/ui-keychain';
import { uiOrgs } from '../../../shared/texts/ui-orgs';
import { uiRecords } from '../../../shared/texts/ui-records';
import { uiRu } from '../../../shared/texts/ui-ru';

const MINUTE = 60_000;
const KINDS = Object.values(KIND_CATALOG).filter((kind): kind is KindSpec => kind !== undefined);

/** Every string inside a value, with the path it was found at. */
function strings(value: unknown, at = ''): { at: string; text: string }[] {
  if (typeof value === 'string') return [{ at, text: value }];
  if (Array.isArray(value)) return value.flatMap((item, index) => strings(item, `${at}[${index}]`));
  if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => strings(item, at ? `${at}.${key}` : key));
  return [];
}

/** The Russian texts the user reads: UI chrome, core messages, the kinds' steps, fields and destinations. */
const russianTexts = [
  ...strings(uiRu, 'ui'),
  ...strings(uiCrpt.ru, 'crpt'),
  ...strings(uiRecords.ru, 'records'),
  ...strings(uiOrgs.ru, 'orgs'),
  ...strings(uiKeychain.ru, 'keychain'),
  ...Object.entries(MESSAGES).map(([code, text]) => ({ at: `message ${code}`, text: text.ru })),
  ...KINDS.flatMap((kind) =>
    strings({ steps: kind.steps, fields: kind.fields, destinations: kind.destinations, title: kind.title, summary: kind.summary }, kind.id).filter(
      (entry) => !/\.en$/.test(entry.at),
    ),
  ),
];

describe('issue 10, point 11: wording rules over every Russian text', () => {
  it('the texts were found (the walk reaches the kinds and the messages)', () => {
    expect(russianTexts.length).toBeGreaterThan(500);
    expect(russianTexts.some((entry) => entry.at.startsWith('oais.steps'))).toBe(true);
  });

  it('the Честный знак stands are «Демонстрационный контур» and «Промышленный контур» wherever they are named', () => {
    for (const label of [uiCrpt.ru.standSandbox, uiRecords.ru.edit.standSandbox]) expect(label).toMatch(/^Демонстрационный контур/);
    for (const label of [uiCrpt.ru.standProduction, uiRecords.ru.edit.standProduction]) expect(label).toMatch(/^Промышленный контур/);
    const bare = russianTexts.filter((entry) => /(Демонстрационный|Промышленный)(?! контур)/.test(entry.text));
    expect(bare).toEqual([]);
  });

  it('the v4 stands of seed 004 are mentioned where a stand address is typed', () => {
    expect(uiCrpt.ru.customBaseHint).toContain('/api/v4/true-api');
  });

  it('the automatic refresh is announced as «за 15–20 минут», the span the jittered policy really uses', () => {
    const from = DEFAULT_REFRESH_POLICY.leadMs / MINUTE;
    const to = (DEFAULT_REFRESH_POLICY.leadMs + DEFAULT_REFRESH_POLICY.jitterMs) / MINUTE;
    expect(`${from}–${to}`).toBe('15–20');
    expect(uiCrpt.ru.autoRefresh).toContain(`за ${from}–${to} минут`);
    expect(russianTexts.filter((entry) => /за 15 минут/.test(entry.text))).toEqual([]);
  });

  it('a UUID-like identifier is described in one formulation everywhere', () => {
    const described = russianTexts.filter((entry) => entry.text.includes('36 знаков'));
    expect(described.length).toBeGreaterThan(2);
    for (const entry of described) expect(entry.text, entry.at).toContain('36 знаков: цифры и буквы a–f в пяти группах через дефис');
  });

  it('the portal’s own terms name the fields: «Наименование информационной системы», «Электронная почта тех.специалиста»', () => {
    expect(uiRu.details.systemName).toBe('Наименование информационной системы');
    expect(uiRu.details.techEmail).toBe('Электронная почта тех.специалиста');
    const fieldLabels = KINDS.flatMap((kind) => kind.fields.filter((field) => field.id === 'systemName' || field.id === 'techEmail').map((field) => field.label.ru));
    expect(new Set(fieldLabels)).toEqual(new Set(['Наименование информационной системы', 'Электронная почта тех.специалиста']));
    expect(russianTexts.filter((entry) => /Имя системы|E-mail технического специалиста/.test(entry.text))).toEqual([]);
  });

  it('«во ВСЭД», never «в ВСЭД»', () => {
    expect(russianTexts.filter((entry) => /(^|[^а-яё])в ВСЭД/i.test(entry.text))).toEqual([]);
  });

  it('every counted UI text has the three Russian plural forms (1 токен, 2 токена, 5 токенов)', () => {
    const keys = russianTexts.map((entry) => entry.at);
    const counted = keys.filter((key) => key.endsWith('_one'));
    expect(counted.length).toBeGreaterThan(0);
    for (const key of counted) {
      const stem = key.slice(0, -'_one'.length);
      expect(keys, stem).toContain(`${stem}_few`);
      expect(keys, stem).toContain(`${stem}_many`);
    }
  });

  it('spans and counts in notifications agree with their number', () => {
    expect(spanText(MINUTE, 'ru')).toBe('1 минуту');
    expect(spanText(21 * MINUTE, 'ru')).toBe('21 минуту');
    expect(spanText(2 * MINUTE, 'ru')).toBe('2 минуты');
    expect(spanText(60 * MINUTE, 'ru')).toBe('1 час');
    expect(spanText(24 * 60 * MINUTE, 'ru')).toBe('1 день');
    const reminders = { ru: ['напоминание', 'напоминания', 'напоминаний'] as const, en: ['reminder', 'reminders', 'reminders'] as const };
    expect([1, 2, 5, 11, 21, 22].map((n) => countOf(n, reminders, 'ru'))).toEqual([
      '1 напоминание',
      '2 напоминания',
      '5 напоминаний',
      '11 напоминаний',
      '21 напоминание',
      '22 напоминания',
    ]);
  });

  it('a time in a notification says whose clock it is', () => {
    const at = new Date('2027-01-15T08:00:00Z');
    expect(dueDateText(at, 'crpt', 'ru')).toBe('15.01.2027 11:00 (МСК)');
    expect(dueDateText(at, 'eis', 'ru')).toBe('15.01.2027 11:00 (МСК)');
    expect(dueDateText(at, 'oais', 'ru')).toBe('15.01.2027 11:00 (по Минску)');
    expect(dueDateText(at, 'smdo', 'en')).toBe('15.01.2027 11:00 (Minsk time)');
    // Messages that carry an end time say the zone next to it.
    for (const [code, text] of Object.entries(MESSAGES)) {
      if (!text.ru.includes('{until}')) continue;
      expect(text.ru, code).toContain('{until} (МСК)');
      expect(text.en, code).toContain('{until} (Moscow time)');
    }
    const token = { label: 'СУЗ', expiresAt: at.toISOString(), settings: {} } as unknown as TokenView;
    expect(crptRefreshedNotice(token, { name: 'ООО «Ромашка»' } as OrganisationView, 'ru').body).toContain('15.01.2027 11:00 (МСК)');
    expect(message('crpt_auto_refresh_failed_body', 'ru', { place: 'x', reason: 'y', until: '15.01.2027 11:00' })).toContain('(МСК)');
  });
});
