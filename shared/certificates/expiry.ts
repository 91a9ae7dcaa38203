import type { Language } from '../model/types';
import { countOf } from '../reminders/texts';

const DAY_MS = 86_400_000;
const DAYS = { ru: ['день', 'дня', 'дней'], en: ['day', 'days', 'days'] } as const;

/** Whole days from now to the certificate's end: 0 on its last day, negative once it has ended. */
export function certificateDaysLeft(notAfter: string, now: Date): number {
  return Math.floor((Date.parse(notAfter) - now.getTime()) / DAY_MS);
}

/** «истекает через 30 дней», «истекает сегодня», «истёк 3 дня назад»: how a person reads a certificate's end. */
export function certificateExpiryText(notAfter: string, now: Date, language: Language): string {
  const ends = Date.parse(notAfter);
  if (!Number.isFinite(ends)) return '';
  if (ends <= now.getTime()) {
    const ago = Math.floor((now.getTime() - ends) / DAY_MS);
    if (ago === 0) return language === 'ru' ? 'истёк сегодня' : 'expired today';
    return language === 'ru' ? `истёк ${countOf(ago, DAYS, language)} назад` : `expired ${countOf(ago, DAYS, language)} ago`;
  }
  const days = certificateDaysLeft(notAfter, now);
  if (days === 0) return language === 'ru' ? 'истекает сегодня' : 'expires today';
  return language === 'ru' ? `истекает через ${countOf(days, DAYS, language)}` : `expires in ${countOf(days, DAYS, language)}`;
}
