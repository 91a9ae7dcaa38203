import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TokenView } from '../../../../shared/model/types';
import { call } from '../../api';
import { useAppStore } from '../../state/app-store';

/**
 * «Текст для администратора РИС»: the letter without the identifier, shown
 * read-only; «Скопировать текст» asks the core to put it on the clipboard.
 */
export function EisAdminLetter({ token }: { token: TokenView }) {
  const { t } = useTranslation();
  const setError = useAppStore((state) => state.setError);
  const showStatus = useAppStore((state) => state.showStatus);
  const [text, setText] = useState<string | null>(null);

  const copy = async () => {
    const result = await call('eisAdminLetter', { tokenId: token.id, includeIdentifier: false });
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    setText(result.value.text);
    showStatus(t('orgs.eis.copied'));
  };

  return (
    <section className="section" aria-labelledby="eis-letter-heading">
      <h2 id="eis-letter-heading">{t('orgs.eis.heading')}</h2>
      <p>{t('orgs.eis.body')}</p>
      {text !== null ? (
        <div className="field">
          <label htmlFor="eis-letter" className="field-label">
            {t('orgs.eis.letter')}
          </label>
          <textarea id="eis-letter" className="input" readOnly rows={14} value={text} />
        </div>
      ) : null}
      <button type="button" className="button button-secondary" onClick={() => void copy()}>
        {t('orgs.eis.copy')}
      </button>
    </section>
  );
}
