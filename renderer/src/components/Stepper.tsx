import { useTranslation } from 'react-i18next';
import type { WizardStep } from '../../../shared/kinds/types';
import { useLanguage } from '../hooks/useSettings';
import { local } from '../lib/text';

interface StepperProps {
  steps: WizardStep[];
  current: number;
  /** The furthest step reached; every step up to it (but the current one) can be opened again. */
  reached?: number;
  onOpen?(index: number): void;
}

/**
 * Where the user is in the procedure; done steps say so in words, not only with a tick.
 * Steps already reached are buttons: a renewal starts late in the list, and the way
 * there must stay readable (the values typed are kept, the wizard only changes step).
 */
export function Stepper({ steps, current, reached = current, onOpen }: StepperProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <ol className="stepper" aria-label={t('wizard.stepsLabel')}>
      {steps.map((step, index) => {
        const state = index < current ? 'done' : index === current ? 'current' : 'todo';
        const title = local(step.title, language);
        const number = index + 1;
        const content = (
          <>
            <span className="stepper-number" aria-hidden="true">
              {state === 'done' ? '✓' : number}
            </span>
            <span className="stepper-text">
              <span className="stepper-title">
                <span className="visually-hidden">{t('wizard.stepNumber', { number })} </span>
                {title}
              </span>
              {state === 'done' ? <span className="stepper-state">{t('wizard.stepDone')}</span> : null}
              {state === 'current' ? <span className="stepper-state">{t('wizard.stepCurrent')}</span> : null}
            </span>
          </>
        );
        const openable = onOpen !== undefined && index !== current && index <= reached;
        return (
          <li key={step.id} className={`stepper-item stepper-${state}`} aria-current={state === 'current' ? 'step' : undefined}>
            {openable ? (
              <button type="button" className="stepper-open" data-testid="stepper-open" onClick={() => onOpen(index)}>
                {content}
              </button>
            ) : (
              content
            )}
          </li>
        );
      })}
    </ol>
  );
}
