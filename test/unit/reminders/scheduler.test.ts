import { describe, expect, it } from 'vitest';
import { MemoryAnnouncementStore, type AnnouncementStore } from '../../../electron/core/reminders/announcement-store';
import { MAX_TIMER_MS, ReminderScheduler, type ReminderNotification, type ReminderSchedulerOptions } from '../../../electron/core/reminders/scheduler';
import type { ReminderSubject } from '../../../shared/reminders/subject';
import { SimulatedClock } from '../../support/reminder-clock';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const start = new Date('2027-01-01T09:00:00.000Z');
const inDays = (days: number) => new Date(start.getTime() + days * DAY).toISOString();

function token(id: string, dueAt: string, overrides: Partial<ReminderSubject> = {}): ReminderSubject {
  return { id, tokenId: id, what: 'token', kind: 'oais', organisationName: `ООО «${id}»`, label: '', dueAt, ...overrides };
}

/** An app that has been running before (lastCheckedAt = start), unless `fresh`: then the store is empty. */
function setup(subjects: ReminderSubject[], options: Partial<ReminderSchedulerOptions> = {}, fresh = false) {
  const clock = new SimulatedClock(start);
  const store = new MemoryAnnouncementStore(fresh ? undefined : { announced: {}, lastCheckedAt: start.toISOString() });
  const shown: (ReminderNotification & { at: string })[] = [];
  const list = { subjects };
  const make = (overrides: Partial<ReminderSchedulerOptions> = {}) =>
    new ReminderScheduler({
      clock,
      store,
      subjects: () => list.subjects,
      notify: (notification) => shown.push({ ...notification, at: clock.now().toISOString() }),
      language: () => 'ru',
      ...options,
      ...overrides,
    });
  return { clock, store, shown, list, make };
}

describe('the reminder scheduler', () => {
  it('shows a reminder alone, at its moment, with the token to open', () => {
    const { clock, shown, make } = setup([token('a', inDays(14.5))]);
    void make().start();
    expect(shown).toEqual([]);
    clock.advance(12 * HOUR - 1);
    expect(shown).toEqual([]);
    clock.advance(1);
    expect(shown).toHaveLength(1);
    expect(shown[0]).toMatchObject({ kind: 'reminder', title: 'Токен ОАИС истекает через 14 дней', tokenId: 'a', subjectId: 'a', at: inDays(0.5) });
  });

  it('records the keys before it notifies', () => {
    const { clock, store, make } = setup([token('a', inDays(14.5))]);
    const seenRecorded: boolean[] = [];
    void make({ notify: (n) => seenRecorded.push(...n.keys.map((key) => store.isAnnounced(key))) }).start();
    clock.advance(DAY);
    expect(seenRecorded).toEqual([true]);
  });

  it('sums up several reminders falling due at once in one notification, not as missed', () => {
    const { clock, shown, make } = setup([token('a', inDays(15)), token('b', inDays(15)), token('c', inDays(11))]);
    void make().start();
    clock.advance(1.5 * DAY);
    expect(shown).toHaveLength(1);
    expect(shown[0]).toMatchObject({ kind: 'summary', tokenId: null });
    expect(shown[0]?.title).toBe('3 напоминания — 3 токена истекают');
    expect(shown[0]?.keys).toHaveLength(3);
  });

  it('sums up what was missed while the PC was off as one notification, once', () => {
    const { clock, shown, make, store } = setup([token('a', inDays(8.5)), token('b', inDays(3.2)), token('c', inDays(60))]);
    const first = make();
    void first.start();
    first.stop();
    clock.advance(7 * DAY);
    void make().start();
    expect(shown).toHaveLength(1);
    expect(shown[0]?.kind).toBe('summary');
    expect(shown[0]?.title).toBe('Пока компьютер был выключен: 2 напоминания — 1 токен истекает, 1 истёк');
    expect(shown[0]?.body).toBe('ООО «b» · ОАИС — истёк 3 дня назад\nООО «a» · ОАИС — истекает через 1 день 12 часов');
    // b: 3 and 1 days before, expiry, 3 daily; a: 5 and 3 days before: every one, once
    expect(shown[0]?.keys).toHaveLength(8);
    expect(new Set(shown[0]?.keys).size).toBe(8);
    expect(store.recordCalls).toBeGreaterThan(0);
  });

  it('on the very first run sums up what already needs attention, without claiming the PC was off', () => {
    const { shown, make } = setup([token('a', inDays(10)), token('b', inDays(-2)), token('c', inDays(60))], {}, true);
    void make().start();
    expect(shown).toHaveLength(1);
    expect(shown[0]?.title).toBe('2 напоминания — 1 токен истекает, 1 истёк');
  });

  it('repeats nothing after a restart', () => {
    const { clock, shown, make } = setup([token('a', inDays(3)), token('b', inDays(1))]);
    const first = make();
    void first.start();
    clock.advance(5 * DAY);
    const before = shown.length;
    first.stop();
    void make().start();
    expect(shown.length).toBe(before);
  });

  it('a single reminder missed in a short sleep is still shown alone; a long one is summed up', () => {
    const short = setup([token('a', inDays(14.5))]);
    const s = short.make();
    void s.start();
    short.clock.advance(11.5 * HOUR);
    short.clock.sleep(50 * MINUTE);
    void s.recompute();
    expect(short.shown.map((n) => n.kind)).toEqual(['reminder']);

    const long = setup([token('a', inDays(14.5))]);
    const l = long.make();
    void l.start();
    long.clock.advance(11 * HOUR);
    long.clock.sleep(DAY);
    void l.recompute();
    expect(long.shown.map((n) => [n.kind, n.tokenId])).toEqual([['summary', 'a']]);
    expect(long.shown[0]?.title).toMatch(/^Пока компьютер был выключен: 1 напоминание — 1 токен истекает$/);
  });

  it('repeats nothing when the wall clock is set back', () => {
    const { clock, shown, make } = setup([token('a', inDays(2)), token('b', inDays(2.3))]);
    void make().start();
    clock.advance(3 * DAY);
    const count = shown.length;
    clock.jumpWall(-2 * DAY);
    clock.advance(3 * DAY);
    const replayedKeys = shown.slice(count).flatMap((n) => n.keys);
    const earlierKeys = shown.slice(0, count).flatMap((n) => n.keys);
    expect(replayedKeys.filter((key) => earlierKeys.includes(key))).toEqual([]);
    expect(replayedKeys.length).toBeGreaterThan(0); // the new daily ones after the replay
  });

  it('notices a forward jump of the wall clock within the hourly check, and sums up what it skipped', () => {
    const { clock, shown, make } = setup([token('a', inDays(5.2)), token('b', inDays(3.4))]);
    void make().start();
    clock.jumpWall(2.5 * DAY);
    clock.advance(HOUR);
    expect(shown).toHaveLength(1);
    expect(shown[0]?.kind).toBe('summary');
    // a: 5 and 3 days before; b: 3 and 1 days before
    expect(shown[0]?.keys).toHaveLength(4);
  });

  it('keeps exactly one timer, never longer than the hourly check nor 2^31−1 ms', () => {
    const { clock, make } = setup([token('a', inDays(300))], { hourlyCheckMs: 60 * DAY });
    const delays: number[] = [];
    const spy = {
      ...clock,
      setTimeout: (cb: () => void, ms: number) => (delays.push(ms), clock.setTimeout(cb, ms)),
      clearTimeout: (h: unknown) => clock.clearTimeout(h),
      now: () => clock.now(),
    };
    const scheduler = make({ clock: spy });
    void scheduler.start();
    void scheduler.recompute();
    void scheduler.recompute();
    expect(clock.pendingTimers()).toBe(1);
    expect(Math.max(...delays)).toBe(MAX_TIMER_MS);
    scheduler.stop();
    expect(clock.pendingTimers()).toBe(0);

    const hourly = setup([token('a', inDays(300))]);
    const hourlyDelays: number[] = [];
    const hourlySpy = {
      setTimeout: (cb: () => void, ms: number) => (hourlyDelays.push(ms), hourly.clock.setTimeout(cb, ms)),
      clearTimeout: (h: unknown) => hourly.clock.clearTimeout(h),
      now: () => hourly.clock.now(),
    };
    void hourly.make({ clock: hourlySpy }).start();
    hourly.clock.advance(DAY);
    expect(hourlyDelays.every((ms) => ms === HOUR)).toBe(true);
    expect(hourly.clock.wakeUps).toHaveLength(24);
  });

  it('a renewed token does not get its old reminders', () => {
    const { clock, shown, make, list } = setup([token('a', inDays(10.5))]);
    const scheduler = make();
    void scheduler.start();
    clock.advance(12 * HOUR);
    expect(shown).toHaveLength(1); // «10 days»
    list.subjects = [token('a', inDays(100))];
    void scheduler.recompute();
    clock.advance(30 * DAY);
    expect(shown).toHaveLength(1);
  });

  it('a new token added already late is not reported as missed history', () => {
    const { clock, shown, make, list } = setup([]);
    const scheduler = make();
    void scheduler.start();
    clock.advance(DAY);
    list.subjects = [token('late', inDays(-2.5))];
    void scheduler.recompute();
    expect(shown).toEqual([]);
    clock.advance(DAY);
    expect(shown.map((n) => n.title)).toEqual(['Токен ОАИС истёк 4 дня назад']);
  });

  it('a snooze set from the reminder takes effect on recompute', () => {
    const { clock, shown, make, list } = setup([token('a', inDays(3.5))]);
    const scheduler = make();
    void scheduler.start();
    clock.advance(12 * HOUR); // «3 days»
    list.subjects = [token('a', inDays(3.5), { settings: { snoozedUntil: inDays(2) } })];
    void scheduler.recompute();
    clock.advance(1.5 * DAY - 1);
    expect(shown.map((n) => n.title)).toEqual(['Токен ОАИС истекает через 3 дня']);
    clock.advance(1);
    clock.advance(0.5 * DAY);
    expect(shown.map((n) => n.title)).toEqual(['Токен ОАИС истекает через 3 дня', 'Токен ОАИС истекает через 1 день 12 часов', 'Токен ОАИС истекает через 1 день']);
  });

  it('waits for an asynchronous store before notifying, and never shows a key twice meanwhile', async () => {
    const memory = new MemoryAnnouncementStore();
    let release: () => void = () => undefined;
    const slow: AnnouncementStore = {
      isAnnounced: (key) => memory.isAnnounced(key),
      lastCheckedAt: () => memory.lastCheckedAt(),
      record: (keys, checkedAt) =>
        new Promise<void>((resolve) => {
          release = () => {
            memory.record(keys, checkedAt);
            resolve();
          };
        }),
    };
    const { clock, shown, make } = setup([token('a', inDays(14.5))], { store: slow });
    const scheduler = make();
    const started = scheduler.start();
    release();
    await started;
    clock.advance(12 * HOUR);
    const again = scheduler.recompute();
    expect(shown).toEqual([]);
    release();
    await again;
    await Promise.resolve();
    release();
    await new Promise((resolve) => setImmediate(resolve));
    expect(shown).toHaveLength(1);
    expect(shown[0]?.kind).toBe('reminder');
  });

  it('still warns when the store cannot record, without repeating itself in this run', () => {
    const errors: unknown[] = [];
    const broken: AnnouncementStore = {
      isAnnounced: () => false,
      lastCheckedAt: () => null,
      record: () => {
        throw new Error('disk full');
      },
    };
    const { clock, shown, make } = setup([token('a', inDays(14.5))], { store: broken, onError: (error) => errors.push(error) });
    void make().start();
    clock.advance(12 * HOUR);
    clock.advance(5 * HOUR);
    expect(shown.map((n) => n.kind)).toEqual(['reminder']);
    expect(errors.length).toBeGreaterThan(0);
  });

  it('keeps running when reading the vault fails', () => {
    const errors: unknown[] = [];
    let fail = true;
    const { clock, shown, make } = setup([], {
      subjects: () => {
        if (fail) throw new Error('vault locked');
        return [token('a', inDays(0.02))];
      },
      onError: (error) => errors.push(error),
    });
    void make().start();
    expect(errors).toHaveLength(1);
    expect(clock.pendingTimers()).toBe(1);
    fail = false;
    clock.advance(HOUR);
    expect(shown).toHaveLength(1);
  });

  it('speaks English when asked', () => {
    const { clock, shown, make } = setup([token('a', inDays(14.5))], { language: () => 'en' });
    void make().start();
    clock.advance(DAY);
    expect(shown[0]?.title).toBe('OAIS token expires in 14 days');
  });
});
