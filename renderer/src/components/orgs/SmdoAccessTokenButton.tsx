import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api';
import { useLanguage } from '../../hooks/useSettings';
import { formatLocal } from '../../lib/format';
import { useAppStore } from '../../state/app-store';

/**
 * «Скопировать токен доступа»: a live СМДО Bearer token on the clipboard, for a
 * program or a test call that needs the token itself rather than the login and key.
 * The core reuses its cached token while it lasts, so repeated clicks do not hit the server.
 */
export function SmdoAccessTokenButton({ tokenId }: { tokenId: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const setError = useAppStore((state) => state.setError);
  const showStatus = useAppStore((state) => state.showStatus);
  const [busy, setBusy] = useState(false);

  const copy = async () => {
    if (busy) return;
    setBusy(true);
    const result = await call('smdoCopyAccessToken', { tokenId });
    setBusy(false);
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    setError(null);
    const until = formatLocal(result.value.expiresAt, language);
    showStatus(
      result.value.clearsAfterSeconds > 0
        ? t('orgs.smdo.accessTokenCopied', { until, seconds: result.value.clearsAfterSeconds })
        : t('orgs.smdo.accessTokenCopiedKept', { until }),
    );
  };

  return (
    <button type="button" className="button button-secondary" aria-disabled={busy || undefined} onClick={() => void copy()}>
      {t('orgs.smdo.copyAccessToken')}
    </button>
  );
}
