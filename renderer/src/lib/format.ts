import type { Language, TokenKindId } from '../../../shared/model/types';
import { formatInZone, formatPortalDate, formatPortalDateTime } from '../../../shared/time/portal-time';
import { expiryIsDate } from './kind-basics';

/** An instant in the user's own zone, with the zone's name. */
export function formatLocal(iso: string, language: Language): string {
  return formatInZone(new Date(iso), language);
}

/**
 * A token's deadline as its owner reads it: a date for the kinds whose portal gives a date
 * (ЕИС: «30.11.2027», the day in Moscow time, as typed), else the moment in the user's zone.
 * An СМДО key's rotation date is a date too: the hour means nothing there.
 */
export function formatDeadline(kind: TokenKindId, iso: string, language: Language, dateOnly = false): string {
  if (expiryIsDate(kind)) return formatPortalDate(new Date(iso));
  if (dateOnly) return formatInZone(new Date(iso), language).slice(0, 10);
  return formatLocal(iso, language);
}

/** An instant as the Belarusian portals print it (Minsk time). */
export function formatMinsk(iso: string): string {
  return formatPortalDateTime(new Date(iso));
}
