import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { exportCalendar } from '../../../electron/core/reminders/ics-export';
import { reminderMomentsFor } from '../../../shared/reminders/policy';
import { kindShortName } from '../../../shared/reminders/texts';
import { makeFleet } from '../../support/reminder-fleet';

const DAY = 86_400_000;
const now = new Date('2027-01-10T06:17:00.000Z');
const fleet = makeFleet({ tokens: 60, organisations: 12, start: now, seed: 7 });
const subjects = fleet.subjects();

function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return { calendar, events: calendar.getAllSubcomponents('vevent') };
}

const text = (component: ICAL.Component, name: string) => String(component.getFirstPropertyValue(name));
const instant = (component: ICAL.Component, name: string) => (component.getFirstPropertyValue(name) as ICAL.Time).toJSDate().getTime();

describe('the calendar export', () => {
  const ics = exportCalendar(subjects, now, 'ru');
  const { calendar, events } = parse(ics);
  const bySubject = new Map(subjects.map((subject) => [subject.id, subject]));

  it('is an iCalendar file Outlook and phones accept', () => {
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text(calendar, 'version')).toBe('2.0');
    expect(text(calendar, 'prodid')).toContain('Token Assistant');
    expect(text(calendar, 'calscale')).toBe('GREGORIAN');
    expect(text(calendar, 'method')).toBe('PUBLISH');
    // folded at 75 octets of UTF-8 (ical.js counts the continuation's leading space apart)
    expect(ics.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 76)).toBe(true);
  });

  it('holds one event per upcoming threshold at the right instant, and only the first daily one', () => {
    const expected = new Map<string, number>();
    for (const subject of subjects) {
      const moments = reminderMomentsFor(subject, now, new Date(now.getTime() + 400 * DAY));
      let dailySeen = false;
      for (const moment of moments) {
        if (moment.threshold.type === 'expired-daily') {
          if (dailySeen) continue;
          dailySeen = true;
        }
        // to the minute, as calendars show it
        expected.set(`${moment.key}@token-assistant`, Math.floor(Date.parse(moment.at) / 60_000) * 60_000);
      }
    }
    expect(events.length).toBe(expected.size);
    expect(events.length).toBeGreaterThan(50);
    for (const event of events) {
      const uid = text(event, 'uid');
      expect(expected.get(uid), uid).toBe(instant(event, 'dtstart'));
      expect((event.getFirstPropertyValue('duration') as ICAL.Duration).toSeconds()).toBe(15 * 60);
      expect(instant(event, 'dtstamp')).toBe(now.getTime());
      expect(event.getFirstProperty('dtstart')?.toICALString()).toMatch(/^DTSTART:\d{8}T\d{6}Z$/);
    }
    expect(new Set(events.map((event) => text(event, 'uid'))).size).toBe(events.length);
  });

  it('names the organisation and the kind in every title, with a display alarm at the start', () => {
    for (const event of events) {
      const subjectId = text(event, 'uid').split('|')[0] ?? '';
      const subject = bySubject.get(subjectId);
      expect(subject).toBeDefined();
      const summary = text(event, 'summary');
      expect(summary.startsWith(`Токен-помощник: ${subject?.organisationName} — `)).toBe(true);
      expect(summary).toMatch(new RegExp(subject?.what === 'smdo-key' ? 'СМДО' : kindShortName(subject?.kind ?? 'oais', 'ru').replace('Честный знак', 'Честн')));
      expect(text(event, 'description').length).toBeGreaterThan(20);
      const alarm = event.getFirstSubcomponent('valarm');
      expect(alarm && text(alarm, 'action')).toBe('DISPLAY');
      expect((alarm?.getFirstPropertyValue('trigger') as ICAL.Duration).toSeconds()).toBe(0);
    }
  });

  it('keeps organisation names with commas, semicolons and quotes intact', () => {
    const tricky = exportCalendar(
      [
        {
          id: 'x',
          tokenId: 'x',
          what: 'token',
          kind: 'tpsclient',
          organisationName: 'ОАО «Завод №1», филиал; цех "А"',
          label: '',
          dueAt: new Date(now.getTime() + 20 * DAY).toISOString(),
        },
      ],
      now,
      'ru',
    );
    const [first] = parse(tricky).events;
    expect(first && text(first, 'summary')).toBe('Токен-помощник: ОАО «Завод №1», филиал; цех "А" — Токен TPSClient истекает через 14 дней');
    expect(first && text(first, 'description')).toContain('«Обновить токен»');
  });

  it('has no secret anywhere', () => {
    for (const secret of fleet.secrets) {
      expect(ics).not.toContain(secret);
      expect(ics).not.toContain(secret.slice(-8));
    }
    expect(ics).not.toContain('пароль');
  });

  it('can be made in English', () => {
    const english = parse(exportCalendar(subjects, now, 'en')).events;
    expect(english.length).toBe(events.length);
    expect(english.every((event) => text(event, 'summary').startsWith('Token Assistant: '))).toBe(true);
  });

  it('is empty of events, but valid, when nothing is coming', () => {
    expect(parse(exportCalendar([], now, 'ru')).events).toEqual([]);
  });
});
