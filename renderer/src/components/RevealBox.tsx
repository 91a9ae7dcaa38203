import { useId, useState } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface RevealBoxProps {
  /** «Токен», «Ключ», «Логин»: the heading, and the name of the revealed field. */
  name: string;
  /** What stands in for the value while it is hidden (a few last characters, or dots). */
  masked: ReactNode;
  /** Asks the core for the value; null when it failed (the caller has said why). */
  reveal(): Promise<string | null>;
  copy(): void;
  /** The copy button is the main action of the page for a token, a secondary one for a login. */
  primaryCopy?: boolean;
}

/**
 * A value the core keeps encrypted: masked by default, shown on request and
 * forgotten again on «Скрыть» or when the screen closes; copying goes through
 * the core, which wipes the clipboard later.
 */
export function RevealBox({ name, masked, reveal, copy, primaryCopy = false }: RevealBoxProps) {
  const { t } = useTranslation();
  const [value, setValue] = useState<string | null>(null);
  const labelId = useId();
  const valueId = useId();

  const show = async () => {
    const revealed = await reveal();
    if (revealed !== null) setValue(revealed);
  };

  return (
    <section className="secret-box" aria-labelledby={labelId}>
      <h2 id={labelId}>{name}</h2>
      <div className="secret-row">
        {value === null ? (
          <p className="secret-masked">{masked}</p>
        ) : (
          <>
            <label htmlFor={valueId} className="visually-hidden">
              {t('details.secretLabel', { name })}
            </label>
            <input
              id={valueId}
              className="input input-mono secret-value"
              readOnly
              value={value}
              autoComplete="off"
              spellCheck={false}
              onFocus={(event) => event.currentTarget.select()}
            />
          </>
        )}
        <div className="secret-actions">
          {value === null ? (
            <button type="button" className="button button-secondary" onClick={() => void show()}>
              {t('details.show')}
            </button>
          ) : (
            <button type="button" className="button button-secondary" onClick={() => setValue(null)}>
              {t('details.hide')}
            </button>
          )}
          <button type="button" className={primaryCopy ? 'button button-primary' : 'button button-secondary'} onClick={copy}>
            {t('common.copy')}
          </button>
        </div>
      </div>
    </section>
  );
}
