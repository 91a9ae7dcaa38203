import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UpdateState } from '../../../../shared/updates/update-state';
import { call } from '../../api';
import { useLanguage } from '../../hooks/useSettings';
import { formatLocal } from '../../lib/format';
import { useAppStore } from '../../state/app-store';
import { useUpdateState, useUpdateStore } from '../../state/update-store';

/**
 * «Доступна версия X.Y» on the dashboard, with what changed (plain text from the core) and
 * the user's choice: «Установить при выходе» or «Не сейчас». After the consent it says how
 * the download goes; a failed download is said here too. Nothing here decides: the core does.
 */
export function UpdateBanner() {
  const { t } = useTranslation();
  const language = useLanguage();
  const state = useUpdateState();
  const setError = useAppStore((store) => store.setError);
  const showStatus = useAppStore((store) => store.showStatus);
  const [busy, setBusy] = useState(false);
  const offer = state?.offer;
  if (!state || !offer || !state.enabled) return null;
  const consentFailed = state.phase === 'failed' && state.consented;
  const showsOffer = state.phase === 'available' && !state.dismissed;
  if (!showsOffer && state.phase !== 'downloading' && state.phase !== 'ready' && !consentFailed) return null;

  const act = async (request: 'updatesConsent' | 'updatesDismiss') => {
    if (busy) return;
    setBusy(true);
    const result = await call(request, { version: offer.version });
    setBusy(false);
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    useUpdateStore.getState().set(result.value);
    if (request === 'updatesConsent' && result.value.consented) showStatus(t('updates.consentSaved', { version: offer.version }));
  };

  return (
    <section
      className={`callout ${consentFailed ? 'callout-warning' : 'callout-info'} update-banner`}
      aria-labelledby="update-banner-heading"
      data-testid="update-banner"
      data-phase={state.phase}
    >
      <h2 id="update-banner-heading" className="callout-title">
        {t('updates.available', { version: offer.version })}
      </h2>
      {offer.releaseDate ? <p>{t('updates.released', { date: formatLocal(offer.releaseDate, language) })}</p> : null}
      {showsOffer || consentFailed ? <ReleaseNotes notes={offer.notes} /> : null}
      <BannerStatus state={state} />
      {showsOffer ? (
        <>
          <p className="field-hint">{t('updates.installExplain')}</p>
          <div className="action-bar">
            <button type="button" className="button button-primary" disabled={busy} onClick={() => void act('updatesConsent')}>
              {t('updates.install')}
            </button>
            <button type="button" className="button button-quiet" disabled={busy} onClick={() => void act('updatesDismiss')}>
              {t('updates.later')}
            </button>
          </div>
        </>
      ) : null}
    </section>
  );
}

function ReleaseNotes({ notes }: { notes: string }) {
  const { t } = useTranslation();
  return (
    <>
      <h3 className="update-notes-heading">{t('updates.notesHeading')}</h3>
      {/* Plain text from the core (tags stripped there); React escapes it once more. */}
      <p className="update-notes" data-testid="update-notes">
        {notes === '' ? t('updates.noNotes') : notes}
      </p>
    </>
  );
}

function BannerStatus({ state }: { state: UpdateState }) {
  const { t } = useTranslation();
  const version = state.offer?.version ?? '';
  if (state.phase === 'downloading') return <p role="status">{t('updates.downloading', { version })}</p>;
  if (state.phase === 'ready') return <p role="status">{t('updates.ready', { version })}</p>;
  if (state.phase === 'failed' && state.failure) return <p role="alert">{state.failure.message}</p>;
  return null;
}
