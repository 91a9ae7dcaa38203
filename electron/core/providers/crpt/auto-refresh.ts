import type { TokenView } from '../../../../shared/model/types';
import type { Clock } from '../../ports';
import { DEFAULT_REFRESH_POLICY, nextRefreshAt } from './refresh';
import type { RefreshPolicy } from './refresh';

/** setTimeout treats anything longer as 1 ms. */
const MAX_TIMER_MS = 2 ** 31 - 1;
/** After a failed refresh, try again this much later while the token still lives. */
export const RETRY_AFTER_FAILURE_MS = 15 * 60_000;

export interface AutoRefreshOptions {
  clock: Clock;
  /** The crpt tokens whose automatic refresh is on. */
  tokens: () => TokenView[];
  /** Fetches and saves a new token; resolves false when it failed (the reason is already recorded). */
  refresh: (tokenId: string) => Promise<boolean>;
  policy?: RefreshPolicy;
  random?: () => number;
}

/**
 * Keeps Честный знак tokens fresh: one timer for the earliest refresh moment,
 * re-armed from the wall clock on every vault change. A refresh is sequential
 * per process (the provider already allows one request per connection); a
 * failure is retried later while the token lives, and reminders take over.
 */
export class CrptAutoRefresher {
  private timer: unknown = null;
  private running = false;
  private stopped = true;
  /**
   * Token id → earliest moment of the next attempt after a failure, for the expiry it failed at:
   * a token renewed meanwhile (by hand, or on another try) starts afresh.
   */
  private readonly retryAt = new Map<string, { expiresAt: string | null; at: number }>();
  /** Jittered moments, fixed per token expiry so that re-arming does not move them. */
  private readonly planned = new Map<string, { expiresAt: string; at: number }>();

  constructor(private readonly options: AutoRefreshOptions) {}

  start(): void {
    this.stopped = false;
    this.arm();
  }

  stop(): void {
    this.stopped = true;
    this.disarm();
  }

  /** After a vault change, a resume or a clock change. */
  recompute(): void {
    if (!this.stopped && !this.running) this.arm();
  }

  private momentOf(token: TokenView): number | null {
    if (token.expiresAt === null) return null;
    const now = this.options.clock.now();
    let plan = this.planned.get(token.id);
    if (!plan || plan.expiresAt !== token.expiresAt) {
      const at = nextRefreshAt(token.expiresAt, now, this.options.policy ?? DEFAULT_REFRESH_POLICY, this.options.random).getTime();
      plan = { expiresAt: token.expiresAt, at };
      this.planned.set(token.id, plan);
    }
    const retry = this.retryAt.get(token.id);
    if (retry && retry.expiresAt !== token.expiresAt) {
      this.retryAt.delete(token.id);
      return plan.at;
    }
    return Math.max(plan.at, retry?.at ?? Number.NEGATIVE_INFINITY);
  }

  private arm(): void {
    this.disarm();
    const now = this.options.clock.now().getTime();
    const moments = this.options
      .tokens()
      .map((token) => this.momentOf(token))
      .filter((moment): moment is number => moment !== null);
    if (moments.length === 0) return;
    const delay = Math.min(Math.max(Math.min(...moments) - now, 0), MAX_TIMER_MS);
    this.timer = this.options.clock.setTimeout(() => void this.fire(), delay);
  }

  private disarm(): void {
    if (this.timer !== null) this.options.clock.clearTimeout(this.timer);
    this.timer = null;
  }

  private async fire(): Promise<void> {
    this.timer = null;
    if (this.stopped) return;
    this.running = true;
    try {
      const now = this.options.clock.now().getTime();
      for (const token of this.options.tokens()) {
        const moment = this.momentOf(token);
        if (moment === null || moment > now) continue;
        const expired = token.expiresAt !== null && Date.parse(token.expiresAt) <= now;
        const ok = await this.options.refresh(token.id);
        if (ok) this.retryAt.delete(token.id);
        // An expired token is not retried on a timer: the user is reminded and refreshes by hand.
        else this.retryAt.set(token.id, { expiresAt: token.expiresAt, at: expired ? Number.POSITIVE_INFINITY : now + RETRY_AFTER_FAILURE_MS });
      }
    } finally {
      this.running = false;
      if (!this.stopped) this.arm();
    }
  }
}
