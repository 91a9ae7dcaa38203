import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api';
import { useAppStore } from '../state/app-store';
import { FormField } from './FormField';

/** As the core counts it (export-import.ts): characters, not UTF-16 units. */
const MIN_PASSWORD = 10;
const length = (text: string) => Array.from(text.normalize('NFC')).length;

type Problems = { password?: string; confirm?: string };

/** «Перенос на другой компьютер»: the vault as one password-protected file, and the CSV list for an audit. */
export function VaultTransfer() {
  const { t } = useTranslation();
  const setError = useAppStore((state) => state.setError);
  const showStatus = useAppStore((state) => state.showStatus);
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [problems, setProblems] = useState<Problems>({});
  const [busy, setBusy] = useState(false);

  const passwordProblem = () => (length(password) < MIN_PASSWORD || password.trim() === '' ? t('orgs.transfer.tooShort', { min: MIN_PASSWORD }) : undefined);

  const run = async (action: () => Promise<void>) => {
    if (busy) return;
    setBusy(true);
    try {
      await action();
    } finally {
      setBusy(false);
    }
  };

  const exportVault = () =>
    run(async () => {
      const found: Problems = { password: passwordProblem(), confirm: confirm === password ? undefined : t('orgs.transfer.mismatch') };
      setProblems(found);
      if (found.password || found.confirm) {
        document.getElementById(found.password ? 'transfer-password' : 'transfer-confirm')?.focus();
        return;
      }
      const result = await call('exportVault', { password });
      if (!result.ok) {
        if (result.error.field === 'password') setProblems({ password: result.error.message });
        else setError(result.error.message);
      } else if (result.value.saved) {
        setPassword('');
        setConfirm('');
        showStatus(t('orgs.transfer.exported'));
      }
    });

  const importVault = () =>
    run(async () => {
      // Importing needs only the password the file was made with.
      const found: Problems = { password: password === '' ? t('orgs.transfer.tooShort', { min: MIN_PASSWORD }) : undefined };
      setProblems(found);
      if (found.password) {
        document.getElementById('transfer-password')?.focus();
        return;
      }
      const result = await call('importVault', { password });
      if (!result.ok) {
        if (result.error.field === 'password') {
          setProblems({ password: result.error.message });
          document.getElementById('transfer-password')?.focus();
        } else {
          setError(result.error.message);
        }
        return;
      }
      const { imported, added, updated, skipped } = result.value;
      if (!imported) {
        showStatus(t('orgs.transfer.cancelled'));
        return;
      }
      setPassword('');
      setConfirm('');
      showStatus(t('orgs.transfer.imported', { orgs: added.organisations, tokens: added.tokens, updated: updated.tokens, skipped: skipped.tokens }));
    });

  const exportAudit = () =>
    run(async () => {
      const result = await call('exportAudit', {});
      if (!result.ok) setError(result.error.message);
      else if (result.value.saved) showStatus(t('orgs.transfer.auditSaved'));
    });

  const passwordField = (id: string, field: keyof Problems, label: string, value: string, setValue: (text: string) => void, hint?: string) => (
    <FormField id={id} label={label} hint={hint} error={problems[field]} errorTestId={`field-error-transfer-${field}`}>
      {(control) => (
        <input
          {...control}
          type="password"
          className="input"
          value={value}
          autoComplete="new-password"
          onChange={(event) => {
            setValue(event.target.value);
            if (problems[field]) setProblems((previous) => ({ ...previous, [field]: undefined }));
          }}
        />
      )}
    </FormField>
  );

  return (
    <section className="section" aria-labelledby="transfer-heading">
      <h2 id="transfer-heading">{t('orgs.transfer.heading')}</h2>
      <p>{t('orgs.transfer.body')}</p>
      <form
        className="form narrow"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void exportVault();
        }}
      >
        {passwordField('transfer-password', 'password', t('orgs.transfer.password'), password, setPassword, t('orgs.transfer.passwordHint', { min: MIN_PASSWORD }))}
        {passwordField('transfer-confirm', 'confirm', t('orgs.transfer.confirm'), confirm, setConfirm)}
        <div className="action-bar">
          <button type="submit" className="button button-primary" aria-disabled={busy}>
            {t('orgs.transfer.export')}
          </button>
          <button type="button" className="button button-secondary" aria-disabled={busy} onClick={() => void importVault()}>
            {t('orgs.transfer.import')}
          </button>
        </div>
      </form>
      <button type="button" className="button button-secondary" aria-disabled={busy} onClick={() => void exportAudit()}>
        {t('orgs.transfer.audit')}
      </button>
    </section>
  );
}
