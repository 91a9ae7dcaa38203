import { useTranslation } from 'react-i18next';
import { call } from '../../api';
import { useLanguage } from '../../hooks/useSettings';
import { formatLocal } from '../../lib/format';
import { CoreActionButton } from '../CoreActionButton';

/**
 * «Скопировать токен доступа»: a live СМДО Bearer token on the clipboard, for a
 * program or a test call that needs the token itself rather than the login and key.
 * The core reuses its cached token while it lasts, so repeated clicks do not hit the server.
 */
export function SmdoAccessTokenButton({ tokenId }: { tokenId: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <CoreActionButton
      label={t('orgs.smdo.copyAccessToken')}
      run={() => call('smdoCopyAccessToken', { tokenId })}
      done={(value) => {
        const until = formatLocal(value.expiresAt, language);
        return value.clearsAfterSeconds > 0 ? t('orgs.smdo.accessTokenCopied', { until, seconds: value.clearsAfterSeconds }) : t('orgs.smdo.accessTokenCopiedKept', { until });
      }}
    />
  );
}
