import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { TokenHistoryEntry, TokenKindId } from '../../../shared/model/types';
import { useLanguage } from '../hooks/useSettings';
import { formatDeadline, formatLocal } from '../lib/format';
import { secretName } from '../lib/kinds';

/** The secrets this one replaced (tokens, identifiers, keys), newest first, told apart by their last characters. */
export function HistoryTable({ history, kind }: { history: TokenHistoryEntry[]; kind: TokenKindId }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const name = secretName(kind, language);
  const headingId = useId();
  const entries = [...history].sort((a, b) => b.replacedAt.localeCompare(a.replacedAt));
  // An СМДО key has no expiry: a column of «без срока» would say nothing.
  const withExpiry = entries.some((entry) => entry.expiresAt !== null);
  return (
    <section className="section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('history.heading')}</h2>
      {entries.length === 0 ? (
        <p className="muted">{t('history.none', { name })}</p>
      ) : (
        <div className="table-frame">
          <table className="history-table" aria-labelledby={headingId}>
            <thead>
              <tr>
                <th scope="col">{name}</th>
                <th scope="col">{t('history.obtained')}</th>
                {withExpiry ? <th scope="col">{t('history.expires')}</th> : null}
                <th scope="col">{t('history.replaced')}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((entry) => (
                <tr key={`${entry.replacedAt}-${entry.hint}`}>
                  <th scope="row" className="mono">
                    <span aria-hidden="true">•••• </span>
                    {entry.hint}
                  </th>
                  <td>{formatLocal(entry.obtainedAt, language)}</td>
                  {withExpiry ? <td>{entry.expiresAt ? formatDeadline(kind, entry.expiresAt, language) : t('history.noExpiry')}</td> : null}
                  <td>{formatLocal(entry.replacedAt, language)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
