import { beforeAll, describe, expect, it } from 'vitest';
import { reminderMomentsFor } from '../../../shared/reminders/policy';
import { DEFAULT_PLAN, momentsDueWithin, runSimulation, wakeUpsPerDay, type SimulationResult } from '../../support/reminder-simulation';

/**
 * 300 tokens in 60 organisations over 120 simulated days, with renewals, a
 * restart, a wall clock set forward and back, and a 3-day sleep.
 */

const DAY_MS = 86_400_000;
let result: SimulationResult;

beforeAll(() => {
  result = runSimulation(DEFAULT_PLAN);
});

const announcedKeys = () => result.log.flatMap((entry) => entry.notification.keys);

describe('120 days of reminders for 300 tokens', () => {
  it('ran without errors and said something', () => {
    expect(result.errors).toEqual([]);
    expect(result.fleet.subjects().length).toBeGreaterThanOrEqual(300);
    expect(result.log.length).toBeGreaterThan(100);
    expect(result.fleet.renewals.length).toBeGreaterThan(10);
  });

  it('never announces a key twice', () => {
    const keys = announcedKeys();
    const seen = new Set<string>();
    const twice = keys.filter((key) => (seen.has(key) ? true : (seen.add(key), false)));
    expect(twice).toEqual([]);
  });

  it('announces every threshold that fell within the simulated span, individually or in a summary', () => {
    const expected = momentsDueWithin(result.versions, result.startMs, result.endMs);
    const announced = new Set(announcedKeys());
    const missed = [...expected.keys()].filter((key) => !announced.has(key));
    expect(expected.size).toBeGreaterThan(1000);
    expect(missed).toEqual([]);
  });

  it('announces only real moments, and none before it fell due', () => {
    const legit = new Map<string, number>();
    for (const version of result.versions) {
      const from = Math.max(version.fromMs, result.startMs - 400 * DAY_MS);
      const to = Math.min(version.toMs - 1, result.endMs);
      for (const moment of reminderMomentsFor(version.subject, new Date(from), new Date(to))) legit.set(moment.key, Date.parse(moment.at));
    }
    for (const entry of result.log) {
      for (const key of entry.notification.keys) {
        expect(legit.has(key), key).toBe(true);
        expect(legit.get(key)).toBeLessThanOrEqual(entry.wallMs + 1_000);
      }
    }
  });

  it('shows a single reminder on time when the PC is awake', () => {
    const singles = result.log.filter((entry) => entry.notification.kind === 'reminder');
    expect(singles.length).toBeGreaterThan(100);
    const expected = momentsDueWithin(result.versions, result.startMs - 400 * DAY_MS, result.endMs);
    for (const entry of singles) {
      expect(entry.notification.keys).toHaveLength(1);
      expect(entry.notification.tokenId).not.toBeNull();
      const at = Date.parse(expected.get(entry.notification.keys[0] ?? '') ?? '');
      expect(entry.wallMs - at).toBeLessThanOrEqual(70 * 60_000);
    }
  });

  it('never bursts: at most one notification at any instant', () => {
    const perInstant = new Map<number, number>();
    for (const entry of result.log) perInstant.set(entry.monotonic, (perInstant.get(entry.monotonic) ?? 0) + 1);
    expect(Math.max(...perInstant.values())).toBe(1);
  });

  it('sums up the 3-day sleep in exactly one notification at resume', () => {
    expect(result.afterSleep).toHaveLength(1);
    const [summary] = result.afterSleep;
    expect(summary?.notification.kind).toBe('summary');
    expect(summary?.notification.title).toMatch(/^Пока компьютер был выключен: \d+ напоминани/);
    const sleepStart = result.startMs + DEFAULT_PLAN.sleepDay * DAY_MS;
    const inSleep = momentsDueWithin(result.versions, sleepStart, sleepStart + DEFAULT_PLAN.sleepMs);
    expect(inSleep.size).toBeGreaterThan(5);
    expect(new Set(summary?.notification.keys)).toEqual(new Set(inSleep.keys()));
    // and nothing of the sleep is repeated afterwards
    const later = result.log.filter((entry) => entry.monotonic > (summary?.monotonic ?? 0)).flatMap((entry) => entry.notification.keys);
    expect(later.filter((key) => inSleep.has(key))).toEqual([]);
  });

  it('repeats nothing after the restart and sums up the downtime once', () => {
    expect(result.afterRestart.length).toBeLessThanOrEqual(1);
    const downStart = result.startMs + DEFAULT_PLAN.restartDay * DAY_MS;
    const inDowntime = momentsDueWithin(result.versions, downStart, downStart + DEFAULT_PLAN.restartDowntimeMs);
    if (inDowntime.size > 0) expect(new Set(result.afterRestart[0]?.notification.keys)).toEqual(new Set(inDowntime.keys()));
  });

  it('sums up what a forward clock jump skipped, once', () => {
    const jumpAt = result.startMs + DEFAULT_PLAN.forwardJumpDay * DAY_MS;
    const skipped = momentsDueWithin(result.versions, jumpAt + 1, jumpAt + DEFAULT_PLAN.forwardJumpMs);
    expect(skipped.size).toBeGreaterThan(0);
    const carriers = result.log.filter((entry) => entry.notification.keys.some((key) => skipped.has(key)));
    expect(carriers).toHaveLength(1);
    expect(carriers[0]?.notification.kind).toBe('summary');
  });

  it('keeps wake-ups within the due reminders + 24 on every day', () => {
    const days = wakeUpsPerDay(result);
    expect(days.length).toBeGreaterThan(100);
    const over = days.filter((day) => day.wakeUps > day.due + 24);
    expect(over).toEqual([]);
  });

  it('never shows a secret, a secret hint or anything secret-looking', () => {
    const texts = result.log.map((entry) => `${entry.notification.title}\n${entry.notification.body}`);
    const all = texts.join('\n');
    for (const secret of result.fleet.secrets) {
      expect(all).not.toContain(secret);
      expect(all).not.toContain(secret.slice(-8));
    }
    expect(all).not.toMatch(/[A-Za-z0-9_-]{24,}/);
    expect(all).not.toContain('пароль');
  });

  it('leaves the store remembering what was said, and nothing pending', () => {
    for (const key of announcedKeys()) expect(result.store.isAnnounced(key)).toBe(true);
    expect(result.clock.pendingTimers()).toBe(0);
  });
});
