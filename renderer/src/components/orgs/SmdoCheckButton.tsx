import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api';
import { useLanguage } from '../../hooks/useSettings';
import { formatLocal } from '../../lib/format';
import { useAppStore } from '../../state/app-store';

/** «Проверить»: the core fetches a fresh СМДО token with the stored login and key. */
export function SmdoCheckButton({ tokenId, primary = false }: { tokenId: string; primary?: boolean }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const setError = useAppStore((state) => state.setError);
  const showStatus = useAppStore((state) => state.showStatus);
  const [checking, setChecking] = useState(false);

  const check = async () => {
    if (checking) return;
    setChecking(true);
    const result = await call('smdoCheck', { tokenId });
    setChecking(false);
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    setError(null);
    showStatus(t('orgs.smdo.checkOk', { until: formatLocal(result.value.expiresAt, language) }));
  };

  return (
    <button type="button" className={primary ? 'button button-primary' : 'button button-secondary'} aria-disabled={checking} onClick={() => void check()}>
      {t('orgs.smdo.check')}
    </button>
  );
}
