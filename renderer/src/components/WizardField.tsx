import type { FocusEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldSpec, KindSpec } from '../../../shared/kinds/types';
import { addMonths, formatInZone, formatPortalDateTime, parsePortalDateTime } from '../../../shared/time/portal-time';
import { useLanguage } from '../hooks/useSettings';
import { validateOnBlur } from '../lib/dom';
import { local } from '../lib/text';
import { FormField } from './FormField';

interface WizardFieldProps {
  kind: KindSpec;
  spec: FieldSpec;
  value: string;
  error: string | undefined;
  now: Date;
  onChange(value: string): void;
  onBlur(): void;
}

/** The DOM id of a wizard field's control, so the wizard can move the focus to it. */
export const wizardFieldId = (field: string) => `wizard-field-${field}`;

/** One field of a wizard step, in the input form its spec asks for. */
export function WizardField({ kind, spec, value, error, now, onChange, onBlur }: WizardFieldProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const id = wizardFieldId(spec.id);
  const extraId = `${id}-time`;
  const parsed = spec.input === 'portal-datetime' ? parsePortalDateTime(value) : null;
  const months = kind.lifetime.months;

  const extra =
    spec.input === 'portal-datetime' ? (
      <>
        {parsed?.ok ? (
          <p id={extraId} className="field-extra">
            {t(kind.country === 'RU' ? 'wizard.timeBothMoscow' : 'wizard.timeBoth', {
              portal: formatPortalDateTime(parsed.instant),
              local: formatInZone(parsed.instant, language),
            })}
          </p>
        ) : null}
        {months ? (
          <button
            type="button"
            className="button button-quiet button-small"
            onClick={() => onChange(formatPortalDateTime(addMonths(now, months)))}
          >
            {t('wizard.suggestExpiry', { months })}
          </button>
        ) : null}
      </>
    ) : null;

  return (
    <FormField
      id={id}
      label={local(spec.label, language)}
      hint={spec.hint ? local(spec.hint, language) : undefined}
      error={error}
      errorTestId={`field-error-${spec.id}`}
      extra={extra}
      extraId={parsed?.ok ? extraId : undefined}
    >
      {(control) => {
        const common = {
          ...control,
          name: spec.id,
          value,
          onBlur: (event: FocusEvent<HTMLElement>) => validateOnBlur(event, onBlur),
          placeholder: (language === 'en' ? spec.placeholderEn : undefined) ?? spec.placeholder ?? (spec.input === 'portal-datetime' ? t('wizard.datePlaceholder') : undefined),
          'aria-required': spec.required || undefined,
        };
        switch (spec.input) {
          case 'multiline':
            return <textarea {...common} className="input textarea" rows={4} onChange={(event) => onChange(event.target.value)} />;
          case 'secret':
            return (
              <input
                {...common}
                type="text"
                className="input input-mono"
                autoComplete="off"
                autoCapitalize="off"
                autoCorrect="off"
                spellCheck={false}
                onChange={(event) => onChange(event.target.value)}
              />
            );
          case 'email':
            return (
              <input
                {...common}
                type="email"
                className="input"
                autoComplete="off"
                spellCheck={false}
                onChange={(event) => onChange(event.target.value)}
              />
            );
          case 'portal-datetime':
            return (
              <input
                {...common}
                type="text"
                className="input input-date"
                autoComplete="off"
                spellCheck={false}
                onChange={(event) => onChange(event.target.value)}
              />
            );
          default:
            return <input {...common} type="text" className="input" onChange={(event) => onChange(event.target.value)} />;
        }
      }}
    </FormField>
  );
}
