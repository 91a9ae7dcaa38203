import { useTranslation } from 'react-i18next';
import type { WizardStep } from '../../../shared/kinds/types';
import { useLanguage } from '../hooks/useSettings';
import { local } from '../lib/text';

/** Where the user is in the procedure; done steps say so in words, not only with a tick. */
export function Stepper({ steps, current }: { steps: WizardStep[]; current: number }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <ol className="stepper" aria-label={t('wizard.stepsLabel')}>
      {steps.map((step, index) => {
        const state = index < current ? 'done' : index === current ? 'current' : 'todo';
        return (
          <li key={step.id} className={`stepper-item stepper-${state}`} aria-current={state === 'current' ? 'step' : undefined}>
            <span className="stepper-number" aria-hidden="true">
              {state === 'done' ? '✓' : index + 1}
            </span>
            <span className="stepper-text">
              <span className="stepper-title">
                <span className="visually-hidden">{t('wizard.stepNumber', { number: index + 1 })} </span>
                {local(step.title, language)}
              </span>
              {state === 'done' ? <span className="stepper-state">{t('wizard.stepDone')}</span> : null}
              {state === 'current' ? <span className="stepper-state">{t('wizard.stepCurrent')}</span> : null}
            </span>
          </li>
        );
      })}
    </ol>
  );
}
