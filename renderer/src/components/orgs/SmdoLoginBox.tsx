import { useTranslation } from 'react-i18next';
import type { TokenView } from '../../../../shared/model/types';
import { call } from '../../api';
import { useAppStore } from '../../state/app-store';
import { RevealBox } from '../RevealBox';

/**
 * The СМДО application's login: kept encrypted like the key and never in the
 * snapshot, so it is asked for when the user wants to see or copy it (the ВСЭД
 * settings take the login and the key).
 */
export function SmdoLoginBox({ token }: { token: TokenView }) {
  const { t } = useTranslation();
  const setError = useAppStore((state) => state.setError);
  const showStatus = useAppStore((state) => state.showStatus);
  const name = t('orgs.smdo.loginName');

  const reveal = async () => {
    const result = await call('smdoLogin', { tokenId: token.id, action: 'reveal' });
    setError(result.ok ? null : result.error.message);
    return result.ok ? (result.value.login ?? '') : null;
  };

  const copy = async () => {
    const result = await call('smdoLogin', { tokenId: token.id, action: 'copy' });
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    setError(null);
    const seconds = result.value.clearsAfterSeconds ?? 0;
    showStatus(seconds > 0 ? t('copy.copiedClears', { seconds, name }) : t('copy.copiedKept', { name }));
  };

  return (
    <RevealBox
      name={name}
      masked={
        <>
          <span aria-hidden="true">••••••••</span>
          <span className="visually-hidden">{t('orgs.smdo.loginHidden')}</span>
        </>
      }
      reveal={reveal}
      copy={() => void copy()}
    />
  );
}
