import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupFileView, BackupState } from '../../../../shared/backups/backup-state';
import { call } from '../../api';
import { useLanguage } from '../../hooks/useSettings';
import { formatLocal } from '../../lib/format';
import { useAppStore } from '../../state/app-store';
import { ConfirmDialog } from '../ConfirmDialog';
import { FormField } from '../FormField';
import { showThenFocus } from '../../lib/focus-after';

/**
 * The copies found in the folder (date, size), each with «Восстановить»: a confirmation that
 * says what is replaced and that the current state is saved first. A copy the stored password
 * does not open (made on another PC, or before the password changed) asks for its own.
 */
export function BackupFiles({ state, onChange, refresh }: { state: BackupState; onChange(next: BackupState): void; refresh(): Promise<void> }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const setError = useAppStore((store) => store.setError);
  const showStatus = useAppStore((store) => store.showStatus);
  const [confirming, setConfirming] = useState<BackupFileView | null>(null);
  const [needsPassword, setNeedsPassword] = useState<BackupFileView | null>(null);
  const [password, setPassword] = useState('');
  const [passwordProblem, setPasswordProblem] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  const when = (file: BackupFileView) => formatLocal(file.createdAt, language);

  const restore = async (file: BackupFileView, withPassword?: string) => {
    if (busy) return;
    setBusy(true);
    const result = await call('backupsRestore', withPassword === undefined ? { name: file.name } : { name: file.name, password: withPassword });
    setBusy(false);
    if (!result.ok) {
      if (result.error.code === 'wrong_password') {
        showThenFocus(() => {
          setNeedsPassword(file);
          setPasswordProblem(result.error.message);
        }, 'backups-restore-password');
      } else {
        setError(result.error.message);
      }
      await refresh();
      return;
    }
    setNeedsPassword(null);
    setPassword('');
    setPasswordProblem(undefined);
    onChange(result.value);
    showStatus(t('backups.restored', { organisations: result.value.organisations, tokens: result.value.tokens, undo: result.value.undoFile }));
  };

  return (
    <div className="backups-files">
      <h3 id="backups-files-heading">{t('backups.filesHeading')}</h3>
      {state.files.length === 0 ? (
        <p className="muted">{t('backups.noFiles')}</p>
      ) : (
        <div className="table-frame">
          <table className="history-table" aria-labelledby="backups-files-heading" data-testid="backups-files">
            <thead>
              <tr>
                <th scope="col">{t('backups.fileDate')}</th>
                <th scope="col">{t('backups.fileSize')}</th>
                <th scope="col">{t('backups.fileActions')}</th>
              </tr>
            </thead>
            <tbody>
              {state.files.map((file) => (
                <tr key={file.name} data-testid="backup-file">
                  <th scope="row">
                    <time dateTime={file.createdAt}>{when(file)}</time>
                  </th>
                  <td>{t('backups.sizeKb', { size: Math.max(1, Math.round(file.sizeBytes / 1024)) })}</td>
                  <td>
                    <button
                      type="button"
                      className="button button-secondary button-small"
                      aria-label={t('backups.restoreNamed', { when: when(file) })}
                      aria-disabled={busy}
                      onClick={() => setConfirming(file)}
                    >
                      {t('backups.restore')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {needsPassword ? (
        <form
          className="form backups-restore-password"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            if (password === '') {
              setPasswordProblem(t('backups.restorePasswordMissing'));
              document.getElementById('backups-restore-password')?.focus();
              return;
            }
            void restore(needsPassword, password);
          }}
        >
          <FormField
            id="backups-restore-password"
            label={t('backups.restorePasswordLabel', { when: when(needsPassword) })}
            error={passwordProblem}
            errorTestId="field-error-backups-restore-password"
          >
            {(control) => (
              <input
                {...control}
                type="password"
                className="input"
                value={password}
                autoComplete="current-password"
                onChange={(event) => {
                  setPassword(event.target.value);
                  if (passwordProblem) setPasswordProblem(undefined);
                }}
              />
            )}
          </FormField>
          <div className="action-bar">
            <button type="submit" className="button button-primary" aria-disabled={busy}>
              {t('backups.restoreWithPassword')}
            </button>
          </div>
        </form>
      ) : null}
      {confirming ? (
        <ConfirmDialog
          title={t('backups.restoreTitle', { when: when(confirming) })}
          confirmLabel={t('backups.restore')}
          onCancel={() => setConfirming(null)}
          onConfirm={() => {
            const file = confirming;
            setConfirming(null);
            void restore(file);
          }}
        >
          <p>{t('backups.restoreBody', { when: when(confirming) })}</p>
          <p>{t('backups.restoreUndo')}</p>
        </ConfirmDialog>
      ) : null}
    </div>
  );
}
