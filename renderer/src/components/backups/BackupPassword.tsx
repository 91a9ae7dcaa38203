import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupState } from '../../../../shared/backups/backup-state';
import { call } from '../../api';
import { useAppStore } from '../../state/app-store';
import { FormField } from '../FormField';

/** As the core counts it (export-import.ts): characters, not UTF-16 units. */
const MIN_PASSWORD = 10;
const length = (text: string) => Array.from(text.normalize('NFC')).length;

/**
 * The backup password: why it matters (another PC), shown or copied on request and forgotten
 * on «Скрыть»; and the user's own password instead of the generated one.
 */
export function BackupPassword({ state, onChange }: { state: BackupState; onChange(next: BackupState): void }) {
  const { t } = useTranslation();
  const setError = useAppStore((store) => store.setError);
  const showStatus = useAppStore((store) => store.showStatus);
  const [shown, setShown] = useState<string | null>(null);
  const [own, setOwn] = useState('');
  const [ownProblem, setOwnProblem] = useState<string | undefined>();

  const afterSeen = async () => {
    const result = await call('backupsGetState', {});
    if (result.ok) onChange(result.value);
  };

  const reveal = async () => {
    const result = await call('backupsRevealPassword', {});
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    setShown(result.value.password);
    await afterSeen();
  };

  const copy = async () => {
    const result = await call('backupsCopyPassword', {});
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    const seconds = result.value.clearsAfterSeconds;
    showStatus(seconds > 0 ? t('backups.passwordCopied', { seconds }) : t('backups.passwordCopiedKept'));
    await afterSeen();
  };

  const saveOwn = async () => {
    if (length(own) < MIN_PASSWORD || own.trim() === '') {
      setOwnProblem(t('backups.ownPasswordTooShort', { min: MIN_PASSWORD }));
      document.getElementById('backups-own-password')?.focus();
      return;
    }
    const result = await call('backupsSetPassword', { password: own });
    if (!result.ok) {
      if (result.error.field === 'password') setOwnProblem(result.error.message);
      else setError(result.error.message);
      return;
    }
    setOwn('');
    setShown(null);
    setOwnProblem(undefined);
    onChange(result.value);
    showStatus(t('backups.ownPasswordSaved'));
  };

  return (
    <div className="backups-password">
      <h3 id="backups-password-heading">{t('backups.passwordHeading')}</h3>
      <p>{state.passwordChosenByUser ? t('backups.passwordBodyOwn') : t('backups.passwordBody')}</p>
      {!state.passwordRevealed && state.enabled ? (
        <div className="callout callout-warning" data-testid="backups-password-unseen">
          <p>{t('backups.passwordNotSeen')}</p>
        </div>
      ) : null}
      <div className="secret-row">
        {shown === null ? (
          <p className="secret-masked" aria-hidden="true">
            {t('backups.passwordMasked')}
          </p>
        ) : (
          <>
            <label htmlFor="backups-password-value" className="visually-hidden">
              {t('backups.passwordLabel')}
            </label>
            <input
              id="backups-password-value"
              className="input input-mono secret-value"
              readOnly
              value={shown}
              autoComplete="off"
              spellCheck={false}
              onFocus={(event) => event.currentTarget.select()}
            />
          </>
        )}
        <div className="secret-actions">
          {shown === null ? (
            <button type="button" className="button button-secondary" onClick={() => void reveal()}>
              {t('backups.showPassword')}
            </button>
          ) : (
            <button type="button" className="button button-secondary" onClick={() => setShown(null)}>
              {t('backups.hidePassword')}
            </button>
          )}
          <button type="button" className="button button-secondary" onClick={() => void copy()}>
            {t('backups.copyPassword')}
          </button>
        </div>
      </div>
      <form
        className="form backups-own-password"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void saveOwn();
        }}
      >
        <FormField
          id="backups-own-password"
          label={t('backups.ownPasswordLabel')}
          hint={t('backups.ownPasswordHint', { min: MIN_PASSWORD })}
          error={ownProblem}
          errorTestId="field-error-backups-own-password"
        >
          {(control) => (
            <input
              {...control}
              type="password"
              className="input"
              value={own}
              autoComplete="new-password"
              onChange={(event) => {
                setOwn(event.target.value);
                if (ownProblem) setOwnProblem(undefined);
              }}
            />
          )}
        </FormField>
        <div className="action-bar">
          <button type="submit" className="button button-secondary">
            {t('backups.ownPasswordSave')}
          </button>
        </div>
      </form>
    </div>
  );
}
