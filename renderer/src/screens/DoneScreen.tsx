import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TokenView, VaultSnapshot } from '../../../shared/model/types';
import { describeTimeLeft, urgencyOf } from '../../../shared/model/urgency';
import { DestinationsBox } from '../components/DestinationsBox';
import { ErrorAlert } from '../components/ErrorAlert';
import { ScreenHeading } from '../components/ScreenHeading';
import { StepChecks } from '../components/StepChecks';
import { StepGuide } from '../components/StepGuide';
import { Stepper } from '../components/Stepper';
import { UrgencyBadge } from '../components/UrgencyBadge';
import { useNow } from '../hooks/useNow';
import { useLanguage, useSettings } from '../hooks/useSettings';
import { copyTokenWithStatus } from '../lib/actions';
import { formatDeadline } from '../lib/format';
import { findKind, kindTitle, lastWizardStep, secretName, secretNameLower } from '../lib/kinds';
import { local } from '../lib/text';
import { findToken, useAppStore } from '../state/app-store';

/**
 * «Готово»: the token is saved. Now copy it and paste it where it belongs; the
 * kind's remaining steps (after saving) say how, with the token already safe.
 */
export function DoneScreen({ snapshot, saved }: { snapshot: VaultSnapshot; saved: TokenView }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const settings = useSettings();
  const now = useNow();
  const navigate = useAppStore((state) => state.navigate);
  const [ticks, setTicks] = useState<Record<string, boolean[]>>({});
  const token = findToken(snapshot, saved.id) ?? saved;
  const kind = findKind(token.kind);
  const organisation = snapshot.organisations.find((candidate) => candidate.id === token.organisationId);
  const urgency = urgencyOf(token.expiresAt, now, settings.soonThresholdDays);
  const afterSave = kind ? kind.steps.slice(lastWizardStep(kind) + 1) : [];
  // «токен» or «идентификатор» (ЕИС): the words follow what the kind keeps.
  const name = secretNameLower(token.kind, language);
  const Name = secretName(token.kind, language);

  const summary = (
    <div className="done-summary">
      <p>{t('done.saved', { Name, kind: kindTitle(token.kind, language), organisation: organisation?.name ?? '' })}</p>
      <p className={`urgency-line urgency-line-${urgency.state}`}>
        <UrgencyBadge state={urgency.state} />
        <span>
          {token.expiresAt ? `${t('done.validUntil', { date: formatDeadline(token.kind, token.expiresAt, language) })} · ` : ''}
          {describeTimeLeft(urgency, language)}
        </span>
      </p>
      <button type="button" className="button button-primary button-huge" onClick={() => void copyTokenWithStatus(token)}>
        {t('done.copy', { name })}
      </button>
    </div>
  );

  const body = (
    <>
      {summary}
      <DestinationsBox kind={kind} settings={token.settings} />
      {afterSave.map((step) => (
        <section key={step.id} className="section" aria-labelledby={`after-${step.id}`}>
          <h2 id={`after-${step.id}`}>{local(step.title, language)}</h2>
          <StepGuide step={step} />
          {step.checks && step.checks.length > 0 ? (
            <StepChecks
              stepId={`after-${step.id}`}
              checks={step.checks}
              ticked={ticks[step.id] ?? []}
              showError={false}
              legend={t('done.checksLegend')}
              onChange={(index, checked) => {
                const current = ticks[step.id] ?? [];
                const next = step.checks?.map((_, position) => (position === index ? checked : (current[position] ?? false))) ?? [];
                setTicks({ ...ticks, [step.id]: next });
              }}
            />
          ) : null}
        </section>
      ))}
      <div className="action-bar">
        <button type="button" className="button button-secondary" onClick={() => navigate({ name: 'details', tokenId: token.id })}>
          {t('done.details')}
        </button>
        <button type="button" className="button button-quiet" onClick={() => navigate({ name: 'dashboard' })}>
          {t('common.backToTokens')}
        </button>
      </div>
    </>
  );

  return (
    <div className="done">
      <ScreenHeading>{t('done.title', { name })}</ScreenHeading>
      <p className="screen-subtitle">
        {kindTitle(token.kind, language)} · {organisation?.name ?? ''}
      </p>
      <ErrorAlert />
      {kind ? (
        <div className="wizard-layout">
          <Stepper steps={kind.steps} current={lastWizardStep(kind) + 1} />
          <div className="wizard-body">{body}</div>
        </div>
      ) : (
        body
      )}
    </div>
  );
}
