import type { Language } from '../../../shared/model/types';
import { describeReminder, reminderMomentsFor, type ReminderMoment } from '../../../shared/reminders/policy';
import type { ReminderSubject } from '../../../shared/reminders/subject';
import { describeSummary } from '../../../shared/reminders/summary';
import type { Clock } from '../ports';
import { LOOKBACK_DAYS, type AnnouncementStore } from './announcement-store';

export interface ReminderNotification {
  kind: 'reminder' | 'summary';
  title: string;
  body: string;
  /** The token whose renewal wizard a click opens; null when the summary spans several tokens. */
  tokenId: string | null;
  /** Which of the token's subjects (token, certificate, СМДО key), when there is exactly one. */
  subjectId: string | null;
  keys: string[];
}

export interface ReminderSchedulerOptions {
  clock: Clock;
  store: AnnouncementStore;
  subjects: () => ReminderSubject[];
  notify: (notification: ReminderNotification) => void;
  language: () => Language;
  /** The longest the scheduler sleeps, so a wall-clock jump is noticed within it. Default 1 hour. */
  hourlyCheckMs?: number;
  /** Storage, vault or notification failures; the scheduler keeps going. */
  onError?: (error: unknown) => void;
}

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
/** setTimeout treats anything longer as 1 ms. */
export const MAX_TIMER_MS = 2 ** 31 - 1;
/** Node may fire a timer a millisecond before Date.now() reaches its moment. */
const EARLY_FIRE_TOLERANCE_MS = 1_000;
/**
 * Awake, a reminder is shown at its moment to the second; up to this late (a
 * short sleep, a busy machine) it is still news on its own. Anything older was
 * missed while the PC was off or asleep and goes into a summary.
 */
const FRESH_MS = 70 * 60_000;

interface Due {
  moment: ReminderMoment;
  subject: ReminderSubject;
}

const isPromise = (value: unknown): value is Promise<void> => typeof (value as Promise<void> | undefined)?.then === 'function';

/**
 * Announces reminders as they fall due, with one timer for the next moment and
 * no polling loop. Every wake recomputes from the wall clock, so start, resume,
 * unlock, vault changes and the hourly check all run the same code.
 *
 * Ordering: the keys are recorded in the store first, then the notification is
 * shown, with nothing asynchronous in between. A crash can then only lose the
 * one notification in flight, never show it twice after a restart. If the store
 * fails, the notification is still shown (and the keys kept in memory so this
 * process does not repeat it): for an app whose whole point is that nothing
 * expires unnoticed, a possible repeat after a broken disk beats silence.
 */
export class ReminderScheduler {
  private readonly hourlyCheckMs: number;
  private timer: unknown = null;
  private stopped = true;
  private inFlight: Promise<void> | null = null;
  private again = false;
  /** Keys this process announced although the store failed to record them. */
  private readonly announcedHere = new Set<string>();

  constructor(private readonly options: ReminderSchedulerOptions) {
    this.hourlyCheckMs = Math.min(Math.max(options.hourlyCheckMs ?? HOUR_MS, 1_000), MAX_TIMER_MS);
  }

  /** Announces what is due (once, as a summary when it was missed) and arms the timer. */
  start(): Promise<void> {
    this.stopped = false;
    return this.wake();
  }

  /** After a vault change, a resume from sleep or an unlock: what is due now and what comes next. */
  recompute(): Promise<void> {
    return this.stopped ? Promise.resolve() : this.wake();
  }

  stop(): void {
    this.stopped = true;
    this.disarm();
  }

  private wake(): Promise<void> {
    if (this.stopped) return Promise.resolve();
    // One check at a time, or two overlapping checks could both pick the same keys.
    if (this.inFlight) {
      this.again = true;
      return this.inFlight;
    }
    this.disarm();
    const work = this.check();
    if (!isPromise(work)) return Promise.resolve();
    this.inFlight = work.finally(() => {
      this.inFlight = null;
      if (this.again) {
        this.again = false;
        void this.wake();
      }
    });
    return this.inFlight;
  }

  private check(): void | Promise<void> {
    const { clock, store } = this.options;
    const now = clock.now();
    const nowMs = now.getTime();
    let due: Due[];
    let nextMs: number | null;
    let firstRun: boolean;
    try {
      firstRun = store.lastCheckedAt() === null;
      ({ due, nextMs } = this.collect(nowMs));
    } catch (error) {
      this.report(error);
      this.arm(nowMs, null);
      return;
    }

    const keys = due.map((entry) => entry.moment.key);
    const storeFailed = (error: unknown) => {
      this.report(error);
      for (const key of keys) this.announcedHere.add(key);
    };
    const announce = () => {
      if (due.length > 0) this.announce(due, now, firstRun);
      this.arm(nowMs, nextMs);
    };

    let recorded: void | Promise<void>;
    try {
      recorded = store.record(keys, now);
    } catch (error) {
      storeFailed(error);
      announce();
      return;
    }
    if (!isPromise(recorded)) {
      announce();
      return;
    }
    return recorded.then(announce, (error: unknown) => {
      storeFailed(error);
      announce();
    });
  }

  /** What is due now and not yet announced, and when the next unannounced moment comes. */
  private collect(nowMs: number): { due: Due[]; nextMs: number | null } {
    const { store } = this.options;
    const last = store.lastCheckedAt()?.getTime() ?? Number.NEGATIVE_INFINITY;
    // Everything before the last check was settled then; a moment that appears
    // there later (a new token, an edited threshold) is history, not news. If the
    // clock went back, `from` lies ahead of now and nothing is due until it catches up.
    const from = Math.max(nowMs - LOOKBACK_DAYS * DAY_MS, last);
    const dueBy = nowMs + EARLY_FIRE_TOLERANCE_MS;
    const horizon = nowMs + this.hourlyCheckMs;
    const windowStart = new Date(Math.min(from, dueBy));
    const windowEnd = new Date(horizon);

    const due: Due[] = [];
    let nextMs: number | null = null;
    for (const subject of this.options.subjects()) {
      for (const moment of reminderMomentsFor(subject, windowStart, windowEnd)) {
        if (this.isAnnounced(moment.key)) continue;
        const atMs = Date.parse(moment.at);
        if (atMs <= dueBy) {
          if (atMs >= from) due.push({ moment, subject });
        } else if (nextMs === null || atMs < nextMs) {
          nextMs = atMs;
        }
      }
    }
    return { due, nextMs };
  }

  private isAnnounced(key: string): boolean {
    return this.announcedHere.has(key) || this.options.store.isAnnounced(key);
  }

  /** One notification per wake, whatever fell due: never a burst. */
  private announce(due: Due[], now: Date, firstRun: boolean): void {
    const language = this.options.language();
    const freshFrom = now.getTime() - FRESH_MS;
    const stale = due.some((entry) => Date.parse(entry.moment.at) < freshFrom);
    const bySubject = new Map<string, Due>();
    for (const entry of due) {
      const seen = bySubject.get(entry.subject.id);
      if (!seen || Date.parse(entry.moment.at) > Date.parse(seen.moment.at)) bySubject.set(entry.subject.id, entry);
    }
    const latest = [...bySubject.values()];
    const tokenIds = new Set(latest.map((entry) => entry.subject.tokenId));
    const keys = due.map((entry) => entry.moment.key);

    let notification: ReminderNotification;
    const single = latest.length === 1 ? latest[0] : undefined;
    if (single && !stale) {
      notification = { kind: 'reminder', ...describeReminder(single.moment, single.subject, language), tokenId: single.subject.tokenId, subjectId: single.subject.id, keys };
    } else {
      // On the very first run nothing was «missed while off»: the app simply was not there yet.
      const missedWhileOff = stale && firstRun === false;
      const text = describeSummary(
        latest.map((entry) => entry.subject),
        { missedWhileOff, now, language },
      );
      notification = { kind: 'summary', ...text, tokenId: tokenIds.size === 1 ? ([...tokenIds][0] ?? null) : null, subjectId: single?.subject.id ?? null, keys };
    }
    try {
      this.options.notify(notification);
    } catch (error) {
      this.report(error);
    }
  }

  private arm(nowMs: number, nextMs: number | null): void {
    if (this.stopped) return;
    this.disarm();
    const target = nextMs === null ? nowMs + this.hourlyCheckMs : Math.min(nextMs, nowMs + this.hourlyCheckMs);
    const delay = Math.min(Math.max(0, target - nowMs), MAX_TIMER_MS);
    this.timer = this.options.clock.setTimeout(() => {
      this.timer = null;
      void this.wake();
    }, delay);
  }

  private disarm(): void {
    if (this.timer === null) return;
    this.options.clock.clearTimeout(this.timer);
    this.timer = null;
  }

  private report(error: unknown): void {
    try {
      this.options.onError?.(error);
    } catch {
      // A failing error handler must not stop the reminders.
    }
  }
}
