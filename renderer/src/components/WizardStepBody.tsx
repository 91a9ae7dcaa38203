import { useTranslation } from 'react-i18next';
import type { FieldId, KindSpec, WizardStep } from '../../../shared/kinds/types';
import { useLanguage } from '../hooks/useSettings';
import { local } from '../lib/text';
import { stepFields } from '../lib/wizard';
import type { WizardSession } from '../state/wizard-store';
import type { RenewalRoute } from '../../../shared/kinds/renewal-route';
import { RenewalRouteBox } from './RenewalRouteBox';
import { StepChecks } from './StepChecks';
import { StepGuide } from './StepGuide';
import { WizardField } from './WizardField';

interface WizardStepBodyProps {
  kind: KindSpec;
  step: WizardStep;
  stepIndex: number;
  stepCount: number;
  session: WizardSession;
  now: Date;
  /** The renewed token's expiry (ISO), when renewing. */
  previousExpiresAt?: string | null;
  headingId: string;
  /** At the start of a renewal: the short way to the portal's token (the steps before were done long ago). */
  renewalRoute?: RenewalRoute | null;
  renewedSystemName?: string;
  onChange(field: FieldId, value: string): void;
  onBlur(field: FieldId): void;
  onCheck(index: number, checked: boolean): void;
  onOpenPortal(url: string): void;
}

/** One step: what to do, what to watch out for, the portal, the fields, and the checks. */
export function WizardStepBody(props: WizardStepBodyProps) {
  const { kind, step, stepIndex, stepCount, session, now, previousExpiresAt, headingId, onChange, onBlur, onCheck, onOpenPortal } = props;
  const route = props.renewalRoute ?? null;
  const { t } = useTranslation();
  const language = useLanguage();
  const fields = stepFields(kind, step);
  const checks = step.checks ?? [];

  return (
    <>
      <h2 id={headingId} tabIndex={-1} className="step-title">
        <span className="step-count">{t('wizard.stepOf', { number: stepIndex + 1, total: stepCount })}</span>
        {local(step.title, language)}
      </h2>

      {/* With fields, a wide enough window puts the guide beside them (styles: .step-layout): at 1093×614
          the token field was a screen and a half down, below the instructions and pitfalls it is about. */}
      <div className={fields.length > 0 ? 'step-layout step-layout-with-fields' : 'step-layout'}>
        <div className="step-guide-column">
          {route ? <RenewalRouteBox route={route} systemName={props.renewedSystemName ?? ''} onOpenPortal={onOpenPortal} /> : null}

          <StepGuide step={step} />

          {/* The route has the portal's button already: one button for one place. */}
          {step.portal && !route ? (
            <div className="portal-line">
              <button type="button" className="button button-secondary" aria-describedby="portal-where" onClick={() => step.portal && onOpenPortal(step.portal.url)}>
                {t('wizard.openPortal')}
                <span aria-hidden="true"> ↗</span>
              </button>
              <span id="portal-where" className="muted">
                {t('wizard.portalWhere', { host: hostOf(step.portal.url) })}
              </span>
            </div>
          ) : null}
        </div>

        <div className="step-form-column">
          {fields.length > 0 ? (
            <div className="fields">
              {fields.map((spec) => (
                <WizardField
                  key={spec.id}
                  kind={kind}
                  spec={spec}
                  value={session.values[spec.id] ?? ''}
                  error={session.errors[spec.id]}
                  now={now}
                  previousExpiresAt={previousExpiresAt ?? null}
                  onChange={(value) => onChange(spec.id, value)}
                  onBlur={() => onBlur(spec.id)}
                />
              ))}
            </div>
          ) : null}

          {checks.length > 0 ? <StepChecks stepId={step.id} checks={checks} ticked={session.checks[step.id] ?? []} showError={session.checksError} onChange={onCheck} /> : null}
        </div>
      </div>
    </>
  );
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
