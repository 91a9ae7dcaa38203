/**
 * What the reminder scheduler has already announced. The vault keeps it next to
 * the tokens, so a restart, a crash or a clock set backwards repeats nothing.
 */

/** How far back the scheduler ever looks for missed reminders. */
export const LOOKBACK_DAYS = 400;
/**
 * Keys are kept a day longer than the look-back: a key recorded at R belongs to a
 * moment at or before R, and R is out of every future look-back before it is pruned.
 */
export const RETENTION_DAYS = LOOKBACK_DAYS + 1;

const DAY_MS = 86_400_000;

export interface AnnouncementStore {
  isAnnounced(key: string): boolean;
  /**
   * Marks the keys as announced and remembers when this check ran, in one
   * durable step; the scheduler notifies only after it returned or resolved.
   * Called on every check, often with no key: an implementation may delay
   * persisting a record without keys, since lastCheckedAt only narrows the look-back.
   */
  record(keys: string[], checkedAt: Date): void | Promise<void>;
  lastCheckedAt(): Date | null;
}

/** The serialisable form, for the vault file. */
export interface AnnouncementState {
  /** Key → ISO instant at which it was recorded. */
  announced: Record<string, string>;
  lastCheckedAt: string | null;
}

export const EMPTY_ANNOUNCEMENTS: AnnouncementState = { announced: {}, lastCheckedAt: null };

/**
 * Drops keys recorded more than RETENTION_DAYS before `now`. Keys stamped in the
 * future (the clock was set back since) are kept: their moments may come round again.
 */
export function pruneAnnouncements(state: AnnouncementState, now: Date): AnnouncementState {
  const oldest = now.getTime() - RETENTION_DAYS * DAY_MS;
  const announced: Record<string, string> = {};
  for (const [key, recordedAt] of Object.entries(state.announced)) {
    const recordedMs = Date.parse(recordedAt);
    if (!Number.isFinite(recordedMs) || recordedMs >= oldest) announced[key] = recordedAt;
  }
  return { announced, lastCheckedAt: state.lastCheckedAt };
}

/** Keeps everything in memory; for tests, and as the model of the vault-backed one. */
export class MemoryAnnouncementStore implements AnnouncementStore {
  private readonly announced = new Map<string, string>();
  private checkedAt: string | null;
  private prunedAtMs = Number.NEGATIVE_INFINITY;
  recordCalls = 0;

  constructor(initial: AnnouncementState = EMPTY_ANNOUNCEMENTS) {
    for (const [key, recordedAt] of Object.entries(initial.announced)) this.announced.set(key, recordedAt);
    this.checkedAt = initial.lastCheckedAt;
  }

  isAnnounced(key: string): boolean {
    return this.announced.has(key);
  }

  record(keys: string[], checkedAt: Date): void {
    this.recordCalls += 1;
    const stamp = checkedAt.toISOString();
    for (const key of keys) if (!this.announced.has(key)) this.announced.set(key, stamp);
    this.checkedAt = stamp;
    // Pruning walks every key; once a day is plenty for a 400-day retention.
    if (Math.abs(checkedAt.getTime() - this.prunedAtMs) >= DAY_MS) {
      this.prunedAtMs = checkedAt.getTime();
      const kept = pruneAnnouncements(this.snapshot(), checkedAt).announced;
      for (const key of [...this.announced.keys()]) if (!Object.hasOwn(kept, key)) this.announced.delete(key);
    }
  }

  lastCheckedAt(): Date | null {
    return this.checkedAt === null ? null : new Date(this.checkedAt);
  }

  snapshot(): AnnouncementState {
    return { announced: Object.fromEntries(this.announced), lastCheckedAt: this.checkedAt };
  }
}
