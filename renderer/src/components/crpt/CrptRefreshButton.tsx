import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TokenView } from '../../../../shared/model/types';
import { call } from '../../api';
import { useAppStore } from '../../state/app-store';

/** «Получить новый токен» on a Честный знак token: renewal in place, the old one goes to history. */
export function CrptRefreshButton({ token, primary }: { token: TokenView; primary: boolean }) {
  const { t } = useTranslation();
  const setError = useAppStore((state) => state.setError);
  const showStatus = useAppStore((state) => state.showStatus);
  const [busy, setBusy] = useState(false);
  const refresh = async () => {
    if (busy) return;
    setBusy(true);
    setError(null);
    showStatus(t('crpt.refreshing'));
    const result = await call('crptRefreshToken', { tokenId: token.id });
    setBusy(false);
    if (result.ok) showStatus(t('crpt.refreshed'));
    else setError(result.error.message);
  };
  return (
    <button type="button" className={primary ? 'button button-primary' : 'button button-secondary'} aria-disabled={busy || undefined} onClick={() => void refresh()}>
      {busy ? t('crpt.refreshing') : t('crpt.refresh')}
    </button>
  );
}
