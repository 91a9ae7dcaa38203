import { useTranslation } from 'react-i18next';
import { validateOnBlur } from '../lib/dom';
import { FormField } from './FormField';

export interface OrganisationValues {
  name: string;
  taxId: string;
}

export type OrganisationErrors = Partial<Record<keyof OrganisationValues, string>>;

interface OrganisationFieldsProps {
  idPrefix: string;
  values: OrganisationValues;
  errors: OrganisationErrors;
  onChange(field: keyof OrganisationValues, value: string): void;
  onBlur(field: keyof OrganisationValues): void;
}

/** The DOM id of an organisation field, so a form can focus the first invalid one. */
export const organisationFieldId = (idPrefix: string, field: keyof OrganisationValues) => `${idPrefix}-${field}`;

/** Name (required) and УНП/ИНН (optional) of an organisation. */
export function OrganisationFields({ idPrefix, values, errors, onChange, onBlur }: OrganisationFieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      <FormField
        id={organisationFieldId(idPrefix, 'name')}
        label={t('organisationForm.name')}
        hint={t('organisationForm.nameHint')}
        error={errors.name}
        errorTestId="field-error-name"
      >
        {(control) => (
          <input
            {...control}
            type="text"
            className="input"
            value={values.name}
            aria-required
            autoComplete="organization"
            onChange={(event) => onChange('name', event.target.value)}
            onBlur={(event) => validateOnBlur(event, () => onBlur('name'))}
          />
        )}
      </FormField>
      <FormField
        id={organisationFieldId(idPrefix, 'taxId')}
        label={`${t('organisationForm.taxId')} (${t('common.optional')})`}
        hint={t('organisationForm.taxIdHint')}
        error={errors.taxId}
        errorTestId="field-error-taxId"
      >
        {(control) => (
          <input
            {...control}
            type="text"
            inputMode="numeric"
            className="input input-short"
            value={values.taxId}
            autoComplete="off"
            onChange={(event) => onChange('taxId', event.target.value)}
            onBlur={(event) => validateOnBlur(event, () => onBlur('taxId'))}
          />
        )}
      </FormField>
    </>
  );
}
