import { useTranslation } from 'react-i18next';
import type { TokenView } from '../../../../shared/model/types';
import { call } from '../../api';
import { CoreActionButton } from '../CoreActionButton';

/** «Получить новый токен» on a Честный знак token: renewal in place, the old one goes to history. */
export function CrptRefreshButton({ token, primary }: { token: TokenView; primary: boolean }) {
  const { t } = useTranslation();
  return (
    <CoreActionButton
      label={t('crpt.refresh')}
      busyLabel={t('crpt.refreshing')}
      primary={primary}
      run={() => call('crptRefreshToken', { tokenId: token.id })}
      done={() => t('crpt.refreshed')}
    />
  );
}
