import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { TokenEditEntry, TokenKindId } from '../../../../shared/model/types';
import type { UiRecordsTexts } from '../../../../shared/texts/ui-records';
import { useLanguage } from '../../hooks/useSettings';
import { formatDeadline, formatLocal } from '../../lib/format';

type FieldName = keyof UiRecordsTexts['edits']['fields'];

/** What «Изменить» changed on the record, newest first: when, what, before and after (never a secret). */
export function RecordEditsTable({ edits, kind }: { edits: TokenEditEntry[]; kind: TokenKindId }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const headingId = useId();
  const shown = (field: string, value: string | undefined) => {
    if (value === undefined) return t('records.edits.changed');
    if (value === '') return t('records.edits.empty');
    if (field === 'expiresAt') return formatDeadline(kind, value, language);
    if (field === 'stand' && value in STAND_KEYS) return t(`records.edit.${STAND_KEYS[value as keyof typeof STAND_KEYS]}`);
    return value;
  };
  const fieldName = (field: string) => (field in FIELD_KEYS ? t(`records.edits.fields.${field as FieldName}`) : field);
  return (
    <section className="section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('records.edits.heading')}</h2>
      {edits.length === 0 ? (
        <p className="muted">{t('records.edits.none')}</p>
      ) : (
        <div className="table-frame">
          <table className="history-table" aria-labelledby={headingId}>
            <thead>
              <tr>
                <th scope="col">{t('records.edits.when')}</th>
                <th scope="col">{t('records.edits.what')}</th>
                <th scope="col">{t('records.edits.from')}</th>
                <th scope="col">{t('records.edits.to')}</th>
              </tr>
            </thead>
            <tbody>
              {edits.map((entry, index) => (
                <tr key={`${entry.at}-${entry.field}-${index}`}>
                  <td>{formatLocal(entry.at, language)}</td>
                  <th scope="row">{fieldName(entry.field)}</th>
                  <td className="edit-value">{entry.from === undefined && entry.to === undefined ? '—' : shown(entry.field, entry.from)}</td>
                  <td className="edit-value">{shown(entry.field, entry.to)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

const STAND_KEYS = { sandbox: 'standSandbox', production: 'standProduction', custom: 'standCustom' } as const;

const FIELD_KEYS: Record<FieldName, true> = {
  label: true,
  systemName: true,
  techEmail: true,
  expiresAt: true,
  notes: true,
  tokenUrl: true,
  checkEndpoint: true,
  stand: true,
  trueApiBase: true,
  omsConnection: true,
  inn: true,
  autoRefresh: true,
};
