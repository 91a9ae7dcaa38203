import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TokenView } from '../../../shared/model/types';
import { call } from '../api';
import { useLanguage } from '../hooks/useSettings';
import { copyTokenWithStatus } from '../lib/actions';
import { secretName } from '../lib/kinds';
import { useAppStore } from '../state/app-store';

/**
 * The secret of a token: masked by default («•••• 8719»), shown on request and
 * forgotten again on «Скрыть» or when the screen closes.
 */
export function SecretField({ token }: { token: TokenView }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const name = secretName(token.kind, language);
  const setError = useAppStore((state) => state.setError);
  const [secret, setSecret] = useState<string | null>(null);
  const labelId = useId();
  const valueId = useId();

  const reveal = async () => {
    const result = await call('revealToken', { tokenId: token.id });
    if (result.ok) {
      setError(null);
      setSecret(result.value.secret);
    } else {
      setError(result.error.message);
    }
  };

  return (
    <section className="secret-box" aria-labelledby={labelId}>
      <h2 id={labelId}>{name}</h2>
      <div className="secret-row">
        {secret === null ? (
          <p className="secret-masked">
            <span className="visually-hidden">{t('details.maskedPrefix')} </span>
            <span aria-hidden="true">•••• </span>
            {token.hint}
          </p>
        ) : (
          <>
            <label htmlFor={valueId} className="visually-hidden">
              {t('details.secretLabel', { name })}
            </label>
            <input
              id={valueId}
              className="input input-mono secret-value"
              readOnly
              value={secret}
              autoComplete="off"
              spellCheck={false}
              onFocus={(event) => event.currentTarget.select()}
            />
          </>
        )}
        <div className="secret-actions">
          {secret === null ? (
            <button type="button" className="button button-secondary" onClick={() => void reveal()}>
              {t('details.show')}
            </button>
          ) : (
            <button type="button" className="button button-secondary" onClick={() => setSecret(null)}>
              {t('details.hide')}
            </button>
          )}
          <button type="button" className="button button-primary" onClick={() => void copyTokenWithStatus(token)}>
            {t('common.copy')}
          </button>
        </div>
      </div>
    </section>
  );
}
