import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TokenView } from '../../../../shared/model/types';
import { call } from '../../api';
import { useAppStore } from '../../state/app-store';

/**
 * The СМДО application's login: kept encrypted like the key and never in the
 * snapshot, so it is asked for when the user wants to see or copy it (the ВСЭД
 * settings take the login and the key).
 */
export function SmdoLoginBox({ token }: { token: TokenView }) {
  const { t } = useTranslation();
  const setError = useAppStore((state) => state.setError);
  const showStatus = useAppStore((state) => state.showStatus);
  const [login, setLogin] = useState<string | null>(null);
  const headingId = useId();
  const valueId = useId();

  const reveal = async () => {
    const result = await call('smdoLogin', { tokenId: token.id, action: 'reveal' });
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    setError(null);
    setLogin(result.value.login ?? '');
  };

  const copy = async () => {
    const result = await call('smdoLogin', { tokenId: token.id, action: 'copy' });
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    setError(null);
    const seconds = result.value.clearsAfterSeconds ?? 0;
    const name = t('orgs.smdo.loginName');
    showStatus(seconds > 0 ? t('copy.copiedClears', { seconds, name }) : t('copy.copiedKept', { name }));
  };

  return (
    <section className="secret-box" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('orgs.smdo.loginName')}</h2>
      <div className="secret-row">
        {login === null ? (
          <p className="secret-masked">
            <span aria-hidden="true">••••••••</span>
            <span className="visually-hidden">{t('orgs.smdo.loginHidden')}</span>
          </p>
        ) : (
          <>
            <label htmlFor={valueId} className="visually-hidden">
              {t('details.secretLabel', { name: t('orgs.smdo.loginName') })}
            </label>
            <input id={valueId} className="input input-mono secret-value" readOnly value={login} autoComplete="off" spellCheck={false} onFocus={(event) => event.currentTarget.select()} />
          </>
        )}
        <div className="secret-actions">
          {login === null ? (
            <button type="button" className="button button-secondary" onClick={() => void reveal()}>
              {t('details.show')}
            </button>
          ) : (
            <button type="button" className="button button-secondary" onClick={() => setLogin(null)}>
              {t('details.hide')}
            </button>
          )}
          <button type="button" className="button button-secondary" onClick={() => void copy()}>
            {t('common.copy')}
          </button>
        </div>
      </div>
    </section>
  );
}
