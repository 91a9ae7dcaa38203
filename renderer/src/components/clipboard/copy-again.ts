import type { ClipboardSource } from '../../../../shared/model/clipboard-state';
import type { VaultSnapshot } from '../../../../shared/model/types';
import { call } from '../../api';
import { copyTokenWithStatus } from '../../lib/copy-token';
import { findToken, useAppStore } from '../../state/app-store';

/** «Скопировать снова»: the same request as the first copy, so the core puts the same thing back and arms a new wipe. */
export async function copyAgain(source: ClipboardSource, snapshot: VaultSnapshot | null): Promise<void> {
  const app = useAppStore.getState();
  if (source.what === 'secret') {
    const token = snapshot ? findToken(snapshot, source.tokenId) : undefined;
    // A record deleted meanwhile has nothing to copy again.
    if (token) await copyTokenWithStatus(token);
    return;
  }
  const result =
    source.what === 'login'
      ? await call('smdoLogin', { tokenId: source.tokenId, action: 'copy' })
      : source.what === 'accessToken'
        ? await call('smdoCopyAccessToken', { tokenId: source.tokenId })
        : await call('eisAdminLetter', { tokenId: source.tokenId, includeIdentifier: true });
  app.setError(result.ok ? null : result.error.message);
}
