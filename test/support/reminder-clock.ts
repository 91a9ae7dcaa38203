import type { Clock } from '../../electron/core/ports';

const MAX_TIMER_MS = 2 ** 31 - 1;

interface Timer {
  id: number;
  /** On the monotonic time line: timers do not run while the PC sleeps, nor follow wall-clock jumps. */
  at: number;
  callback: () => void;
}

/**
 * A simulated PC for the reminder scheduler. Unlike ManualClock it keeps the
 * wall clock apart from timer time, so a sleep or a clock change moves now()
 * without firing timers, and it fires timers one at a time at their own moment
 * (a callback that arms the next timer gets it run within the same advance).
 * It counts wake-ups and refuses delays Node would silently turn into 1 ms.
 */
export class SimulatedClock implements Clock {
  private monotonic = 0;
  private wallOffset: number;
  private timers: Timer[] = [];
  private nextId = 1;
  /** Monotonic instants of every timer that fired. */
  readonly wakeUps: number[] = [];

  constructor(start: Date) {
    this.wallOffset = start.getTime();
  }

  now(): Date {
    return new Date(this.monotonic + this.wallOffset);
  }

  /** Milliseconds the simulated PC has been awake and running. */
  uptime(): number {
    return this.monotonic;
  }

  setTimeout(callback: () => void, ms: number): unknown {
    if (!Number.isFinite(ms) || ms < 0 || ms > MAX_TIMER_MS) throw new RangeError(`timer delay out of range: ${ms}`);
    const id = this.nextId++;
    this.timers.push({ id, at: this.monotonic + ms, callback });
    return id;
  }

  clearTimeout(handle: unknown): void {
    this.timers = this.timers.filter((timer) => timer.id !== handle);
  }

  pendingTimers(): number {
    return this.timers.length;
  }

  /** Lets awake time pass, firing each due timer at its own instant, earliest first. */
  advance(ms: number): void {
    const target = this.monotonic + ms;
    for (;;) {
      let next: Timer | undefined;
      for (const timer of this.timers) if (timer.at <= target && (!next || timer.at < next.at)) next = timer;
      if (!next) break;
      const fired = next;
      this.timers = this.timers.filter((timer) => timer !== fired);
      this.monotonic = Math.max(this.monotonic, fired.at);
      this.wakeUps.push(this.monotonic);
      fired.callback();
    }
    this.monotonic = target;
  }

  /** The PC sleeps: the wall clock moves on, timers stand still. Call the scheduler's recompute() after, as powerMonitor 'resume' does. */
  sleep(ms: number): void {
    this.wallOffset += ms;
  }

  /** Someone (or NTP) sets the wall clock; timers are not affected. */
  jumpWall(ms: number): void {
    this.wallOffset += ms;
  }
}
