import { AppFailure } from '../errors';
import type { Clock } from '../ports';
import { ServiceError } from './service-error';
import { SERVICE_TEXT } from './texts';

/** What the service hands out: the token and its lifetime, ISO 8601 UTC. */
export interface IssuedToken {
  token: string;
  obtainedAt: string;
  expiresAt: string;
}

/** One sign-in at the stand; must give up when the signal fires. */
export type SignIn = (signal: AbortSignal) => Promise<IssuedToken>;

export interface BrokerOptions {
  /** The connection's id in the service (for messages). */
  id: string;
  signIn: SignIn;
  /** "Now" for freshness and the hourly limit; a manual clock in tests. */
  clock?: Pick<Clock, 'now'>;
  /** The whole sign-in, signature included, must end within this (30 s). */
  boundMs?: number;
  /** A cached token is handed out while more than this remains (15 min). */
  freshForMs?: number;
  /** Sign-ins allowed per connection in any hour (20). */
  maxSignInsPerHour?: number;
  /** Runs after every new token (writeTo); its failure does not fail the request. */
  onToken?: (token: IssuedToken) => Promise<void> | void;
  onTokenError?: (error: unknown) => void;
}

export const DEFAULT_SIGN_IN_BOUND_MS = 30_000;
export const DEFAULT_FRESH_FOR_MS = 15 * 60_000;
export const DEFAULT_MAX_SIGN_INS_PER_HOUR = 20;
const HOUR_MS = 60 * 60_000;

/**
 * The token of one connection: the cached one while it is fresh, otherwise one
 * sign-in shared by every request that arrives meanwhile (a second sign-in would kill
 * the token the first one just got). The sign-in is bounded as a whole, and a hanging
 * stand holds up only the requests for its own connection.
 */
export class TokenBroker {
  private current: IssuedToken | null = null;
  private inFlight: Promise<IssuedToken> | null = null;
  private attempts: number[] = [];
  private readonly clock: Pick<Clock, 'now'>;
  private readonly boundMs: number;
  private readonly freshForMs: number;
  private readonly maxPerHour: number;

  constructor(private readonly options: BrokerOptions) {
    this.clock = options.clock ?? { now: () => new Date() };
    this.boundMs = options.boundMs ?? DEFAULT_SIGN_IN_BOUND_MS;
    this.freshForMs = options.freshForMs ?? DEFAULT_FRESH_FOR_MS;
    this.maxPerHour = options.maxSignInsPerHour ?? DEFAULT_MAX_SIGN_INS_PER_HOUR;
  }

  /** The cached token, fresh or not (for listings); null before the first sign-in. */
  cached(): IssuedToken | null {
    return this.current;
  }

  get bound(): number {
    return this.boundMs;
  }

  get(): Promise<IssuedToken> {
    const token = this.current;
    if (token && Date.parse(token.expiresAt) - this.clock.now().getTime() > this.freshForMs) return Promise.resolve(token);
    if (!this.inFlight) {
      this.inFlight = this.refresh().finally(() => {
        this.inFlight = null;
      });
    }
    return this.inFlight;
  }

  private async refresh(): Promise<IssuedToken> {
    const now = this.clock.now().getTime();
    this.attempts = this.attempts.filter((at) => now - at < HOUR_MS);
    if (this.attempts.length >= this.maxPerHour) {
      throw new ServiceError(429, 'too_many_sign_ins', SERVICE_TEXT.tooManySignIns(this.options.id, this.maxPerHour));
    }
    this.attempts.push(now);
    const controller = new AbortController();
    let timer: NodeJS.Timeout | undefined;
    const bound = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(() => {
        controller.abort();
        reject(new ServiceError(504, 'stand_timeout', SERVICE_TEXT.standTimeout(this.options.id, Math.round(this.boundMs / 1000))));
      }, this.boundMs);
    });
    const work = this.options.signIn(controller.signal);
    // A sign-in cut by the bound may still fail later; nobody waits for it then.
    work.catch(() => undefined);
    try {
      const token = await Promise.race([work, bound]);
      this.current = token;
      await this.deliver(token);
      return token;
    } catch (error) {
      throw this.failure(error);
    } finally {
      clearTimeout(timer);
    }
  }

  private async deliver(token: IssuedToken): Promise<void> {
    if (!this.options.onToken) return;
    try {
      await this.options.onToken(token);
    } catch (error) {
      this.options.onTokenError?.(error);
    }
  }

  private failure(error: unknown): ServiceError {
    if (error instanceof ServiceError) return error;
    if (error instanceof AppFailure) {
      if (error.code === 'request_timeout') {
        return new ServiceError(504, 'stand_timeout', SERVICE_TEXT.standTimeout(this.options.id, Math.round(this.boundMs / 1000)));
      }
      return new ServiceError(502, 'stand_refused', SERVICE_TEXT.standRefused(this.options.id, error.message));
    }
    return new ServiceError(500, 'internal', SERVICE_TEXT.internal);
  }
}
