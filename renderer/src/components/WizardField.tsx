import type { FocusEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldSpec, KindSpec } from '../../../shared/kinds/types';
import { formatInZone, formatPortalDateTime, parsePortalDateTime } from '../../../shared/time/portal-time';
import { message } from '../../../shared/texts/messages';
import { fieldWarning } from '../../../shared/validation/field-warnings';
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
  /** The renewed token's expiry (ISO), to warn when the new one is not later. */
  previousExpiresAt?: string | null;
  onChange(value: string): void;
  onBlur(): void;
}

/** The DOM id of a wizard field's control, so the wizard can move the focus to it. */
export const wizardFieldId = (field: string) => `wizard-field-${field}`;

/** One field of a wizard step, in the input form its spec asks for. */
export function WizardField({ kind, spec, value, error, previousExpiresAt, onChange, onBlur }: WizardFieldProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const id = wizardFieldId(spec.id);
  const extraId = `${id}-time`;
  const parsed = spec.input === 'portal-datetime' ? parsePortalDateTime(value) : null;
  // A warning does not stop the user; it is hidden while an error says more.
  const warning = error ? null : fieldWarning(kind, spec.id, value, { previousExpiresAt: previousExpiresAt ?? null });
  const warningText = warning ? (
    <p className="field-warning" data-testid={`field-warning-${spec.id}`}>
      {message(warning.code, language, warning.params)}
    </p>
  ) : null;

  const extra =
    spec.input === 'portal-datetime' ? (
      <>
        {warningText}
        {parsed?.ok && !kind.expiryIsDate ? (
          <p id={extraId} className="field-extra">
            {t(kind.country === 'RU' ? 'wizard.timeBothMoscow' : 'wizard.timeBoth', {
              portal: formatPortalDateTime(parsed.instant),
              local: formatInZone(parsed.instant, language),
            })}
          </p>
        ) : null}
      </>
    ) : (
      warningText
    );

  return (
    <FormField
      id={id}
      label={local(spec.label, language)}
      hint={spec.hint ? local(spec.hint, language) : undefined}
      error={error}
      errorTestId={`field-error-${spec.id}`}
      extra={extra}
      extraId={parsed?.ok && !kind.expiryIsDate ? extraId : undefined}
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
            return <input {...common} type="email" className="input" autoComplete="off" spellCheck={false} onChange={(event) => onChange(event.target.value)} />;
          case 'portal-datetime':
            return <input {...common} type="text" className="input input-date" autoComplete="off" spellCheck={false} onChange={(event) => onChange(event.target.value)} />;
          default:
            return <input {...common} type="text" className="input" onChange={(event) => onChange(event.target.value)} />;
        }
      }}
    </FormField>
  );
}
