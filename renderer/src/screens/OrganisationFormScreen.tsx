import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { VaultSnapshot } from '../../../shared/model/types';
import { call } from '../api';
import { BackButton } from '../components/BackButton';
import { ErrorAlert } from '../components/ErrorAlert';
import { OrganisationFields, organisationFieldId } from '../components/OrganisationFields';
import type { OrganisationErrors, OrganisationValues } from '../components/OrganisationFields';
import { ScreenHeading } from '../components/ScreenHeading';
import { DuplicateTaxIdChoice } from '../components/fleet/DuplicateTaxIdChoice';
import type { DuplicateOf } from '../components/fleet/DuplicateTaxIdChoice';
import { useLanguage } from '../hooks/useSettings';
import { organisationProblem, validateOrganisation } from '../lib/organisation';
import { useAppStore } from '../state/app-store';

const ID_PREFIX = 'organisation';

/** Adds an organisation or changes one (its name and its УНП/ИНН). */
export function OrganisationFormScreen({ snapshot, organisationId }: { snapshot: VaultSnapshot; organisationId: string | null }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const navigate = useAppStore((state) => state.navigate);
  const setError = useAppStore((state) => state.setError);
  const showStatus = useAppStore((state) => state.showStatus);
  const existing = organisationId ? snapshot.organisations.find((candidate) => candidate.id === organisationId) : undefined;
  const [values, setValues] = useState<OrganisationValues>({ name: existing?.name ?? '', taxId: existing?.taxId ?? '' });
  const [errors, setErrors] = useState<OrganisationErrors>({});
  const [saving, setSaving] = useState(false);
  // The core's warning that another organisation has this number, and the user's «save anyway».
  const [duplicate, setDuplicate] = useState<DuplicateOf | null>(null);
  const [saveAnyway, setSaveAnyway] = useState(false);

  const change = (field: keyof OrganisationValues, value: string) => {
    const next = { ...values, [field]: value };
    setValues(next);
    if (field === 'taxId') {
      setDuplicate(null);
      setSaveAnyway(false);
    }
    if (errors[field]) setErrors({ ...errors, [field]: organisationProblem(field, next, language) ?? undefined });
  };
  const blur = (field: keyof OrganisationValues) => {
    if (values[field].trim() === '' && !errors[field]) return;
    const problem = organisationProblem(field, values, language) ?? undefined;
    setErrors((previous) => ({ ...previous, [field]: problem }));
  };

  const submit = async () => {
    if (saving) return;
    const found = validateOrganisation(values, language);
    setErrors(found);
    const firstBad = (['name', 'taxId'] as const).find((field) => found[field]);
    if (firstBad) {
      document.getElementById(organisationFieldId(ID_PREFIX, firstBad))?.focus();
      return;
    }
    setSaving(true);
    const result = await call('saveOrganisation', {
      ...(existing ? { id: existing.id } : {}),
      name: values.name.trim(),
      taxId: values.taxId.trim(),
      ...(duplicate !== null && saveAnyway ? { allowDuplicateTaxId: true } : {}),
    });
    setSaving(false);
    if (!result.ok) {
      const field = result.error.field;
      setDuplicate(result.error.duplicateOf ?? null);
      if (field === 'name' || field === 'taxId') {
        setErrors({ ...found, [field]: result.error.message });
        document.getElementById(organisationFieldId(ID_PREFIX, field))?.focus();
      } else {
        setError(result.error.message);
      }
      return;
    }
    navigate({ name: 'dashboard' });
    showStatus(t('organisationForm.saved', { name: result.value.name }));
  };

  return (
    <>
      <BackButton />
      <ScreenHeading>{existing ? t('organisationForm.editTitle') : t('organisationForm.newTitle')}</ScreenHeading>
      <ErrorAlert />
      <form
        className="form narrow"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <OrganisationFields idPrefix={ID_PREFIX} values={values} errors={errors} onChange={change} onBlur={blur} />
        {duplicate ? (
          <DuplicateTaxIdChoice
            idPrefix={ID_PREFIX}
            actionLabel={t('fleet.duplicate.open', { name: duplicate.name })}
            onAction={() => navigate({ name: 'organisation', organisationId: duplicate.id })}
            saveAnyway={saveAnyway}
            onSaveAnywayChange={setSaveAnyway}
          />
        ) : null}
        <div className="action-bar">
          <button type="submit" className="button button-primary">
            {t('organisationForm.save')}
          </button>
          <button type="button" className="button button-quiet" onClick={() => navigate({ name: 'dashboard' })}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </>
  );
}
