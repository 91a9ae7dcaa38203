import { MemoryAnnouncementStore } from '../../electron/core/reminders/announcement-store';
import { ReminderScheduler, type ReminderNotification } from '../../electron/core/reminders/scheduler';
import { reminderMomentsFor } from '../../shared/reminders/policy';
import type { ReminderSubject } from '../../shared/reminders/subject';
import { makeFleet, type Fleet } from './reminder-fleet';
import { SimulatedClock } from './reminder-clock';

/**
 * The life of one PC over months: the scheduler runs under simulated time while
 * tokens get renewed, the app restarts, the PC sleeps for three days and the
 * wall clock is set forward and back. Shared by the test and the benchmark.
 */

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

export interface LoggedNotification {
  /** Awake time of the simulated PC when it was shown. */
  monotonic: number;
  wallMs: number;
  notification: ReminderNotification;
}

export interface SimulationPlan {
  tokens: number;
  organisations: number;
  days: number;
  start: Date;
  seed?: number;
  /** Days (wall clock, from start) of each event. */
  forwardJumpDay: number;
  forwardJumpMs: number;
  restartDay: number;
  restartDowntimeMs: number;
  backwardJumpDay: number;
  backwardJumpMs: number;
  sleepDay: number;
  sleepMs: number;
}

export const DEFAULT_PLAN: SimulationPlan = {
  tokens: 300,
  organisations: 60,
  days: 120,
  start: new Date('2027-01-10T06:17:00.000Z'),
  forwardJumpDay: 30.3,
  forwardJumpMs: 6 * HOUR_MS,
  restartDay: 45.2,
  restartDowntimeMs: 10 * HOUR_MS,
  backwardJumpDay: 60.4,
  backwardJumpMs: 5 * HOUR_MS,
  sleepDay: 80.6,
  sleepMs: 3 * DAY_MS,
};

/** One version of a subject and the wall-clock span in which it was the truth. */
export interface SubjectVersion {
  subject: ReminderSubject;
  fromMs: number;
  toMs: number;
}

export interface SimulationResult {
  plan: SimulationPlan;
  fleet: Fleet;
  clock: SimulatedClock;
  store: MemoryAnnouncementStore;
  log: LoggedNotification[];
  /** Notifications shown by the recompute() that followed the 3-day sleep. */
  afterSleep: LoggedNotification[];
  /** Notifications shown by start() after the restart. */
  afterRestart: LoggedNotification[];
  versions: SubjectVersion[];
  startMs: number;
  endMs: number;
  recomputes: number;
  errors: unknown[];
}

export function runSimulation(plan: SimulationPlan = DEFAULT_PLAN): SimulationResult {
  const startMs = plan.start.getTime();
  const endMs = startMs + plan.days * DAY_MS;
  const at = (day: number) => startMs + day * DAY_MS;
  const fleet = makeFleet({
    tokens: plan.tokens,
    organisations: plan.organisations,
    start: plan.start,
    seed: plan.seed,
    quietWindows: [
      [at(plan.forwardJumpDay), at(plan.forwardJumpDay) + plan.forwardJumpMs],
      [at(plan.restartDay), at(plan.restartDay) + plan.restartDowntimeMs],
      [at(plan.backwardJumpDay) - plan.backwardJumpMs, at(plan.backwardJumpDay)],
      [at(plan.sleepDay), at(plan.sleepDay) + plan.sleepMs],
    ],
    lastRenewalDay: plan.days - 5,
  });
  const clock = new SimulatedClock(plan.start);
  const store = new MemoryAnnouncementStore();
  const log: LoggedNotification[] = [];
  const errors: unknown[] = [];
  let recomputes = 0;

  const versions: SubjectVersion[] = fleet.subjects().map((subject) => ({ subject, fromMs: Number.NEGATIVE_INFINITY, toMs: Number.POSITIVE_INFINITY }));
  const makeScheduler = () =>
    new ReminderScheduler({
      clock,
      store,
      subjects: () => fleet.subjects(),
      notify: (notification) => log.push({ monotonic: clock.uptime(), wallMs: clock.now().getTime(), notification }),
      language: () => 'ru',
      onError: (error) => errors.push(error),
    });
  let scheduler = makeScheduler();
  const pending = [...fleet.renewals];

  /** Lets awake time pass up to a wall-clock instant, applying the renewals the user makes on the way. */
  const runUntil = (targetMs: number) => {
    for (;;) {
      const next = pending[0];
      if (!next || next.atMs > targetMs) break;
      pending.shift();
      const nowMs = clock.now().getTime();
      if (next.atMs < nowMs) throw new Error(`renewal of ${next.tokenId} falls where the clock jumped over it`);
      clock.advance(next.atMs - nowMs);
      const before = versions.find((version) => version.subject.id === next.tokenId && version.toMs === Number.POSITIVE_INFINITY);
      fleet.renew(next);
      if (before) before.toMs = next.atMs;
      const after = fleet.subjects().find((subject) => subject.id === next.tokenId);
      if (after) versions.push({ subject: after, fromMs: next.atMs, toMs: Number.POSITIVE_INFINITY });
      recomputes += 1;
      void scheduler.recompute();
    }
    clock.advance(Math.max(0, targetMs - clock.now().getTime()));
  };

  void scheduler.start();
  runUntil(at(plan.forwardJumpDay));
  clock.jumpWall(plan.forwardJumpMs);

  runUntil(at(plan.restartDay));
  scheduler.stop();
  if (clock.pendingTimers() !== 0) throw new Error('a stopped scheduler left a timer behind');
  clock.advance(plan.restartDowntimeMs);
  scheduler = makeScheduler();
  const beforeRestart = log.length;
  void scheduler.start();
  const afterRestart = log.slice(beforeRestart);

  runUntil(at(plan.backwardJumpDay));
  clock.jumpWall(-plan.backwardJumpMs);

  runUntil(at(plan.sleepDay));
  clock.sleep(plan.sleepMs);
  const beforeResume = log.length;
  recomputes += 1;
  void scheduler.recompute();
  const afterSleep = log.slice(beforeResume);

  runUntil(endMs);
  scheduler.stop();
  return { plan, fleet, clock, store, log, afterSleep, afterRestart, versions, startMs, endMs, recomputes, errors };
}

/** Keys of every moment that fell due while its version of the subject held, inside [fromMs, toMs]. */
export function momentsDueWithin(versions: SubjectVersion[], fromMs: number, toMs: number): Map<string, string> {
  const keys = new Map<string, string>();
  for (const version of versions) {
    const from = Math.max(version.fromMs, fromMs);
    const to = Math.min(version.toMs - 1, toMs);
    if (to < from) continue;
    for (const moment of reminderMomentsFor(version.subject, new Date(from), new Date(to))) keys.set(moment.key, moment.at);
  }
  return keys;
}

export interface DayFigures {
  day: number;
  wakeUps: number;
  due: number;
}

/** Timer wake-ups and announced reminders per day of awake time (the budget is per day the PC runs). */
export function wakeUpsPerDay(result: SimulationResult): DayFigures[] {
  const days = Math.floor(result.clock.uptime() / DAY_MS);
  const figures: DayFigures[] = Array.from({ length: days }, (_, day) => ({ day, wakeUps: 0, due: 0 }));
  for (const wake of result.clock.wakeUps) {
    const figure = figures[Math.floor(wake / DAY_MS)];
    if (figure) figure.wakeUps += 1;
  }
  for (const entry of result.log) {
    const figure = figures[Math.floor(entry.monotonic / DAY_MS)];
    if (figure) figure.due += entry.notification.keys.length;
  }
  return figures;
}
