import { createHmac, randomBytes } from 'node:crypto';
import type { Language } from '../../../../shared/model/types';
import { SmdoFailure, throttled } from './errors';
import { fetchSmdoToken } from './token-client';
import type { SmdoClientDeps, SmdoToken, SmdoTokenRequest } from './token-client';
import { normaliseSmdoTokenUrl } from './token-url';

/**
 * Bearer tokens per login, reused while they live. A token is handed out until
 * `refreshMarginMs` (60 s, or half its life if that is shorter) before it
 * expires; then the next call fetches a new one. Concurrent calls for the same
 * login and key share one request (single flight). A new key (after a rotation)
 * never gets a token fetched with the old one. After a 429 with Retry-After the
 * cache answers “wait N s” by itself until that moment, without asking the
 * server again.
 *
 * Keys are not kept: entries are told apart by an HMAC of the key under a
 * random per-cache secret.
 */

export interface SmdoCacheRequest extends SmdoTokenRequest {
  /** Ignore a cached token and fetch a new one (the «Проверить» button). */
  forceRefresh?: boolean;
}

export interface CachedSmdoToken extends SmdoToken {
  /** Whether the token came from the cache rather than from a request just made. */
  fromCache: boolean;
}

export interface SmdoTokenCacheOptions {
  fetchToken?: (request: SmdoTokenRequest, deps: SmdoClientDeps) => Promise<SmdoToken>;
  deps?: SmdoClientDeps;
  now?: () => Date;
  refreshMarginMs?: number;
}

interface Entry {
  token: SmdoToken;
  fingerprint: string;
}

interface Flight {
  fingerprint: string;
  promise: Promise<SmdoToken>;
}

export const SMDO_REFRESH_MARGIN_MS = 60_000;

/** Waits for `promise`, or rejects as soon as the caller's own signal fires. */
function raceAbort<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}

export class SmdoTokenCache {
  private readonly entries = new Map<string, Entry>();
  private readonly flights = new Map<string, Flight>();
  private readonly blockedUntil = new Map<string, number>();
  /** The key most recently asked for, per slot. */
  private readonly latestKey = new Map<string, string>();
  private readonly pepper = randomBytes(32);
  private readonly fetchToken: NonNullable<SmdoTokenCacheOptions['fetchToken']>;
  private readonly deps: SmdoClientDeps;
  private readonly now: () => Date;
  private readonly refreshMarginMs: number;

  constructor(options: SmdoTokenCacheOptions = {}) {
    this.fetchToken = options.fetchToken ?? fetchSmdoToken;
    this.now = options.now ?? options.deps?.now ?? (() => new Date());
    this.deps = { now: this.now, ...options.deps };
    this.refreshMarginMs = options.refreshMarginMs ?? SMDO_REFRESH_MARGIN_MS;
  }

  /** A live token for these credentials: cached, shared with a request in flight, or fetched now. */
  async get(request: SmdoCacheRequest): Promise<CachedSmdoToken> {
    const slot = this.slot(request.tokenUrl, request.login);
    const fingerprint = this.fingerprint(request.key);
    const language: Language = request.language ?? 'ru';

    const blocked = this.blockedUntil.get(slot);
    if (blocked !== undefined) {
      const waitMs = blocked - this.now().getTime();
      if (waitMs > 0) throw throttled({ language }, Math.ceil(waitMs / 1000));
      this.blockedUntil.delete(slot);
    }

    const entry = this.entries.get(slot);
    if (!request.forceRefresh && entry && entry.fingerprint === fingerprint && this.fresh(entry.token)) {
      return { ...entry.token, fromCache: true };
    }

    let flight = this.flights.get(slot);
    if (!flight || flight.fingerprint !== fingerprint) {
      // The shared request runs without any caller's signal: one caller giving up must not fail the others.
      const { signal: _signal, forceRefresh: _force, ...shared } = request;
      const promise = this.fetchToken(shared, this.deps).then(
        (token) => {
          // A request for an older key may end last; it must not replace the newer key's token.
          if (this.latestKey.get(slot) === fingerprint) this.entries.set(slot, { token, fingerprint });
          return token;
        },
        (error: unknown) => {
          if (error instanceof SmdoFailure && error.code === 'rate_limited' && error.retryAfterSeconds !== undefined) {
            this.blockedUntil.set(slot, this.now().getTime() + error.retryAfterSeconds * 1000);
          }
          throw error;
        },
      );
      const started: Flight = { fingerprint, promise };
      this.latestKey.set(slot, fingerprint);
      flight = started;
      this.flights.set(slot, started);
      const settle = (): void => {
        if (this.flights.get(slot) === started) this.flights.delete(slot);
      };
      promise.then(settle, settle);
    }
    const token = await raceAbort(flight.promise, request.signal);
    return { ...token, fromCache: false };
  }

  /** Forgets the token of a login, e.g. when an API call with it came back 401. */
  invalidate(tokenUrl: string, login: string): void {
    const slot = this.slot(tokenUrl, login);
    this.entries.delete(slot);
  }

  clear(): void {
    this.entries.clear();
    this.latestKey.clear();
    this.blockedUntil.clear();
  }

  private fresh(token: SmdoToken): boolean {
    const obtained = Date.parse(token.obtainedAt);
    const expires = Date.parse(token.expiresAt);
    const margin = Math.min(this.refreshMarginMs, (expires - obtained) / 2);
    return this.now().getTime() < expires - margin;
  }

  private slot(tokenUrl: string, login: string): string {
    return `${normaliseSmdoTokenUrl(tokenUrl) ?? tokenUrl.trim()}\u0000${login.trim()}`;
  }

  private fingerprint(key: string): string {
    return createHmac('sha256', this.pepper).update(key.trim(), 'utf8').digest('base64');
  }
}
