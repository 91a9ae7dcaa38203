import { crptAutoRefreshAllowed } from '../../../shared/hosts';
import { locateToken } from '../../../shared/model/locate-token';
import { message } from '../../../shared/texts/messages';
import { AppFailure } from '../errors';
import { requireConfirmedHost } from '../hosts/host-guard';
import type { Router } from '../ipc/router';
import type { Clock } from '../ports';
import { SmdoTokenCache, normaliseSmdoTokenUrl } from '../providers/smdo';
import type { Vault } from '../vault/vault';
import { AppTokenService } from './app-service';
import { AppTokenSources } from './app-sources';
import type { IssuedToken } from './token-broker';

export interface AppTokenServiceWiring {
  vault: Vault;
  clock: Clock;
  /** The core's router, once built: Честный знак sign-ins go through the app's own refresh. */
  router: () => Router;
  onError?: (error: unknown) => void;
}

/** The app's token service over the vault, reusing the app's Честный знак refresh and СМДО client. */
export function createAppTokenService(wiring: AppTokenServiceWiring): { service: AppTokenService; sources: AppTokenSources } {
  const { vault, clock } = wiring;
  const language = () => vault.view().settings.language;
  const smdoCache = new SmdoTokenCache({ now: () => clock.now() });

  const routed = async (name: 'crptRefreshToken' | 'crptSetAutoRefresh', payload: object): Promise<void> => {
    const result = await wiring.router().handle(name, payload);
    if (!result.ok) throw new AppFailure(result.error.code, result.error.message);
  };

  const smdoAccessToken = async (tokenId: string): Promise<IssuedToken> => {
    const lang = language();
    const found = locateToken(vault.view(), tokenId);
    if (!found) throw new AppFailure('not_found', message('not_found_token', lang));
    const tokenUrl = normaliseSmdoTokenUrl(found.token.settings.tokenUrl ?? '');
    if (tokenUrl === null) throw new AppFailure('invalid_field', message('smdo_token_url', lang));
    // The same rule as the app's own «Скопировать токен доступа»: only to the host the user confirmed.
    requireConfirmedHost({ vault, tokenId, address: tokenUrl, sends: ['login', 'key'], kind: 'smdo', language: lang });
    const key = await vault.revealSecret(tokenId);
    const login = (await vault.revealLogin(tokenId)) ?? '';
    const fetched = await smdoCache.get({ tokenUrl, login, key, language: lang });
    return { token: fetched.token, obtainedAt: fetched.obtainedAt, expiresAt: fetched.expiresAt };
  };

  const sources = new AppTokenSources({
    vault,
    clock,
    refreshCrpt: (tokenId) => routed('crptRefreshToken', { tokenId }),
    smdoAccessToken,
  });
  const service = new AppTokenService({
    vault,
    clock,
    sources,
    keepRefreshing: async (tokenIds) => {
      const snapshot = vault.view();
      for (const tokenId of tokenIds) {
        const token = locateToken(snapshot, tokenId)?.token;
        if (token?.kind === 'crpt' && token.settings.autoRefresh !== 'on' && crptAutoRefreshAllowed(token.settings)) {
          await routed('crptSetAutoRefresh', { tokenId, on: true });
        }
      }
    },
    ...(wiring.onError ? { onError: wiring.onError } : {}),
  });
  return { service, sources };
}
