import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UpdateState } from '../../../../shared/updates/update-state';
import { call } from '../../api';
import { useLanguage } from '../../hooks/useSettings';
import { formatLocal } from '../../lib/format';
import { useAppStore } from '../../state/app-store';
import { useUpdateState, useUpdateStore } from '../../state/update-store';

/**
 * Settings → «Обновления приложения»: the switch «Проверять обновления» (applied at once, the
 * core keeps it), the installed version, the last check and its outcome in plain words, and
 * «Проверить сейчас». An offered version is accepted here as on the dashboard.
 */
export function UpdatesSetting() {
  const { t } = useTranslation();
  const language = useLanguage();
  const state = useUpdateState();
  const setError = useAppStore((store) => store.setError);
  const showStatus = useAppStore((store) => store.showStatus);
  const [busy, setBusy] = useState(false);

  const run = async (work: () => ReturnType<typeof call<'updatesCheckNow'>>, done?: (next: UpdateState) => string | null) => {
    if (busy) return;
    setBusy(true);
    const result = await work();
    setBusy(false);
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    useUpdateStore.getState().set(result.value);
    const said = done?.(result.value);
    if (said) showStatus(said);
  };

  if (!state) return null;
  const unsupported = state.phase === 'unsupported';
  const offer = state.offer;
  return (
    <section className="section narrow" aria-labelledby="updates-heading" data-testid="updates-setting" data-phase={state.phase}>
      <h2 id="updates-heading">{t('updates.settingsHeading')}</h2>
      <div className="check-item">
        <input
          id="settings-check-updates"
          type="checkbox"
          checked={state.enabled}
          disabled={busy}
          aria-describedby="settings-check-updates-hint"
          onChange={(event) => {
            const enabled = event.target.checked;
            void run(
              () => call('updatesSetEnabled', { enabled }),
              () => t(enabled ? 'updates.switchedOn' : 'updates.switchedOff'),
            );
          }}
        />
        <label htmlFor="settings-check-updates">{t('updates.switchLabel')}</label>
      </div>
      <p id="settings-check-updates-hint" className="field-hint">
        {t('updates.switchHint')}
      </p>
      {state.currentVersion !== '' ? <p>{t('updates.current', { version: state.currentVersion })}</p> : null}
      <p role="status" data-testid="updates-outcome">
        {outcome(state, t)}
      </p>
      {state.failure && state.enabled ? (
        <div className="callout callout-warning">
          <p>{state.failure.message}</p>
        </div>
      ) : null}
      {!unsupported && state.enabled ? (
        <p className="field-hint">
          {state.lastCheckedAt ? t('updates.lastChecked', { when: formatLocal(state.lastCheckedAt, language) }) : t('updates.neverChecked')}
          {state.nextCheckAt ? ` ${t('updates.nextCheck', { when: formatLocal(state.nextCheckAt, language) })}` : ''}
        </p>
      ) : null}
      <div className="action-bar">
        {!unsupported && state.enabled ? (
          <button type="button" className="button button-secondary" disabled={busy || state.phase === 'checking'} onClick={() => void run(() => call('updatesCheckNow', {}))}>
            {t('updates.checkNow')}
          </button>
        ) : null}
        {offer && state.phase === 'available' ? (
          <button
            type="button"
            className="button button-primary"
            disabled={busy}
            onClick={() =>
              void run(
                () => call('updatesConsent', { version: offer.version }),
                (next) => (next.consented ? t('updates.consentSaved', { version: offer.version }) : null),
              )
            }
          >
            {t('updates.install')}
          </button>
        ) : null}
      </div>
    </section>
  );
}

function outcome(state: UpdateState, t: ReturnType<typeof useTranslation>['t']): string {
  const version = state.offer?.version ?? '';
  switch (state.phase) {
    case 'unsupported':
      return t('updates.unsupported');
    case 'disabled':
      return t('updates.disabled');
    case 'checking':
      return t('updates.checking');
    case 'up-to-date':
      return t('updates.upToDate');
    case 'available':
      return `${t('updates.available', { version })}.`;
    case 'downloading':
      return t('updates.downloading', { version });
    case 'ready':
      return t('updates.ready', { version });
    case 'idle':
    case 'failed':
      return '';
  }
}
