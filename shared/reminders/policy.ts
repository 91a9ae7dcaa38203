import type { Language, TokenKindId } from '../model/types';
import type { ReminderSubject, ReminderWhat } from './subject';
import { dueDateText, kindShortName, spanText, subjectNoun } from './texts';
import { CRPT_SOON_DAYS } from '../kinds/crpt';

/**
 * When to remind about what: pure arithmetic over one subject, so the scheduler,
 * the calendar export and the settings screen all agree on the same moments.
 */

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;

/**
 * 'snoozed' is the single reminder that replaces everything a snooze swallowed;
 * it is not a threshold of the kind, hence its own type.
 */
export type ThresholdType = 'before' | 'on-expiry' | 'expired-daily' | 'after-set' | 'snoozed';

export interface ReminderMoment {
  /** Unique per subject, dueAt and threshold: a renewed token (new dueAt) never matches an old key. */
  key: string;
  subjectId: string;
  tokenId: string;
  /** ISO instant. */
  at: string;
  /** days: before/after dueAt for thresholds, days since expiry for the daily ones, 0 otherwise. */
  threshold: { type: ThresholdType; days: number };
}

export interface ReminderRule {
  /** Whether `days` count back from dueAt (expiries) or forward from it (the СМДО key's age). */
  direction: 'before' | 'after-set';
  /** The editable list; custom thresholds replace it. */
  days: number[];
  onExpiry: boolean;
  dailyWhileExpired: boolean;
}

/**
 * Defaults, per the issue and DESIGN.md:
 * - ОАИС, TPSClient, ЕИС: 14, 10, 5, 3, 1 days, at expiry, then daily: these are
 *   renewed by hand on a portal, and an expired one stops a working system.
 * - Честный знак: the token lives 10 hours and is normally refreshed by the app.
 *   When it is not, «1 day before» would fall before the token even existed, so
 *   the reminder comes 2 hours before (time to renew within the working day) and
 *   at expiry. No daily nagging afterwards: a lapsed 10-hour token overnight is
 *   routine and one click renews it; daily noise would teach people to ignore reminders.
 * - СМДО token: lives one hour and is fetched with the key, so only its expiry
 *   is worth a word, and only when automatic refresh is off or failed. The key
 *   itself is what needs care: 75, 82 and 89 days after it was set. Three
 *   calendar months are never shorter than 89 days (1 February → 1 May), so
 *   even the last reminder comes before the rotation date the app shows.
 * - Signing certificates: 30, 14, 7 and 1 days and at expiry; replacing one takes
 *   a visit to a certification centre, hence the longer lead.
 */
export function defaultRule(kind: TokenKindId, what: ReminderWhat): ReminderRule {
  if (what === 'smdo-key') return { direction: 'after-set', days: [75, 82, 89], onExpiry: false, dailyWhileExpired: false };
  if (what === 'certificate') return { direction: 'before', days: [30, 14, 7, 1], onExpiry: true, dailyWhileExpired: false };
  if (kind === 'crpt') return { direction: 'before', days: [CRPT_SOON_DAYS], onExpiry: true, dailyWhileExpired: false };
  if (kind === 'smdo') return { direction: 'before', days: [], onExpiry: true, dailyWhileExpired: false };
  return { direction: 'before', days: [14, 10, 5, 3, 1], onExpiry: true, dailyWhileExpired: true };
}

/** The list the settings screen shows and lets the user edit (days; fractions for hours). */
export function defaultThresholds(kind: TokenKindId, what: ReminderWhat): number[] {
  return [...defaultRule(kind, what).days];
}

/** Tokens the app refreshes by itself need a person only when that refresh is off or broken. */
function refreshedAutomatically(subject: ReminderSubject): boolean {
  if (subject.what !== 'token' || (subject.kind !== 'crpt' && subject.kind !== 'smdo')) return false;
  return subject.autoRefresh !== undefined && subject.autoRefresh.enabled && !subject.autoRefresh.failed;
}

/** Custom thresholds as typed: positive, at most ten years, minute-exact, without repeats. */
function normaliseDays(days: readonly number[]): number[] {
  const minutes = new Set<number>();
  for (const day of days) {
    if (typeof day !== 'number' || !Number.isFinite(day) || day <= 0 || day > 3650) continue;
    minutes.add(Math.round(day * 1440));
  }
  return [...minutes]
    .filter((m) => m > 0)
    .sort((a, b) => b - a)
    .map((m) => m / 1440);
}

/** The rule that applies to this subject now, or null when it must stay silent. */
export function ruleFor(subject: ReminderSubject): ReminderRule | null {
  if (subject.settings?.enabled === false || refreshedAutomatically(subject)) return null;
  const rule = defaultRule(subject.kind, subject.what);
  const custom = subject.settings?.thresholdsDays;
  return custom ? { ...rule, days: normaliseDays(custom) } : { ...rule, days: normaliseDays(rule.days) };
}

/** The first instant from which the subject deserves attention under its rule. */
function attentionFrom(rule: ReminderRule, dueMs: number): number | null {
  if (rule.direction === 'after-set') {
    return rule.days.length === 0 ? null : dueMs + Math.round(Math.min(...rule.days) * DAY_MS);
  }
  const earliest = rule.days.length === 0 ? null : dueMs - Math.round(Math.max(...rule.days) * DAY_MS);
  return earliest ?? (rule.onExpiry || rule.dailyWhileExpired ? dueMs : null);
}

const keyOf = (subject: ReminderSubject, dueMs: number, type: ThresholdType, atMs: number) => `${subject.id}|${dueMs}|${type}|${atMs}`;

/**
 * Every reminder of the subject with windowStart ≤ at ≤ windowEnd, in time
 * order. Daily reminders for an expired subject are endless, so they are made
 * only inside the window.
 */
export function reminderMomentsFor(subject: ReminderSubject, windowStart: Date, windowEnd: Date): ReminderMoment[] {
  const rule = ruleFor(subject);
  const dueMs = Date.parse(subject.dueAt);
  const startMs = windowStart.getTime();
  const endMs = windowEnd.getTime();
  if (!rule || !Number.isFinite(dueMs) || endMs < startMs) return [];

  const parsedSnooze = subject.settings?.snoozedUntil ? Date.parse(subject.settings.snoozedUntil) : Number.NaN;
  const snoozeMs = Number.isFinite(parsedSnooze) ? parsedSnooze : null;
  // A snooze swallows what falls before it; what lies exactly at its end survives.
  const from = Math.max(startMs, snoozeMs ?? Number.NEGATIVE_INFINITY);

  const moments: ReminderMoment[] = [];
  const push = (type: ThresholdType, atMs: number, days: number) => {
    if (atMs < from || atMs > endMs) return;
    moments.push({ key: keyOf(subject, dueMs, type, atMs), subjectId: subject.id, tokenId: subject.tokenId, at: new Date(atMs).toISOString(), threshold: { type, days } });
  };

  const regular: number[] = [];
  for (const days of rule.days) {
    // Rounded: 2/24 of a day in floating point is not a whole number of milliseconds.
    const offset = Math.round(days * DAY_MS);
    const atMs = rule.direction === 'before' ? dueMs - offset : dueMs + offset;
    regular.push(atMs);
    push(rule.direction, atMs, days);
  }
  if (rule.onExpiry) {
    regular.push(dueMs);
    push('on-expiry', dueMs, 0);
  }

  if (snoozeMs !== null && !regular.includes(snoozeMs)) {
    const since = attentionFrom(rule, dueMs);
    if (since !== null && snoozeMs >= since) push('snoozed', snoozeMs, 0);
  }

  if (rule.dailyWhileExpired) {
    // After a snooze past expiry the daily rhythm restarts from the snooze's end,
    // so the user does not get the snoozed reminder and a daily one an hour apart.
    const anchor = snoozeMs !== null && snoozeMs > dueMs ? snoozeMs : dueMs;
    const first = Math.max(1, Math.ceil((from - anchor) / DAY_MS));
    for (let n = first; anchor + n * DAY_MS <= endMs; n += 1) {
      const atMs = anchor + n * DAY_MS;
      push('expired-daily', atMs, (atMs - dueMs) / DAY_MS);
    }
  }

  return moments.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
}

export interface ReminderText {
  title: string;
  body: string;
}

/** «ООО «Ромашка» · TPSClient · Основной · до 15.01.2027 11:00» — what and whose, never a secret. */
export function reminderDetails(moment: ReminderMoment, subject: ReminderSubject, language: Language): string {
  const dueMs = Date.parse(subject.dueAt);
  const kind = kindShortName(subject.kind, language);
  const place = [subject.organisationName, kind, subject.label].filter((part) => part.trim() !== '').join(' · ');
  const date = dueDateText(new Date(dueMs), subject.kind, language);
  const ru = language === 'ru';
  if (subject.what === 'smdo-key') return ru ? `${place} · ключ установлен ${date}` : `${place} · key set ${date}`;
  if (Date.parse(moment.at) < dueMs) return ru ? `${place} · до ${date}` : `${place} · until ${date}`;
  return ru ? `${place} · срок истёк ${date}` : `${place} · expired ${date}`;
}

/** «Токен TPSClient истекает через 5 дней», «Ключ СМДО пора сменить: он установлен 80 дней назад». */
export function reminderHeadline(moment: ReminderMoment, subject: ReminderSubject, language: Language): string {
  const dueMs = Date.parse(subject.dueAt);
  const atMs = Date.parse(moment.at);
  const ru = language === 'ru';
  if (subject.what === 'smdo-key') {
    const age = spanText(atMs - dueMs, language);
    return ru ? `Ключ СМДО пора сменить: он установлен ${age} назад` : `Time to rotate the SMDO key: it was set ${age} ago`;
  }
  const noun = subjectNoun(subject.what, subject.kind, language);
  if (atMs < dueMs) return ru ? `${noun} истекает через ${spanText(dueMs - atMs, language)}` : `${noun} expires in ${spanText(dueMs - atMs, language)}`;
  if (atMs - dueMs < MINUTE_MS) return ru ? `${noun} истёк` : `${noun} has expired`;
  const ago = spanText(atMs - dueMs, language);
  return ru ? `${noun} истёк ${ago} назад` : `${noun} expired ${ago} ago`;
}

/**
 * The words of one reminder, worded from where the moment stands relative to
 * dueAt, so a snoozed reminder reads like any other. Built only from the
 * organisation, the label, the kind and dates: a subject has no field that could hold a secret.
 */
export function describeReminder(moment: ReminderMoment, subject: ReminderSubject, language: Language): ReminderText {
  const action =
    subject.what === 'smdo-key'
      ? language === 'ru'
        ? 'Смените его и сразу внесите новый во ВСЭД.'
        : 'Rotate it and put the new one into the document system at once.'
      : language === 'ru'
        ? 'Нажмите, чтобы обновить.'
        : 'Click to renew.';
  return { title: reminderHeadline(moment, subject, language), body: `${reminderDetails(moment, subject, language)}. ${action}` };
}
