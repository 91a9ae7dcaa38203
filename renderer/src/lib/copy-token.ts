import i18next from 'i18next';
import type { TokenView } from '../../../shared/model/types';
import { call } from '../api';
import { useAppStore } from '../state/app-store';
import { secretName } from '../../../shared/kinds/secret-name';

/** Copies a token (or identifier, or key) through the core and says, politely, when the clipboard will be wiped. */
export async function copyTokenWithStatus(token: Pick<TokenView, 'id' | 'kind'>): Promise<boolean> {
  const app = useAppStore.getState();
  const result = await call('copyToken', { tokenId: token.id });
  if (!result.ok) {
    app.setError(result.error.message);
    return false;
  }
  const seconds = result.value.clearsAfterSeconds;
  app.setError(null);
  const name = secretName(token.kind, i18next.language === 'en' ? 'en' : 'ru');
  app.showStatus(seconds > 0 ? i18next.t('copy.copiedClears', { seconds, name }) : i18next.t('copy.copiedKept', { name }));
  return true;
}
