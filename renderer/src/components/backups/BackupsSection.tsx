import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BACKUP_KEEP_MAX, BACKUP_KEEP_MIN } from '../../../../shared/backups/backup-state';
import type { BackupState } from '../../../../shared/backups/backup-state';
import { call } from '../../api';
import { useLanguage } from '../../hooks/useSettings';
import { formatLocal } from '../../lib/format';
import { useAppStore } from '../../state/app-store';
import { FormField } from '../FormField';
import { BackupFiles } from './BackupFiles';
import { BackupPassword } from './BackupPassword';

/**
 * Settings → «Резервные копии»: the daily switch, the folder (main's dialog), how many copies
 * to keep, the last copy and its failure in plain words, «Сделать копию сейчас», the password
 * for another PC, and the copies found in the folder with «Восстановить».
 */
export function BackupsSection() {
  const { t } = useTranslation();
  const language = useLanguage();
  const setError = useAppStore((store) => store.setError);
  const showStatus = useAppStore((store) => store.showStatus);
  const snapshot = useAppStore((store) => store.snapshot);
  const [state, setState] = useState<BackupState | null>(null);
  const [busy, setBusy] = useState(false);
  /** What is typed in «Сколько копий хранить»; null follows the stored value (also after a restore). */
  const [keepDraft, setKeepDraft] = useState<string | null>(null);
  const [keepProblem, setKeepProblem] = useState<string | undefined>();

  const refresh = useCallback(async () => {
    const result = await call('backupsGetState', {});
    if (result.ok) setState(result.value);
  }, []);

  // Again whenever the vault changes: a restore, a notice of a failed automatic copy.
  useEffect(() => {
    let live = true;
    void call('backupsGetState', {}).then((result) => {
      if (live && result.ok) setState(result.value);
    });
    return () => {
      live = false;
    };
  }, [snapshot]);

  /** Runs one request; the new state is shown, a refusal as the screen's error. Answers whether it went through. */
  const run = async <V extends BackupState>(work: () => Promise<{ ok: true; value: V } | { ok: false; error: { message: string } }>, said?: (value: V) => string | null) => {
    if (busy) return false;
    setBusy(true);
    const result = await work();
    setBusy(false);
    if (!result.ok) {
      setError(result.error.message);
      await refresh();
      return false;
    }
    setState(result.value);
    const text = said?.(result.value);
    if (text) showStatus(text);
    return true;
  };

  const applyKeep = async () => {
    const trimmed = (keepDraft ?? String(state?.keep ?? '')).trim();
    const value = /^\d{1,3}$/.test(trimmed) ? Number(trimmed) : NaN;
    if (!(value >= BACKUP_KEEP_MIN && value <= BACKUP_KEEP_MAX)) {
      setKeepProblem(t('backups.keepError', { min: BACKUP_KEEP_MIN, max: BACKUP_KEEP_MAX }));
      document.getElementById('backups-keep')?.focus();
      return;
    }
    setKeepProblem(undefined);
    if (
      await run(
        () => call('backupsSetKeep', { keep: value }),
        (next) => t('backups.keepSaved', { keep: next.keep }),
      )
    )
      setKeepDraft(null);
  };

  if (!state) return null;
  return (
    <section className="section narrow backups" aria-labelledby="backups-heading" data-testid="backups-section">
      <h2 id="backups-heading">{t('backups.heading')}</h2>
      <p>{t('backups.intro')}</p>
      <div className="check-item">
        <input
          id="backups-enabled"
          type="checkbox"
          checked={state.enabled}
          aria-disabled={busy}
          aria-describedby="backups-enabled-hint"
          onChange={(event) => {
            const enabled = event.target.checked;
            void run(
              () => call('backupsSetEnabled', { enabled }),
              (next) => (next.cancelled ? t('backups.cancelled') : t(enabled ? 'backups.switchedOn' : 'backups.switchedOff')),
            );
          }}
        />
        <label htmlFor="backups-enabled">{t('backups.switchLabel')}</label>
      </div>
      <p id="backups-enabled-hint" className="field-hint">
        {t('backups.switchHint')}
      </p>

      <div className="backups-folder">
        <p data-testid="backups-folder">{state.folder ? t('backups.folder', { folder: state.folder }) : t('backups.noFolder')}</p>
        <button
          type="button"
          className="button button-secondary"
          aria-disabled={busy}
          onClick={() =>
            void run(
              () => call('backupsChooseFolder', {}),
              (next) => (next.cancelled ? t('backups.cancelled') : t('backups.folderChosen')),
            )
          }
        >
          {state.folder ? t('backups.changeFolder') : t('backups.chooseFolder')}
        </button>
      </div>
      {state.folderProblem ? (
        <div className="callout callout-warning">
          <p>{state.folderProblem}</p>
        </div>
      ) : null}

      <form
        className="form backups-keep"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void applyKeep();
        }}
      >
        <FormField
          id="backups-keep"
          label={t('backups.keepLabel')}
          hint={t('backups.keepHint', { min: BACKUP_KEEP_MIN, max: BACKUP_KEEP_MAX })}
          error={keepProblem}
          errorTestId="field-error-backups-keep"
        >
          {(control) => (
            <input
              {...control}
              type="text"
              inputMode="numeric"
              className="input input-number"
              value={keepDraft ?? String(state.keep)}
              autoComplete="off"
              onChange={(event) => {
                setKeepDraft(event.target.value);
                if (keepProblem) setKeepProblem(undefined);
              }}
            />
          )}
        </FormField>
        <div className="action-bar">
          <button type="submit" className="button button-secondary" aria-disabled={busy}>
            {t('backups.keepApply')}
          </button>
        </div>
      </form>

      <p className="backups-outcome" data-testid="backups-outcome">
        {state.lastSuccessAt ? t('backups.lastSuccess', { when: formatLocal(state.lastSuccessAt, language) }) : t('backups.neverMade')}{' '}
        {state.enabled && state.nextAt ? t('backups.nextAt', { when: formatLocal(state.nextAt, language) }) : state.enabled ? '' : t('backups.off')}
      </p>
      {state.lastFailure ? (
        <div className="callout callout-warning" data-testid="backups-failure">
          <p>{state.lastFailure}</p>
        </div>
      ) : null}
      <div className="action-bar">
        <button
          type="button"
          className="button button-primary"
          aria-disabled={busy}
          onClick={() => {
            showStatus(t('backups.making'));
            void run(
              () => call('backupsMakeNow', {}),
              (next) => t('backups.made', { file: next.file }),
            );
          }}
        >
          {t('backups.makeNow')}
        </button>
      </div>

      <BackupPassword state={state} onChange={setState} />
      <BackupFiles state={state} onChange={setState} refresh={refresh} />
    </section>
  );
}
