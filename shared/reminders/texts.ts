import type { Language, TokenKindId } from '../model/types';
import { formatPortalDateTime } from '../time/portal-time';
import type { ReminderWhat } from './subject';

/**
 * The words reminders are made of. Short kind names, because they go into a
 * notification title and a tray menu line, where the catalog's full titles do not fit.
 */
const KIND_SHORT: Record<TokenKindId, Record<Language, string>> = {
  oais: { ru: 'ОАИС', en: 'OAIS' },
  tpsclient: { ru: 'TPSClient', en: 'TPSClient' },
  smdo: { ru: 'СМДО', en: 'SMDO' },
  eis: { ru: 'ЕИС', en: 'EIS' },
  crpt: { ru: 'Честный знак', en: 'Chestny ZNAK' },
};

export function kindShortName(kind: TokenKindId, language: Language): string {
  return KIND_SHORT[kind]?.[language] ?? kind;
}

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

type Forms = readonly [string, string, string];

const RU_PLURAL = new Intl.PluralRules('ru-RU');

/** Russian plural form index by the CLDR rules: 1 токен, 2 токена, 5 токенов, 21 токен, 11 токенов. */
export function pluralIndex(n: number): 0 | 1 | 2 {
  const category = RU_PLURAL.select(n);
  return category === 'one' ? 0 : category === 'few' ? 1 : 2;
}

export function countOf(n: number, forms: Record<Language, Forms>, language: Language): string {
  const index = language === 'ru' ? pluralIndex(n) : n === 1 ? 0 : 2;
  return `${n} ${forms[language][index]}`;
}

const UNIT: Record<'day' | 'hour' | 'minute', Record<Language, Forms>> = {
  day: { ru: ['день', 'дня', 'дней'], en: ['day', 'days', 'days'] },
  hour: { ru: ['час', 'часа', 'часов'], en: ['hour', 'hours', 'hours'] },
  // Accusative: a span always follows «через» or «назад» («через 1 минуту»); only the feminine минута differs.
  minute: { ru: ['минуту', 'минуты', 'минут'], en: ['minute', 'minutes', 'minutes'] },
};

/**
 * «5 дней», «1 день 4 часа», «2 часа», the same granularity as describeTimeLeft
 * (whose «осталось …» wording does not fit «истекает через …»). Rounds to the
 * nearest minute first so a moment computed as due − 5 days reads «5 дней», not «4 дня 23 часа».
 */
export function spanText(ms: number, language: Language): string {
  const span = Math.round(Math.abs(ms) / 60_000) * 60_000;
  const days = Math.floor(span / DAY_MS);
  const hours = Math.floor((span % DAY_MS) / HOUR_MS);
  const minutes = Math.max(1, Math.floor((span % HOUR_MS) / 60_000));
  if (days >= 2) return countOf(days, UNIT.day, language);
  if (days === 1) return hours === 0 ? countOf(1, UNIT.day, language) : `${countOf(1, UNIT.day, language)} ${countOf(hours, UNIT.hour, language)}`;
  if (hours >= 1) return countOf(hours, UNIT.hour, language);
  return countOf(minutes, UNIT.minute, language);
}

/**
 * All five portals show their times in UTC+3 (Minsk, and Moscow for ЕИС and
 * Честный знак), so the reminder repeats the time the user saw there, and says
 * whose clock it is: the user may sit in another zone.
 */
export function dueDateText(instant: Date, kind: TokenKindId, language: Language): string {
  const moscow = kind === 'eis' || kind === 'crpt';
  const zone = language === 'ru' ? (moscow ? 'МСК' : 'по Минску') : moscow ? 'Moscow time' : 'Minsk time';
  return `${formatPortalDateTime(instant)} (${zone})`;
}

/** «Токен TPSClient», «Сертификат подписи (Честный знак)», «Ключ СМДО». */
export function subjectNoun(what: ReminderWhat, kind: TokenKindId, language: Language): string {
  const kindName = kindShortName(kind, language);
  if (what === 'smdo-key') return language === 'ru' ? 'Ключ СМДО' : 'SMDO key';
  if (what === 'certificate') return language === 'ru' ? `Сертификат подписи (${kindName})` : `Signing certificate (${kindName})`;
  if (language === 'en') return `${kindName} token`;
  // «Токен ОАИС», but «Токен Честного знака»: the one kind name that declines.
  return kind === 'crpt' ? 'Токен Честного знака' : `Токен ${kindName}`;
}

/** Lower-case nouns for counts in a summary: «2 токена», «1 сертификат», «3 ключа СМДО». */
export const WHAT_FORMS: Record<ReminderWhat, Record<Language, Forms>> = {
  token: { ru: ['токен', 'токена', 'токенов'], en: ['token', 'tokens', 'tokens'] },
  certificate: { ru: ['сертификат', 'сертификата', 'сертификатов'], en: ['certificate', 'certificates', 'certificates'] },
  'smdo-key': { ru: ['ключ СМДО', 'ключа СМДО', 'ключей СМДО'], en: ['SMDO key', 'SMDO keys', 'SMDO keys'] },
};

export const REMINDER_FORMS: Record<Language, Forms> = {
  ru: ['напоминание', 'напоминания', 'напоминаний'],
  en: ['reminder', 'reminders', 'reminders'],
};

/** What a person does about the reminder, for the calendar event where no click opens a wizard. */
export function renewalHint(what: ReminderWhat, kind: TokenKindId, language: Language): string {
  const ru = language === 'ru';
  if (what === 'smdo-key') {
    return ru
      ? 'Сначала найдите во ВСЭД, где меняется ключ СМДО. Затем в кабинете организации на account.gov.by: «Разработчикам» → «Приложения» → приложение СМДО → «Подробнее» → «Безопасность» → «Обновить». Сразу внесите новый ключ во ВСЭД и в Токен-помощник: старый перестаёт действовать немедленно.'
      : 'First find where the ВСЭД changes the СМДО key. Then, in the organisation’s cabinet at account.gov.by: «Разработчикам» → «Приложения» → the СМДО application → «Подробнее» → «Безопасность» → «Обновить». Put the new key into the ВСЭД and Token Assistant at once: the old one stops working immediately.';
  }
  if (what === 'certificate') {
    return ru
      ? 'Закажите новый сертификат в удостоверяющем центре заранее: без действующей подписи токен не получить.'
      : 'Order a new certificate from the certification centre in good time: without a valid signature no token can be obtained.';
  }
  switch (kind) {
    case 'oais':
    case 'tpsclient':
      return ru
        ? 'Обновите токен на account.gov.by: «Разработчикам» → «Система ОАИС» → «Обновить токен». Затем внесите новый в Токен-помощник и в программу, где он используется.'
        : 'Renew the token at account.gov.by: «Разработчикам» → «Система ОАИС» → «Обновить токен». Then put the new one into Token Assistant and the program that uses it.';
    case 'eis':
      return ru
        ? 'Выдайте новый идентификатор в ЛК Заказчика ЕИС (zakupki.gov.ru): «Администрирование» → «Настройка выдачи идентификатора для использования сервисов отдачи», затем внесите его в РИС и в Токен-помощник.'
        : 'Issue a new identifier in ЛК Заказчика ЕИС (zakupki.gov.ru): «Администрирование» → «Настройка выдачи идентификатора для использования сервисов отдачи», then enter it in the РИС and Token Assistant.';
    case 'crpt':
      return ru
        ? 'Откройте Токен-помощник и получите новый токен Честного знака (нужна действующая УКЭП), или включите автоматическое обновление.'
        : 'Open Token Assistant and obtain a new Chestny ZNAK token (a valid qualified signature is needed), or turn automatic refresh on.';
    case 'smdo':
      return ru
        ? 'Откройте Токен-помощник и получите новый токен СМДО по логину и ключу, или включите автоматическое обновление.'
        : 'Open Token Assistant and obtain a new SMDO token with the login and key, or turn automatic refresh on.';
    default:
      return ru ? 'Откройте Токен-помощник и обновите токен.' : 'Open Token Assistant and renew the token.';
  }
}
