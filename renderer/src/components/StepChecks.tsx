import { useTranslation } from 'react-i18next';
import type { LocalText } from '../../../shared/kinds/types';
import { useLanguage } from '../hooks/useSettings';
import { local } from '../lib/text';

/** The DOM id of a step's check box, so the wizard can focus the first unticked one. */
export const checkId = (stepId: string, index: number) => `check-${stepId}-${index}`;

interface StepChecksProps {
  stepId: string;
  checks: LocalText[];
  ticked: boolean[];
  showError: boolean;
  /** The legend; by default «Перед тем как продолжить, проверьте». */
  legend?: string;
  onChange(index: number, checked: boolean): void;
}

/** What a careful colleague would make sure of before going on; all must be ticked. */
export function StepChecks({ stepId, checks, ticked, showError, legend, onChange }: StepChecksProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const errorId = `checks-error-${stepId}`;
  return (
    <fieldset className={showError ? 'checks checks-invalid' : 'checks'} aria-describedby={showError ? errorId : undefined}>
      <legend>{legend ?? t('wizard.checksLegend')}</legend>
      {showError ? (
        <p id={errorId} className="field-error" role="alert" data-testid="checks-error">
          <span aria-hidden="true" className="field-error-symbol">
            ✕
          </span>{' '}
          {t('wizard.checksError')}
        </p>
      ) : null}
      <ul>
        {checks.map((check, index) => {
          const id = checkId(stepId, index);
          const unticked = showError && !ticked[index];
          return (
            <li key={id} className="check-item">
              <input
                id={id}
                type="checkbox"
                checked={ticked[index] ?? false}
                aria-invalid={unticked || undefined}
                aria-describedby={unticked ? errorId : undefined}
                onChange={(event) => onChange(index, event.target.checked)}
              />
              <label htmlFor={id}>{local(check, language)}</label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
