import type { Language } from '../model/types';

/**
 * The portals of Belarus show dates in Minsk time, which has been UTC+3 all year
 * round since 2011, so a fixed offset is exact; the user's own zone (which may
 * have DST) is used only for display.
 */
export const MINSK_TIME_ZONE = 'Europe/Minsk';
const MINSK_OFFSET_MINUTES = 3 * 60;

export type PortalTimeParse = { ok: true; instant: Date } | { ok: false; code: 'date_format' | 'date_invalid' };

const PORTAL_DATE_TIME = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:[\sT,]+(\d{1,2})[:.](\d{2}))?$/;

/**
 * Reads `dd.MM.yyyy HH:mm` as the portal prints it (Minsk time). A date without
 * time is accepted as 00:00, the portal's own convention for whole days.
 */
export function parsePortalDateTime(text: string): PortalTimeParse {
  const match = PORTAL_DATE_TIME.exec(text.trim().replace(/\s+/g, ' '));
  if (!match) return { ok: false, code: 'date_format' };
  const [day, month, year, hour, minute] = match.slice(1, 6).map((part) => Number(part ?? 0)) as [number, number, number, number, number];
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || year < 2000 || year > 2199) {
    return { ok: false, code: 'date_invalid' };
  }
  const utcMs = Date.UTC(year, month - 1, day, hour, minute) - MINSK_OFFSET_MINUTES * 60_000;
  const check = new Date(utcMs + MINSK_OFFSET_MINUTES * 60_000);
  // Date.UTC rolls 31.02 over into March; a real calendar date survives the round trip.
  if (check.getUTCDate() !== day || check.getUTCMonth() !== month - 1) return { ok: false, code: 'date_invalid' };
  return { ok: true, instant: new Date(utcMs) };
}

const pad = (value: number) => String(value).padStart(2, '0');

/** Formats an instant as the portal would show it, in Minsk time. */
export function formatPortalDateTime(instant: Date): string {
  return `${formatPortalDate(instant)} ${formatPortalTime(instant)}`;
}

/** The day (ДД.ММ.ГГГГ) an instant falls on in UTC+3: Minsk and Moscow alike, as the portals print a date. */
export function formatPortalDate(instant: Date): string {
  const minsk = new Date(instant.getTime() + MINSK_OFFSET_MINUTES * 60_000);
  return `${pad(minsk.getUTCDate())}.${pad(minsk.getUTCMonth() + 1)}.${minsk.getUTCFullYear()}`;
}

function formatPortalTime(instant: Date): string {
  const minsk = new Date(instant.getTime() + MINSK_OFFSET_MINUTES * 60_000);
  return `${pad(minsk.getUTCHours())}:${pad(minsk.getUTCMinutes())}`;
}

const zoneFormatters = new Map<string, Intl.DateTimeFormat>();

/**
 * Formats an instant for a person, in their zone (or the one given), with the zone's abbreviation.
 * The formatter is made once per language and zone: building one costs more than using it
 * hundreds of times, and a dashboard of 300 tokens formats on every render.
 */
export function formatInZone(instant: Date, language: Language, timeZone?: string): string {
  const key = `${language}|${timeZone ?? ''}`;
  let formatter = zoneFormatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(language === 'ru' ? 'ru-RU' : 'en-GB', {
      timeZone,
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      timeZoneName: 'short',
    });
    zoneFormatters.set(key, formatter);
  }
  return formatter.format(instant);
}

/** Adds calendar months the way a portal does: 15 Nov + 3 months = 15 Feb; 30 Nov + 3 = 28/29 Feb. */
export function addMonths(instant: Date, months: number): Date {
  const result = new Date(instant.getTime());
  const day = result.getUTCDate();
  result.setUTCDate(1);
  result.setUTCMonth(result.getUTCMonth() + months);
  const lastDay = new Date(Date.UTC(result.getUTCFullYear(), result.getUTCMonth() + 1, 0)).getUTCDate();
  result.setUTCDate(Math.min(day, lastDay));
  return result;
}
