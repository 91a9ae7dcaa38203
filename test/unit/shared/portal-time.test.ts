import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addMonths, formatInZone, formatPortalDateTime, parsePortalDateTime } from '../../../shared/time/portal-time';

function instantOf(text: string): string {
  const parsed = parsePortalDateTime(text);
  if (!parsed.ok) throw new Error(`expected ${text} to parse, got ${parsed.code}`);
  return parsed.instant.toISOString();
}

describe('reading the expiry the portal shows (Minsk time, UTC+3)', () => {
  it('reads dd.MM.yyyy HH:mm as Minsk time', () => {
    expect(instantOf('15.01.2026 11:00')).toBe('2026-01-15T08:00:00.000Z');
  });

  it('tolerates what copying from a page adds: spaces, single digits, a comma, a dot in the time', () => {
    expect(instantOf('  5.1.2026   11:00 ')).toBe('2026-01-05T08:00:00.000Z');
    expect(instantOf('15.01.2026, 11:00')).toBe('2026-01-15T08:00:00.000Z');
    expect(instantOf('15.01.2026 11.00')).toBe('2026-01-15T08:00:00.000Z');
  });

  it('reads a date without time as the start of that Minsk day', () => {
    expect(instantOf('15.01.2026')).toBe('2026-01-14T21:00:00.000Z');
  });

  it('crosses the UTC date line correctly just after Minsk midnight', () => {
    expect(instantOf('01.03.2026 00:30')).toBe('2026-02-28T21:30:00.000Z');
    expect(instantOf('01.01.2027 01:00')).toBe('2026-12-31T22:00:00.000Z');
  });

  it.each(['31.02.2026 10:00', '29.02.2027 10:00', '00.01.2026 10:00', '15.13.2026 10:00', '15.01.2026 24:00', '15.01.2026 10:60'])(
    'rejects the impossible date %s as date_invalid',
    (text) => {
      expect(parsePortalDateTime(text)).toEqual({ ok: false, code: 'date_invalid' });
    },
  );

  it('accepts 29 February in a leap year', () => {
    expect(instantOf('29.02.2028 12:00')).toBe('2028-02-29T09:00:00.000Z');
  });

  it.each(['', '2026-01-15 11:00', '15/01/2026 11:00', '15.01.26 11:00', 'завтра', '15.01.2026 11', '15.01.2026 11:00:00'])('rejects %j as not in the portal format', (text) => {
    expect(parsePortalDateTime(text)).toEqual({ ok: false, code: 'date_format' });
  });

  it('round-trips every minute: format(parse(x)) gives x back', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('2000-01-02T00:00:00Z'), max: new Date('2199-12-30T00:00:00Z'), noInvalidDate: true }), (date) => {
        const minute = new Date(Math.floor(date.getTime() / 60_000) * 60_000);
        const text = formatPortalDateTime(minute);
        expect(instantOf(text)).toBe(minute.toISOString());
      }),
    );
  });
});

describe("showing an instant in the user's own zone, across DST", () => {
  it('shows Minsk 11:00 in winter as 09:00 in Berlin (CET, UTC+1)', () => {
    const instant = new Date(instantOf('15.01.2026 11:00'));
    expect(formatInZone(instant, 'ru', 'Europe/Berlin')).toMatch(/15\.01\.2026,? 09:00/);
  });

  it('shows Minsk 11:00 in summer as 10:00 in Berlin (CEST, UTC+2)', () => {
    const instant = new Date(instantOf('15.07.2026 11:00'));
    expect(formatInZone(instant, 'ru', 'Europe/Berlin')).toMatch(/15\.07\.2026,? 10:00/);
  });

  it('lands in the skipped spring-forward hour correctly: Minsk 04:30 on 29.03.2026 is 03:30 CEST in Berlin', () => {
    const instant = new Date(instantOf('29.03.2026 04:30'));
    expect(instant.toISOString()).toBe('2026-03-29T01:30:00.000Z');
    expect(formatInZone(instant, 'ru', 'Europe/Berlin')).toMatch(/29\.03\.2026,? 03:30/);
  });

  it('tells apart the two 02:30 of the autumn fall-back night in Berlin by their zone name', () => {
    const first = new Date('2026-10-25T00:30:00Z');
    const second = new Date('2026-10-25T01:30:00Z');
    const a = formatInZone(first, 'en', 'Europe/Berlin');
    const b = formatInZone(second, 'en', 'Europe/Berlin');
    expect(a).toMatch(/02:30/);
    expect(b).toMatch(/02:30/);
    expect(a).not.toBe(b);
  });

  it('shows the same wall time in Minsk and Moscow (both UTC+3, no DST)', () => {
    const instant = new Date(instantOf('15.01.2026 11:00'));
    expect(formatInZone(instant, 'ru', 'Europe/Moscow')).toMatch(/15\.01\.2026,? 11:00/);
  });
});

describe('adding calendar months, as a 3-month token lifetime does', () => {
  it('keeps the day of month', () => {
    expect(addMonths(new Date('2026-11-15T08:00:00Z'), 3).toISOString()).toBe('2027-02-15T08:00:00.000Z');
  });

  it('clamps to the last day of a shorter month', () => {
    expect(addMonths(new Date('2026-11-30T08:00:00Z'), 3).toISOString()).toBe('2027-02-28T08:00:00.000Z');
    expect(addMonths(new Date('2027-11-30T08:00:00Z'), 3).toISOString()).toBe('2028-02-29T08:00:00.000Z');
  });
});
