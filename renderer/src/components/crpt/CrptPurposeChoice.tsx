import { useTranslation } from 'react-i18next';
import type { CrptTokenPurpose } from '../../../../shared/kinds/crpt';

const CHOICES: { id: CrptTokenPurpose; label: 'crpt.purposeSuz' | 'crpt.purposeTrueApi'; hint: 'crpt.purposeSuzHint' | 'crpt.purposeTrueApiHint' }[] = [
  { id: 'suz', label: 'crpt.purposeSuz', hint: 'crpt.purposeSuzHint' },
  { id: 'trueapi', label: 'crpt.purposeTrueApi', hint: 'crpt.purposeTrueApiHint' },
];

/**
 * «Какой токен вам нужен?»: the СУЗ clientToken (for the marking software, needs an
 * omsConnection) or the True API token (documents, balances, codes). Each choice says
 * in plain words what it is for; the radio is named by its label and described by the hint.
 */
export function CrptPurposeChoice({ value, onChange }: { value: CrptTokenPurpose; onChange(next: CrptTokenPurpose): void }) {
  const { t } = useTranslation();
  return (
    <fieldset className="choice-group">
      <legend className="group-legend">{t('crpt.purposeLegend')}</legend>
      <ul className="radio-list">
        {CHOICES.map((choice) => (
          <li key={choice.id}>
            <input
              id={`crpt-purpose-${choice.id}`}
              type="radio"
              name="crpt-purpose"
              value={choice.id}
              checked={value === choice.id}
              aria-describedby={`crpt-purpose-${choice.id}-hint`}
              onChange={() => onChange(choice.id)}
            />
            <div>
              <label htmlFor={`crpt-purpose-${choice.id}`}>{t(choice.label)}</label>
              <p id={`crpt-purpose-${choice.id}-hint`} className="field-hint">
                {t(choice.hint)}
              </p>
            </div>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
