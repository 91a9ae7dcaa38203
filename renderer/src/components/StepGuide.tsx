import { useTranslation } from 'react-i18next';
import type { WizardStep } from '../../../shared/kinds/types';
import { useLanguage } from '../hooks/useSettings';
import { local } from '../lib/text';

/** What to do (a numbered list) and what to watch out for (a highlighted note) on one step. */
export function StepGuide({ step }: { step: WizardStep }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const warnings = step.warnings ?? [];
  return (
    <>
      {step.instructions.length > 0 ? (
        <ol className="instructions">
          {step.instructions.map((instruction, index) => (
            <li key={index}>{local(instruction, language)}</li>
          ))}
        </ol>
      ) : null}
      {warnings.length > 0 ? (
        <div role="note" className="callout callout-warning warnings" aria-label={t('wizard.warningsLabel')}>
          <p className="callout-title">{t('wizard.warningsLabel')}</p>
          <ul>
            {warnings.map((warning, index) => (
              <li key={index}>{local(warning, language)}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </>
  );
}
