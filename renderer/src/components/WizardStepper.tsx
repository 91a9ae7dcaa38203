import { useTranslation } from 'react-i18next';
import type { WizardStep } from '../../../shared/kinds/types';
import { COMPACT_WIZARD, useMediaQuery } from '../hooks/useMediaQuery';
import { Stepper } from './Stepper';

/**
 * The wizard's list of steps: beside the step where the window is large, folded into one line
 * («Шаг 8 из 10») above it where it is not, so the step's fields are not two screens down.
 * Unfolded, the same list shows which steps are done, and opens any step reached so far.
 */
export function WizardStepper({ steps, current, reached, onOpen }: { steps: WizardStep[]; current: number; reached: number; onOpen(index: number): void }) {
  const { t } = useTranslation();
  const compact = useMediaQuery(COMPACT_WIZARD);
  if (!compact) return <Stepper steps={steps} current={current} reached={reached} onOpen={onOpen} />;
  return (
    <details className="stepper-folded" data-testid="stepper-folded">
      <summary>
        {t('wizard.stepOf', { number: current + 1, total: steps.length })}
        <span className="stepper-folded-more"> · {t('wizard.allSteps')}</span>
      </summary>
      <Stepper steps={steps} current={current} reached={reached} onOpen={onOpen} />
    </details>
  );
}
