import { useTranslation } from 'react-i18next';
import { call } from '../../api';
import { useLanguage } from '../../hooks/useSettings';
import { formatLocal } from '../../lib/format';
import { CoreActionButton } from '../CoreActionButton';

/** «Проверить»: the core fetches a fresh СМДО token with the stored login and key. */
export function SmdoCheckButton({ tokenId, primary = false }: { tokenId: string; primary?: boolean }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <CoreActionButton
      label={t('orgs.smdo.check')}
      primary={primary}
      run={() => call('smdoCheck', { tokenId })}
      done={(value) => t('orgs.smdo.checkOk', { until: formatLocal(value.expiresAt, language) })}
    />
  );
}
