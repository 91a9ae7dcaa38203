import ICAL from 'ical.js';
import type { Language } from '../../../shared/model/types';
import { reminderDetails, reminderHeadline, reminderMomentsFor, type ReminderMoment } from '../../../shared/reminders/policy';
import type { ReminderSubject } from '../../../shared/reminders/subject';
import { renewalHint } from '../../../shared/reminders/texts';

/**
 * Every upcoming reminder as one iCalendar file, for Outlook and phone
 * calendars: people who live in their calendar see the deadline there too.
 * Generated with ical.js rather than by string concatenation, so escaping
 * (commas, semicolons, «quotes» in organisation names) and line folding are right.
 */

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;
const HORIZON_DAYS = 400;
const EVENT_SECONDS = 15 * 60;
const UID_DOMAIN = '@token-assistant';

/** Daily «still expired» reminders are endless; a calendar gets only the first. */
function calendarMoments(subject: ReminderSubject, now: Date): ReminderMoment[] {
  const moments = reminderMomentsFor(subject, now, new Date(now.getTime() + HORIZON_DAYS * DAY_MS));
  const firstDaily = moments.find((moment) => moment.threshold.type === 'expired-daily');
  return moments.filter((moment) => moment.threshold.type !== 'expired-daily' || moment === firstDaily);
}

function eventFor(moment: ReminderMoment, subject: ReminderSubject, now: Date, language: Language): ICAL.Component {
  const app = language === 'ru' ? 'Токен-помощник' : 'Token Assistant';
  const summary = `${app}: ${subject.organisationName} — ${reminderHeadline(moment, subject, language)}`;
  const description = `${reminderDetails(moment, subject, language)}.\n${renewalHint(subject.what, subject.kind, language)}`;

  const event = new ICAL.Component('vevent');
  event.addPropertyWithValue('uid', `${moment.key}${UID_DOMAIN}`);
  event.addPropertyWithValue('dtstamp', ICAL.Time.fromJSDate(now, true));
  // Calendars show whole minutes; portal expiries are whole minutes anyway.
  const startMs = Math.floor(Date.parse(moment.at) / MINUTE_MS) * MINUTE_MS;
  event.addPropertyWithValue('dtstart', ICAL.Time.fromJSDate(new Date(startMs), true));
  event.addPropertyWithValue('duration', ICAL.Duration.fromSeconds(EVENT_SECONDS));
  event.addPropertyWithValue('summary', summary);
  event.addPropertyWithValue('description', description);
  event.addPropertyWithValue('categories', app);
  event.addPropertyWithValue('transp', 'TRANSPARENT');

  const alarm = new ICAL.Component('valarm');
  alarm.addPropertyWithValue('action', 'DISPLAY');
  alarm.addPropertyWithValue('trigger', ICAL.Duration.fromSeconds(0));
  alarm.addPropertyWithValue('description', summary);
  event.addSubcomponent(alarm);
  return event;
}

export function exportCalendar(subjects: readonly ReminderSubject[], now: Date, language: Language): string {
  const calendar = new ICAL.Component('vcalendar');
  calendar.addPropertyWithValue('prodid', '-//Token Assistant//Reminders//RU');
  calendar.addPropertyWithValue('version', '2.0');
  calendar.addPropertyWithValue('calscale', 'GREGORIAN');
  calendar.addPropertyWithValue('method', 'PUBLISH');
  calendar.addPropertyWithValue('x-wr-calname', language === 'ru' ? 'Токен-помощник: сроки токенов' : 'Token Assistant: token deadlines');

  const entries = subjects
    .flatMap((subject) => calendarMoments(subject, now).map((moment) => ({ moment, subject })))
    .sort((a, b) => Date.parse(a.moment.at) - Date.parse(b.moment.at) || a.moment.key.localeCompare(b.moment.key));
  for (const { moment, subject } of entries) calendar.addSubcomponent(eventFor(moment, subject, now, language));
  return `${calendar.toString()}\r\n`;
}
