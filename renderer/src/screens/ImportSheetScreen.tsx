import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SPREADSHEET_COLUMNS } from '../../../shared/fleet/spreadsheet-rows';
import type { SpreadsheetPreview, SpreadsheetRowView } from '../../../shared/fleet/spreadsheet-rows';
import { call } from '../api';
import { BackButton } from '../components/BackButton';
import { ErrorAlert } from '../components/ErrorAlert';
import { ScreenHeading } from '../components/ScreenHeading';
import { useAppStore } from '../state/app-store';

/** What the last column says of a row: added (to which organisation), or its errors, each naming its column. */
function RowOutcome({ row }: { row: SpreadsheetRowView }) {
  const { t } = useTranslation();
  if (row.problems.length > 0) {
    return (
      <>
        <strong className="sheet-row-refused">{t('fleet.sheet.hasErrors')}</strong>
        <ul className="sheet-problems">
          {row.problems.map((problem, index) => (
            <li key={index}>{problem.column ? `${t(`fleet.sheet.columns.${problem.column}`)}: ${problem.message}` : problem.message}</li>
          ))}
        </ul>
      </>
    );
  }
  return (
    <>
      <span>{t(row.expired ? 'fleet.sheet.willImportExpired' : 'fleet.sheet.willImport')}</span>
      {row.existingOrganisation ? <span> {t('fleet.sheet.toExisting', { name: row.existingOrganisation })}</span> : null}
      {row.notes.map((note) => (
        <p key={note} className="muted">
          {note}
        </p>
      ))}
    </>
  );
}

/**
 * «Импорт из таблицы»: the user picks a CSV in main's open dialog, sees every row with
 * its errors, then imports the valid ones as records marked «Нужен токен».
 */
export function ImportSheetScreen() {
  const { t } = useTranslation();
  const navigate = useAppStore((state) => state.navigate);
  const setError = useAppStore((state) => state.setError);
  const showStatus = useAppStore((state) => state.showStatus);
  const [preview, setPreview] = useState<SpreadsheetPreview | null>(null);
  const [busy, setBusy] = useState(false);
  const captionId = useId();

  const choose = async () => {
    if (busy) return;
    setBusy(true);
    const result = await call('previewSpreadsheet', {});
    setBusy(false);
    if (!result.ok) {
      setPreview(null);
      setError(result.error.message);
      return;
    }
    if (result.value !== null) {
      setError(null);
      setPreview(result.value);
    }
  };

  const importRows = async () => {
    if (busy || preview === null) return;
    setBusy(true);
    const result = await call('importSpreadsheet', { previewId: preview.previewId });
    setBusy(false);
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    navigate({ name: 'dashboard' });
    showStatus(t('fleet.sheet.done', { records: result.value.records, created: result.value.organisationsCreated, reused: result.value.organisationsReused }));
  };

  return (
    <>
      <BackButton />
      <ScreenHeading>{t('fleet.sheet.title')}</ScreenHeading>
      <ErrorAlert />
      <p>{t('fleet.sheet.intro')}</p>
      <div className="action-bar">
        <button type="button" className={preview ? 'button button-secondary' : 'button button-primary'} onClick={() => void choose()}>
          {preview ? t('fleet.sheet.chooseAgain') : t('fleet.sheet.choose')}
        </button>
      </div>
      {preview ? (
        <section className="section" aria-labelledby={captionId}>
          <h2 id={captionId}>{t('fleet.sheet.caption')}</h2>
          <p data-testid="sheet-summary">
            {t('fleet.sheet.summary', { total: preview.rows.length, valid: preview.valid, encoding: preview.encoding === 'utf-8' ? 'UTF-8' : 'Windows-1251' })}
          </p>
          {/* Focusable so that a keyboard can scroll a table wider than a small window (axe: scrollable-region-focusable). */}
          {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex */}
          <div className="table-frame" role="region" aria-labelledby={captionId} tabIndex={0}>
            <table className="sheet-table" aria-labelledby={captionId}>
              <thead>
                <tr>
                  <th scope="col">{t('fleet.sheet.line')}</th>
                  {SPREADSHEET_COLUMNS.map((column) => (
                    <th key={column} scope="col">
                      {t(`fleet.sheet.columns.${column}`)}
                    </th>
                  ))}
                  <th scope="col">{t('fleet.sheet.state')}</th>
                </tr>
              </thead>
              <tbody>
                {preview.rows.map((row) => (
                  <tr key={row.line} className={row.problems.length > 0 ? 'sheet-row sheet-row-invalid' : 'sheet-row'} data-testid="sheet-row">
                    <th scope="row">{row.line}</th>
                    {SPREADSHEET_COLUMNS.map((column) => (
                      <td key={column} className={row.problems.some((problem) => problem.column === column) ? 'sheet-cell-invalid' : undefined}>
                        {row.cells[column]}
                      </td>
                    ))}
                    <td>
                      <RowOutcome row={row} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div className="action-bar">
            {preview.valid > 0 ? (
              <button type="button" className="button button-primary" onClick={() => void importRows()}>
                {t('fleet.sheet.import', { count: preview.valid })}
              </button>
            ) : (
              <p>{t('fleet.sheet.nothing')}</p>
            )}
            <button type="button" className="button button-quiet" onClick={() => navigate({ name: 'dashboard' })}>
              {t('common.cancel')}
            </button>
          </div>
        </section>
      ) : null}
    </>
  );
}
