import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api';
import { useAppStore } from '../state/app-store';
import { FormField } from './FormField';

/** As the core counts it (export-import.ts): characters, not UTF-16 units. */
const MIN_PASSWORD = 10;
const length = (text: string) => Array.from(text.normalize('NFC')).length;

/** The three password fields; each name is also its element id (transfer-…) and its error's test id (field-error-transfer-…). */
type Field = 'export-password' | 'export-confirm' | 'import-password';
type Problems = Partial<Record<Field, string>>;

const focus = (field: Field) => document.getElementById(`transfer-${field}`)?.focus();

/**
 * «Перенос на другой компьютер»: two blocks, one per computer — «Сохранить в файл»
 * (a new password, typed twice) and «Загрузить из файла» (the password the file was
 * saved with) — and, apart from them, the CSV list for an audit.
 */
export function VaultTransfer() {
  const { t } = useTranslation();
  const setError = useAppStore((state) => state.setError);
  const showStatus = useAppStore((state) => state.showStatus);
  const [values, setValues] = useState<Record<Field, string>>({ 'export-password': '', 'export-confirm': '', 'import-password': '' });
  const [problems, setProblems] = useState<Problems>({});
  const [busy, setBusy] = useState(false);

  const run = async (action: () => Promise<void>) => {
    if (busy) return;
    setBusy(true);
    try {
      await action();
    } finally {
      setBusy(false);
    }
  };

  /** Shows the problems of one block (the other block's stay as they are) and focuses the first. */
  const report = (fields: Field[], found: Problems): boolean => {
    setProblems((previous) => ({ ...Object.fromEntries(Object.entries(previous).filter(([field]) => !fields.includes(field as Field))), ...found }));
    const first = fields.find((field) => found[field]);
    if (first) focus(first);
    return first !== undefined;
  };

  const exportVault = () =>
    run(async () => {
      const password = values['export-password'];
      const fields: Field[] = ['export-password', 'export-confirm'];
      const tooShort = length(password) < MIN_PASSWORD || password.trim() === '';
      const found: Problems = {
        ...(tooShort ? { 'export-password': t('orgs.transfer.tooShort', { min: MIN_PASSWORD }) } : {}),
        ...(values['export-confirm'] !== password ? { 'export-confirm': t('orgs.transfer.mismatch') } : {}),
      };
      if (report(fields, found)) return;
      const result = await call('exportVault', { password });
      if (!result.ok) {
        if (result.error.field === 'password') report(fields, { 'export-password': result.error.message });
        else setError(result.error.message);
      } else if (result.value.saved) {
        setValues((previous) => ({ ...previous, 'export-password': '', 'export-confirm': '' }));
        showStatus(t('orgs.transfer.exported'));
      }
    });

  const importVault = () =>
    run(async () => {
      // Importing needs only the password the file was made with: its length was checked when it was made.
      const password = values['import-password'];
      const fields: Field[] = ['import-password'];
      if (report(fields, password === '' ? { 'import-password': t('orgs.transfer.importPasswordMissing') } : {})) return;
      const result = await call('importVault', { password });
      if (!result.ok) {
        if (result.error.field === 'password') report(fields, { 'import-password': result.error.message });
        else setError(result.error.message);
        return;
      }
      const { imported, added, updated, skipped } = result.value;
      if (!imported) {
        showStatus(t('orgs.transfer.cancelled'));
        return;
      }
      setValues((previous) => ({ ...previous, 'import-password': '' }));
      showStatus(t('orgs.transfer.imported', { orgs: added.organisations, tokens: added.tokens, updated: updated.tokens, skipped: skipped.tokens }));
    });

  const exportAudit = () =>
    run(async () => {
      const result = await call('exportAudit', {});
      if (!result.ok) setError(result.error.message);
      else if (result.value.saved) showStatus(t('orgs.transfer.auditSaved'));
    });

  const passwordField = (field: Field, label: string, hint?: string) => (
    <FormField id={`transfer-${field}`} label={label} hint={hint} error={problems[field]} errorTestId={`field-error-transfer-${field}`}>
      {(control) => (
        <input
          {...control}
          type="password"
          className="input"
          value={values[field]}
          autoComplete={field === 'import-password' ? 'current-password' : 'new-password'}
          onChange={(event) => {
            const text = event.target.value;
            setValues((previous) => ({ ...previous, [field]: text }));
            if (problems[field]) setProblems((previous) => ({ ...previous, [field]: undefined }));
          }}
        />
      )}
    </FormField>
  );

  return (
    <section className="section transfer" aria-labelledby="transfer-heading">
      <h2 id="transfer-heading">{t('orgs.transfer.heading')}</h2>
      <p>{t('orgs.transfer.body')}</p>
      <div className="transfer-blocks">
        <form
          className="form transfer-block"
          aria-labelledby="transfer-export-heading"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void exportVault();
          }}
        >
          <div>
            <h3 id="transfer-export-heading">{t('orgs.transfer.exportHeading')}</h3>
            <p className="transfer-block-body">{t('orgs.transfer.exportBody')}</p>
          </div>
          {passwordField('export-password', t('orgs.transfer.password'), t('orgs.transfer.passwordHint', { min: MIN_PASSWORD }))}
          {passwordField('export-confirm', t('orgs.transfer.confirm'))}
          <div className="transfer-actions">
            <button type="submit" className="button button-primary" aria-disabled={busy}>
              {t('orgs.transfer.export')}
            </button>
          </div>
        </form>
        <form
          className="form transfer-block"
          aria-labelledby="transfer-import-heading"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void importVault();
          }}
        >
          <div>
            <h3 id="transfer-import-heading">{t('orgs.transfer.importHeading')}</h3>
            <p className="transfer-block-body">{t('orgs.transfer.importBody')}</p>
          </div>
          {passwordField('import-password', t('orgs.transfer.importPassword'))}
          <div className="transfer-actions">
            <button type="submit" className="button button-primary" aria-disabled={busy}>
              {t('orgs.transfer.import')}
            </button>
          </div>
        </form>
      </div>
      <div className="transfer-audit">
        <p id="transfer-audit-body">{t('orgs.transfer.auditBody')}</p>
        <button type="button" className="button button-secondary" aria-disabled={busy} aria-describedby="transfer-audit-body" onClick={() => void exportAudit()}>
          {t('orgs.transfer.audit')}
        </button>
      </div>
    </section>
  );
}
