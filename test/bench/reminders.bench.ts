import { performance } from 'node:perf_hooks';
import { MemoryAnnouncementStore } from '../../electron/core/reminders/announcement-store';
import { ReminderScheduler } from '../../electron/core/reminders/scheduler';
import { makeFleet } from '../support/reminder-fleet';
import { SimulatedClock } from '../support/reminder-clock';
import { DEFAULT_PLAN, runSimulation, wakeUpsPerDay } from '../support/reminder-simulation';

/**
 * Reminder scheduler figures:
 * - timer wake-ups per day of awake time over the 120-day simulation with 300
 *   tokens (the same one the tests run), against the goal «due reminders + 24»;
 * - the time one recompute() takes with all subjects, for 300 and 3 000 tokens:
 *   warm (after the first start, as on a vault change or resume) and cold (first
 *   start ever, looking 400 days back).
 */

const RUNS = 20;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

function simulate() {
  const started = performance.now();
  const result = runSimulation(DEFAULT_PLAN);
  const seconds = (performance.now() - started) / 1000;
  const days = wakeUpsPerDay(result);
  const wakeUps = days.map((day) => day.wakeUps);
  const due = days.map((day) => day.due);
  const margin = days.map((day) => day.wakeUps - day.due);
  const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
  return {
    tokens: DEFAULT_PLAN.tokens,
    days: days.length,
    wakeUpsAvg: sum(wakeUps) / days.length,
    wakeUpsMax: Math.max(...wakeUps),
    dueAvg: sum(due) / days.length,
    dueMax: Math.max(...due),
    /** The goal is wake-ups ≤ due + 24 every day, i.e. this at most 24. */
    wakeUpsOverDueMax: Math.max(...margin),
    daysOverBudget: days.filter((day) => day.wakeUps > day.due + 24).length,
    notifications: result.log.length,
    simulationSeconds: seconds,
  };
}

function timeRecompute(tokens: number) {
  const start = new Date('2027-01-10T06:17:00.000Z');
  const fleet = makeFleet({ tokens, organisations: Math.max(1, Math.round(tokens / 5)), start });
  const subjects = fleet.subjects().length;
  const cold: number[] = [];
  const warm: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const clock = new SimulatedClock(start);
    const scheduler = new ReminderScheduler({ clock, store: new MemoryAnnouncementStore(), subjects: () => fleet.subjects(), notify: () => undefined, language: () => 'ru' });
    let t0 = performance.now();
    void scheduler.start();
    cold.push(performance.now() - t0);
    clock.advance(17 * 60_000);
    t0 = performance.now();
    void scheduler.recompute();
    warm.push(performance.now() - t0);
    scheduler.stop();
  }
  return { tokens, subjects, runs: RUNS, warmMedianMs: median(warm), coldMedianMs: median(cold) };
}

const simulation = simulate();
const recompute = [timeRecompute(300), timeRecompute(3_000)];

console.log('Wake-ups per day of awake time (120 simulated days, restart, 3-day sleep, clock jumps)');
console.table([
  {
    tokens: simulation.tokens,
    days: simulation.days,
    'wake-ups avg': simulation.wakeUpsAvg.toFixed(1),
    'wake-ups max': simulation.wakeUpsMax,
    'due avg': simulation.dueAvg.toFixed(1),
    'due max': simulation.dueMax,
    'max (wake-ups − due)': `${simulation.wakeUpsOverDueMax} (goal ≤ 24)`,
    'days over budget': simulation.daysOverBudget,
    'simulation, s': simulation.simulationSeconds.toFixed(2),
  },
]);
console.log(`\nrecompute() with all subjects, median of ${RUNS} runs`);
console.table(
  recompute.map((row) => ({
    tokens: row.tokens,
    subjects: row.subjects,
    'warm recompute, ms': row.warmMedianMs.toFixed(3),
    'first start (400-day look-back), ms': row.coldMedianMs.toFixed(3),
  })),
);
console.log(JSON.stringify({ bench: 'reminders', simulation, recompute }));
if (simulation.daysOverBudget > 0) process.exitCode = 1;
