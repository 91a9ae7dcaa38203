import type { Language } from './types';

export type Urgency = 'expired' | 'soon' | 'ok' | 'none';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

export interface UrgencyInfo {
  state: Urgency;
  /** Milliseconds until expiry; negative once expired; null when the token does not expire. */
  msLeft: number | null;
}

export function urgencyOf(expiresAt: string | null, now: Date, soonThresholdDays: number): UrgencyInfo {
  if (expiresAt === null) return { state: 'none', msLeft: null };
  const msLeft = Date.parse(expiresAt) - now.getTime();
  if (msLeft <= 0) return { state: 'expired', msLeft };
  return { state: msLeft < soonThresholdDays * DAY_MS ? 'soon' : 'ok', msLeft };
}

const URGENCY_ORDER: Record<Urgency, number> = { expired: 0, soon: 1, ok: 2, none: 3 };

export function urgencyRank(state: Urgency): number {
  return URGENCY_ORDER[state];
}

const RU_PLURAL = new Intl.PluralRules('ru-RU');

/** The CLDR plural category picks the form: 1 день, 2 дня, 5 дней, 21 день, 11 дней. */
function plural(n: number, forms: readonly [string, string, string]): string {
  const category = RU_PLURAL.select(n);
  return category === 'one' ? forms[0] : category === 'few' ? forms[1] : forms[2];
}

/** «остался 1 день», «осталась 1 минута», «осталось 2 дня»: the verb agrees with the first count. */
function remainedVerb(parts: string): string {
  const match = /^(\d+) (\S+)/.exec(parts);
  if (!match || RU_PLURAL.select(Number(match[1])) !== 'one') return 'осталось';
  return match[2] === 'минута' ? 'осталась' : 'остался';
}

const UNITS = {
  ru: { day: ['день', 'дня', 'дней'], hour: ['час', 'часа', 'часов'], minute: ['минута', 'минуты', 'минут'] },
  en: { day: ['day', 'days', 'days'], hour: ['hour', 'hours', 'hours'], minute: ['minute', 'minutes', 'minutes'] },
} as const;

/** «истёк 1 минуту назад»: after «назад» Russian wants the accusative, which differs only for the feminine «минута». */
const RU_MINUTE_ACCUSATIVE = ['минуту', 'минуты', 'минут'] as const;

function amount(n: number, unit: 'day' | 'hour' | 'minute', language: Language, accusative = false): string {
  const forms = accusative && language === 'ru' && unit === 'minute' ? RU_MINUTE_ACCUSATIVE : UNITS[language][unit];
  return `${n} ${language === 'ru' ? plural(n, forms) : n === 1 ? forms[0] : forms[1]}`;
}

/** «4 дня», «1 день 3 часа», «5 минут» (accusative: «1 минуту», for «… назад»). */
export function spanOfTime(ms: number, language: Language, accusative = false): string {
  const span = Math.abs(ms);
  const days = Math.floor(span / DAY_MS);
  const hours = Math.floor((span % DAY_MS) / HOUR_MS);
  const minutes = Math.max(1, Math.floor((span % HOUR_MS) / 60_000));
  return days >= 2
    ? amount(days, 'day', language)
    : days === 1 && hours > 0
      ? `${amount(1, 'day', language)} ${amount(hours, 'hour', language)}`
      : days === 1
        ? amount(1, 'day', language)
        : hours >= 1
          ? amount(hours, 'hour', language)
          : amount(minutes, 'minute', language, accusative);
}

/** «осталось 4 дня», «истёк 2 дня назад», «бессрочный» — the text that goes with the colour. */
export function describeTimeLeft(info: UrgencyInfo, language: Language): string {
  if (info.msLeft === null) return language === 'ru' ? 'без срока действия' : 'does not expire';
  const parts = spanOfTime(info.msLeft, language, info.state === 'expired');
  if (info.state === 'expired') return language === 'ru' ? `истёк ${parts} назад` : `expired ${parts} ago`;
  return language === 'ru' ? `${remainedVerb(parts)} ${parts}` : `${parts} left`;
}

export const URGENCY_LABEL: Record<Urgency, Record<Language, string>> = {
  expired: { ru: 'Истёк', en: 'Expired' },
  soon: { ru: 'Скоро истекает', en: 'Expires soon' },
  ok: { ru: 'Действует', en: 'Valid' },
  none: { ru: 'Бессрочный', en: 'No expiry' },
};
