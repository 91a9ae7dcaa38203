import { useTranslation } from 'react-i18next';
import type { ServiceAccessView } from '../../../../shared/ipc/features/token-service-contract';
import { useLanguage } from '../../hooks/useSettings';
import { formatLocal } from '../../lib/format';
import type { ServiceRecord } from './service-records';

/** The latest requests to the service, newest first: when, which program, which token, what answer. */
export function ServiceJournal({ journal, records }: { journal: ServiceAccessView[]; records: ServiceRecord[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const titles = new Map(records.map((record) => [record.id, record.title]));
  const answer = (status: number) =>
    `${status} ${status < 300 ? t('tokenService.statusText.ok') : status < 500 ? t('tokenService.statusText.denied') : t('tokenService.statusText.failed')}`;
  return (
    <>
      <h3 id="token-service-journal">{t('tokenService.journalHeading')}</h3>
      {journal.length === 0 ? (
        <p className="muted">{t('tokenService.journalEmpty')}</p>
      ) : (
        <div className="table-frame">
          <table className="history-table" aria-labelledby="token-service-journal" data-testid="service-journal">
            <thead>
              <tr>
                <th scope="col">{t('tokenService.when')}</th>
                <th scope="col">{t('tokenService.program')}</th>
                <th scope="col">{t('tokenService.token')}</th>
                <th scope="col">{t('tokenService.status')}</th>
              </tr>
            </thead>
            <tbody>
              {journal.map((entry, index) => (
                <tr key={`${entry.at}-${index}`}>
                  <td>{formatLocal(entry.at, language)}</td>
                  <td>{entry.program ?? t('tokenService.unknownKey')}</td>
                  <td>{entry.tokenId === null ? '—' : (titles.get(entry.tokenId) ?? entry.tokenId)}</td>
                  <td>{answer(entry.status)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
