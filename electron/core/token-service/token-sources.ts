import type { Clock } from '../ports';
import { ServiceError } from './service-error';
import { SERVICE_TEXT } from './texts';
import type { IssuedToken, TokenBroker } from './token-broker';

/** One id the service can answer for. */
export interface TokenSource {
  readonly id: string;
  /** suz, trueapi, smdo, oais…: shown in `GET /v1/tokens`. */
  readonly kind: string;
  readonly organisation: string | null;
  /** The token to hand out now; throws ServiceError. */
  get(): Promise<IssuedToken>;
  /** Expiry of the token held now, or null (none yet). */
  expiresAt(): string | null;
}

/** A connection the service signs in for itself (Честный знак). */
export function brokerSource(id: string, kind: string, organisation: string | null, broker: TokenBroker): TokenSource {
  return {
    id,
    kind,
    organisation,
    get: () => broker.get(),
    expiresAt: () => broker.cached()?.expiresAt ?? null,
  };
}

/**
 * A token the app keeps (entered by hand, or refreshed by the app itself): handed
 * out while valid, refused with 409 once expired, since the service cannot renew it.
 */
export function storedSource(
  id: string,
  kind: string,
  organisation: string | null,
  read: () => IssuedToken | null,
  clock: Pick<Clock, 'now'> = { now: () => new Date() },
): TokenSource {
  return {
    id,
    kind,
    organisation,
    get() {
      const token = read();
      if (token === null) return Promise.reject(new ServiceError(409, 'token_expired', SERVICE_TEXT.noStoredToken(id)));
      if (Date.parse(token.expiresAt) <= clock.now().getTime()) {
        return Promise.reject(new ServiceError(409, 'token_expired', SERVICE_TEXT.tokenExpired(id, token.expiresAt)));
      }
      return Promise.resolve(token);
    },
    expiresAt: () => read()?.expiresAt ?? null,
  };
}
