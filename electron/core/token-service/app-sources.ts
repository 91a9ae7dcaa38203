import { crptAutoRefreshAllowed } from '../../../shared/hosts';
import type { TokenView, VaultSnapshot } from '../../../shared/model/types';
import { AppFailure } from '../errors';
import type { Clock } from '../ports';
import type { Vault } from '../vault/vault';
import { ServiceError } from './service-error';
import { SERVICE_TEXT } from './texts';
import { DEFAULT_FRESH_FOR_MS, TokenBroker } from './token-broker';
import type { IssuedToken } from './token-broker';
import type { TokenSources } from './token-server';
import { storedSource } from './token-sources';
import type { TokenSource } from './token-sources';

export interface AppSourceDeps {
  vault: Vault;
  clock: Pick<Clock, 'now'>;
  /** Signs in anew for a Честный знак record and saves the new token in the vault (the app's own refresh); throws AppFailure. */
  refreshCrpt(tokenId: string): Promise<void>;
  /** A live СМДО access token for a record (the cached one while it lasts); throws AppFailure. */
  smdoAccessToken(tokenId: string): Promise<IssuedToken>;
}

interface Indexed {
  token: TokenView;
  organisation: string;
}

/**
 * The vault's records as the service's token sources, by record id:
 * - Честный знак on an official stand: the stored token while more than 15 minutes remain,
 *   otherwise one sign-in through the broker (shared by every request meanwhile, bounded,
 *   at most 20 an hour), saved in the vault like the app's own refresh;
 * - Честный знак on a custom stand: the stored token while valid (the app signs for it only on a click);
 * - СМДО: a live access token from the stored login and key;
 * - the others: the stored value while valid, 409 once expired.
 * Decrypted values are kept in memory per record version, so a cached read costs no keychain call.
 */
export class AppTokenSources implements TokenSources {
  private index = new Map<string, Indexed>();
  private readonly plain = new Map<string, { version: string; token: string }>();
  private readonly brokers = new Map<string, TokenBroker>();
  private readonly stopWatching: () => void;

  constructor(private readonly deps: AppSourceDeps) {
    this.reindex(deps.vault.view());
    this.stopWatching = deps.vault.onChange((snapshot) => this.reindex(snapshot));
  }

  dispose(): void {
    this.stopWatching();
    this.plain.clear();
  }

  get(id: string): TokenSource | undefined {
    const entry = this.index.get(id);
    return entry ? this.sourceFor(entry) : undefined;
  }

  list(): TokenSource[] {
    return [...this.index.values()].map((entry) => this.sourceFor(entry));
  }

  private reindex(snapshot: VaultSnapshot): void {
    const next = new Map<string, Indexed>();
    for (const organisation of snapshot.organisations) {
      for (const token of organisation.tokens) next.set(token.id, { token, organisation: organisation.name });
    }
    this.index = next;
    for (const id of [...this.plain.keys()]) if (!next.has(id)) this.plain.delete(id);
    for (const id of [...this.brokers.keys()]) if (!next.has(id)) this.brokers.delete(id);
  }

  private current(id: string): TokenView | null {
    return this.index.get(id)?.token ?? null;
  }

  /** The stored value of a record as the service hands it out; null when it has none with an end date. */
  private async stored(id: string): Promise<IssuedToken | null> {
    const token = this.current(id);
    if (!token || token.expiresAt === null) return null;
    const version = `${token.obtainedAt}|${token.hint}`;
    let known = this.plain.get(id);
    if (!known || known.version !== version) {
      known = { version, token: await this.deps.vault.revealSecret(id) };
      this.plain.set(id, known);
    }
    return { token: known.token, obtainedAt: token.obtainedAt, expiresAt: token.expiresAt };
  }

  private sourceFor({ token, organisation }: Indexed): TokenSource {
    const { id } = token;
    const kind = token.kind === 'crpt' ? (token.settings.purpose === 'trueapi' ? 'trueapi' : 'suz') : token.kind;
    if (token.kind === 'smdo') {
      let last: IssuedToken | null = null;
      return {
        id,
        kind,
        organisation,
        get: async () => {
          try {
            last = await this.deps.smdoAccessToken(id);
            return last;
          } catch (error) {
            throw asServiceError(id, error);
          }
        },
        expiresAt: () => last?.expiresAt ?? null,
      };
    }
    if (token.kind === 'crpt' && crptAutoRefreshAllowed(token.settings)) {
      const broker = this.brokerFor(id);
      return {
        id,
        kind,
        organisation,
        get: async () => {
          const now = this.deps.clock.now().getTime();
          const held = await this.readStored(id);
          if (held && Date.parse(held.expiresAt) - now > DEFAULT_FRESH_FOR_MS) return held;
          return broker.get();
        },
        expiresAt: () => this.current(id)?.expiresAt ?? null,
      };
    }
    // Read synchronously by storedSource: the value is decrypted just before.
    let ready: IssuedToken | null = null;
    const source = storedSource(id, kind, organisation, () => ready, this.deps.clock);
    return {
      ...source,
      get: async () => {
        ready = await this.readStored(id);
        return source.get();
      },
      expiresAt: () => this.current(id)?.expiresAt ?? null,
    };
  }

  private async readStored(id: string): Promise<IssuedToken | null> {
    try {
      return await this.stored(id);
    } catch (error) {
      throw asServiceError(id, error);
    }
  }

  private brokerFor(id: string): TokenBroker {
    let broker = this.brokers.get(id);
    if (!broker) {
      broker = new TokenBroker({
        id,
        clock: this.deps.clock,
        signIn: async () => {
          await this.deps.refreshCrpt(id);
          const fresh = await this.stored(id);
          if (!fresh) throw new ServiceError(409, 'token_expired', SERVICE_TEXT.noStoredToken(id));
          return fresh;
        },
      });
      this.brokers.set(id, broker);
    }
    return broker;
  }
}

/** A failure of the app's own machinery, as the program hears it: the app's Russian message, never a secret. */
function asServiceError(id: string, error: unknown): ServiceError {
  if (error instanceof ServiceError) return error;
  if (error instanceof AppFailure) {
    if (error.code === 'request_timeout') return new ServiceError(504, 'stand_timeout', SERVICE_TEXT.standTimeout(id, 30));
    return new ServiceError(502, 'stand_refused', SERVICE_TEXT.standRefused(id, error.message));
  }
  return new ServiceError(500, 'internal', SERVICE_TEXT.internal);
}
