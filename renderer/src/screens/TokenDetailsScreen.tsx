import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { VaultSnapshot } from '../../../shared/model/types';
import { describeTokenUrgency, tokenUrgency, urgencyLabel } from '../../../shared/kinds/token-urgency';
import { call } from '../api';
import { BackButton } from '../components/BackButton';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { CrptAutoRefreshSection } from '../components/crpt/CrptAutoRefreshSection';
import { CertificateFactLines } from '../components/crpt/CertificateFactLines';
import { CertificateReminders } from '../components/crpt/CertificateReminders';
import { certificateSubjectId } from '../../../shared/reminders/subject';
import { CrptRefreshButton } from '../components/crpt/CrptRefreshButton';
import { CrptSharedConnectionMark } from '../components/crpt/CrptSharedConnectionMark';
import { DestinationsBox } from '../components/DestinationsBox';
import { ErrorAlert } from '../components/ErrorAlert';
import { EisAdminLetter } from '../components/orgs/EisAdminLetter';
import { EisIdentifierCheck } from '../components/orgs/EisIdentifierCheck';
import { SmdoLoginBox } from '../components/orgs/SmdoLoginBox';
import { SmdoKeySection } from '../components/orgs/SmdoKeyRotation';
import { SmdoRotationBanner } from '../components/orgs/SmdoRotationBanner';
import { HistoryTable } from '../components/HistoryTable';
import { RecordEditsTable } from '../components/records/RecordEditsTable';
import { RemindersSection } from '../components/RemindersSection';
import { NeedsTokenBox } from '../components/fleet/NeedsTokenBox';
import { ScreenHeading } from '../components/ScreenHeading';
import { SecretField } from '../components/SecretField';
import { UrgencyBadge } from '../components/UrgencyBadge';
import { useNow } from '../hooks/useNow';
import { useLanguage, useSettings } from '../hooks/useSettings';
import { startWizard } from '../lib/actions';
import { formatDeadline, formatLocal, formatMinsk } from '../lib/format';
import { findKind, kindHasField, kindTitle, secretNameLower } from '../lib/kinds';
import { findToken, useAppStore } from '../state/app-store';

/** Everything about one token, its secret on request, and renewal. */
export function TokenDetailsScreen({ snapshot, tokenId }: { snapshot: VaultSnapshot; tokenId: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const settings = useSettings();
  const now = useNow();
  const navigate = useAppStore((state) => state.navigate);
  const setError = useAppStore((state) => state.setError);
  const showStatus = useAppStore((state) => state.showStatus);
  const [confirming, setConfirming] = useState(false);
  const token = findToken(snapshot, tokenId);

  if (!token) {
    return (
      <>
        <BackButton />
        <ScreenHeading>{t('details.missingTitle')}</ScreenHeading>
        <p>{t('details.missing')}</p>
      </>
    );
  }

  const kind = findKind(token.kind);
  const organisation = snapshot.organisations.find((candidate) => candidate.id === token.organisationId);
  const urgency = tokenUrgency(token, now, settings.soonThresholdDays);
  const title = token.label || token.systemName || kindTitle(token.kind, language);
  const belarusian = kind?.country === 'BY';

  const remove = async () => {
    setConfirming(false);
    const result = await call('deleteToken', { tokenId: token.id });
    if (result.ok) {
      navigate({ name: 'dashboard' });
      showStatus(t('details.deleted'));
    } else {
      setError(result.error.message);
    }
  };

  return (
    <>
      <BackButton />
      <ScreenHeading>{title}</ScreenHeading>
      <p className="screen-subtitle">
        {/* The kind only when the heading is not already the kind's name. */}
        {[title === kindTitle(token.kind, language) ? '' : kindTitle(token.kind, language), organisation?.name ?? ''].filter(Boolean).join(' · ')}
      </p>
      <ErrorAlert />
      <SmdoRotationBanner snapshot={snapshot} tokenId={token.id} />
      <div className="details-status">
        <p className={`urgency-line urgency-line-${urgency.state}`}>
          <UrgencyBadge state={urgency.state} label={urgencyLabel(urgency, language)} />
          <span>{describeTokenUrgency(urgency, language)}</span>
        </p>
        {token.kind === 'smdo' || token.needsToken ? null : token.kind === 'crpt' ? (
          <CrptRefreshButton token={token} primary={!(urgency.state === 'ok' || urgency.state === 'none')} />
        ) : (
          <button
            type="button"
            className={urgency.state === 'ok' || urgency.state === 'none' ? 'button button-secondary' : 'button button-primary'}
            onClick={() => startWizard(token.kind, token.organisationId, token)}
          >
            {t('details.renew', { name: secretNameLower(token.kind, language) })}
          </button>
        )}
      </div>

      {token.kind === 'smdo' ? <SmdoLoginBox token={token} /> : null}
      {token.needsToken ? <NeedsTokenBox token={token} /> : <SecretField token={token} />}
      {token.kind === 'smdo' ? <SmdoKeySection token={token} /> : null}
      {token.kind === 'crpt' ? <CrptSharedConnectionMark snapshot={snapshot} token={token} /> : null}
      {token.kind === 'crpt' ? <CrptAutoRefreshSection token={token} /> : null}
      {token.kind === 'eis' ? <EisIdentifierCheck token={token} /> : null}
      {token.kind === 'eis' ? <EisAdminLetter token={token} /> : null}
      <DestinationsBox kind={kind} settings={token.settings} />

      <section className="section" aria-labelledby="token-facts-heading">
        <h2 id="token-facts-heading">{t('details.factsHeading')}</h2>
        <dl className="facts">
          <dt>{t('details.organisation')}</dt>
          <dd>{organisation?.name ?? '—'}</dd>
          <dt>{t('details.kind')}</dt>
          <dd>{kindTitle(token.kind, language)}</dd>
          <dt>{t('details.label')}</dt>
          <dd>{token.label || '—'}</dd>
          {kindHasField(token.kind, 'systemName') ? (
            <>
              <dt>{t('details.systemName')}</dt>
              <dd className="mono">{token.systemName || '—'}</dd>
            </>
          ) : null}
          {kindHasField(token.kind, 'techEmail') ? (
            <>
              <dt>{t('details.techEmail')}</dt>
              <dd>{token.techEmail || '—'}</dd>
            </>
          ) : null}
          <dt>{t('details.obtained')}</dt>
          <dd>{formatLocal(token.obtainedAt, language)}</dd>
          {urgency.subject === 'key-rotation' && urgency.deadline && token.smdoKeySetAt ? (
            // An СМДО record has no expiry; what it has is the key's date and its rotation due (not «без срока действия»).
            <>
              <dt>{t('details.keySetAt')}</dt>
              <dd>{formatDeadline(token.kind, token.smdoKeySetAt, language, true)}</dd>
              <dt>{t('details.keyRotationDue')}</dt>
              <dd>{formatDeadline(token.kind, urgency.deadline, language, true)}</dd>
            </>
          ) : (
            <>
              <dt>{t('details.expires')}</dt>
              <dd>
                {token.expiresAt ? formatDeadline(token.kind, token.expiresAt, language) : t('details.noExpiry')}
                {token.expiresAt && belarusian ? <span className="facts-extra">{t('details.minskTime', { date: formatMinsk(token.expiresAt) })}</span> : null}
              </dd>
            </>
          )}
          <CertificateFactLines token={token} />
          <dt>{t('details.state')}</dt>
          <dd>
            {urgencyLabel(urgency, language)}, {describeTokenUrgency(urgency, language)}
          </dd>
          {token.notes ? (
            <>
              <dt>{t('details.notes')}</dt>
              <dd className="facts-notes">{token.notes}</dd>
            </>
          ) : null}
        </dl>
        <button type="button" className="button button-secondary" onClick={() => navigate({ name: 'edit-record', tokenId: token.id })}>
          {t('records.edit.button')}
        </button>
      </section>

      <RemindersSection
        token={token}
        preferences={snapshot.reminders[token.id]}
        extra={token.certificateExpiresAt ? <CertificateReminders token={token} preferences={snapshot.reminders[certificateSubjectId(token.id)]} /> : null}
      />

      <HistoryTable history={token.history} kind={token.kind} />
      <RecordEditsTable edits={token.edits ?? []} kind={token.kind} />

      <div className="action-bar">
        <button type="button" className="button button-quiet button-quiet-danger" onClick={() => setConfirming(true)}>
          {t('common.delete')}
        </button>
      </div>

      {confirming ? (
        <ConfirmDialog title={t('details.confirmTitle')} confirmLabel={t('details.confirmDelete')} onConfirm={() => void remove()} onCancel={() => setConfirming(false)}>
          <p>{t('details.confirmBody', { name: title })}</p>
          <p>{t('details.confirmPortal')}</p>
        </ConfirmDialog>
      ) : null}
    </>
  );
}
