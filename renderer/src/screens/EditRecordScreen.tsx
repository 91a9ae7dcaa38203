import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { VaultSnapshot } from '../../../shared/model/types';
import { editableFields, editableSettings } from '../../../shared/records/editable';
import type { FieldId } from '../../../shared/kinds/types';
import { call } from '../api';
import { BackButton } from '../components/BackButton';
import { ErrorAlert } from '../components/ErrorAlert';
import { FormField } from '../components/FormField';
import { ScreenHeading } from '../components/ScreenHeading';
import { CrptSharedConnectionWarning, SHARED_ACCEPT_ID } from '../components/crpt/CrptSharedConnectionWarning';
import { WizardField, wizardFieldId } from '../components/WizardField';
import { useNow } from '../hooks/useNow';
import { useLanguage } from '../hooks/useSettings';
import { findKind, kindTitle } from '../lib/kinds';
import { changedEdits, initialEditValues } from '../lib/record-edit';
import type { EditValues } from '../lib/record-edit';
import { fieldProblem } from '../lib/wizard';
import { findToken, useAppStore } from '../state/app-store';
import { showThenFocus } from '../lib/focus-after';

type SettingKey = 'stand' | 'trueApiBase' | 'omsConnection' | 'inn' | 'tokenUrl' | 'checkEndpoint';

/**
 * «Изменить»: a record's non-secret fields by the wizard's own rules (checked here as
 * the person leaves a field, and again by the core), and its connection settings.
 * Only what changed is sent; the core records it in the record's history.
 */
export function EditRecordScreen({ snapshot, tokenId }: { snapshot: VaultSnapshot; tokenId: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const now = useNow();
  const navigate = useAppStore((state) => state.navigate);
  const setError = useAppStore((state) => state.setError);
  const showStatus = useAppStore((state) => state.showStatus);
  const token = findToken(snapshot, tokenId);
  const kind = token ? findKind(token.kind) : undefined;
  const [initial] = useState<EditValues>(() => (token && kind ? initialEditValues(kind, token) : {}));
  const [values, setValues] = useState<EditValues>(initial);
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});
  const [saving, setSaving] = useState(false);
  /** The core's refusal of an omsConnection another record uses, and the user's knowing «go on». */
  const [sharedRefusal, setSharedRefusal] = useState<string | null>(null);
  const [sharedAccepted, setSharedAccepted] = useState(false);

  if (!token || !kind) {
    return (
      <>
        <BackButton />
        <ScreenHeading>{t('details.missingTitle')}</ScreenHeading>
        <p>{t('details.missing')}</p>
      </>
    );
  }
  const fields = editableFields(kind);
  const settings = editableSettings(kind.id) as readonly SettingKey[];
  const organisation = snapshot.organisations.find((candidate) => candidate.id === token.organisationId);
  const back = () => navigate({ name: 'details', tokenId });

  const change = (field: string, value: string) => {
    setValues((previous) => ({ ...previous, [field]: value }));
    if (field === 'omsConnection') {
      setSharedRefusal(null);
      setSharedAccepted(false);
    }
    if (errors[field]) setErrors((previous) => ({ ...previous, [field]: undefined }));
  };
  const check = (field: FieldId) => {
    const problem = (values[field] ?? '') === (initial[field] ?? '') ? null : fieldProblem(kind, field, values[field] ?? '', now, language);
    setErrors((previous) => ({ ...previous, [field]: problem ?? undefined }));
  };

  const submit = async () => {
    if (saving) return;
    const changes = changedEdits(kind, initial, values);
    if (Object.keys(changes).length === 0) {
      showStatus(t('records.edit.nothingChanged'));
      back();
      return;
    }
    setSaving(true);
    const result = await call('updateRecord', {
      organisationId: token.organisationId,
      tokenId,
      changes,
      ...(sharedRefusal !== null && sharedAccepted ? { acceptSharedConnection: true } : {}),
    });
    setSaving(false);
    if (!result.ok && result.error.code === 'crpt_shared_connection') {
      showThenFocus(() => setSharedRefusal(result.error.message), SHARED_ACCEPT_ID);
      return;
    }
    if (!result.ok) {
      const field = result.error.field;
      if (field && field in values) {
        setErrors({ [field]: result.error.message });
        document.getElementById(controlId(field))?.focus();
      } else {
        setError(result.error.message);
      }
      return;
    }
    showStatus(t('records.edit.saved'));
    back();
  };

  const controlId = (field: string) => (kind.fields.some((spec) => spec.id === field) ? wizardFieldId(field) : `edit-${field}`);

  const kindField = (field: (typeof fields)[number]) => {
    const spec = kind.fields.find((candidate) => candidate.id === field);
    if (spec) {
      return (
        <WizardField
          key={field}
          kind={kind}
          spec={spec}
          value={values[field] ?? ''}
          error={errors[field]}
          now={now}
          onChange={(value) => change(field, value)}
          onBlur={() => check(field)}
        />
      );
    }
    // Kinds whose wizard has no such field (Честный знак, СМДО) still have a name and notes.
    return textField(field, field === 'notes' ? t('records.edit.notes') : t('records.edit.label'), field === 'notes' ? t('records.edit.notesHint') : undefined, field === 'notes');
  };

  const textField = (field: string, label: string, hint?: string, multiline = false) => (
    <FormField key={field} id={`edit-${field}`} label={label} hint={hint} error={errors[field]} errorTestId={`field-error-${field}`}>
      {(control) =>
        multiline ? (
          <textarea {...control} className="input textarea" rows={4} value={values[field] ?? ''} onChange={(event) => change(field, event.target.value)} />
        ) : (
          <input
            {...control}
            type="text"
            className="input"
            autoComplete="off"
            spellCheck={false}
            value={values[field] ?? ''}
            onChange={(event) => change(field, event.target.value)}
          />
        )
      }
    </FormField>
  );

  const standField = (
    <FormField key="stand" id="edit-stand" label={t('records.edit.stand')} error={errors.stand} errorTestId="field-error-stand">
      {(control) => (
        <select {...control} className="input" value={values.stand ?? 'custom'} onChange={(event) => change('stand', event.target.value)}>
          <option value="sandbox">{t('records.edit.standSandbox')}</option>
          <option value="production">{t('records.edit.standProduction')}</option>
          <option value="custom">{t('records.edit.standCustom')}</option>
        </select>
      )}
    </FormField>
  );

  const settingField = (key: SettingKey) => {
    if (key === 'stand') return standField;
    if (key === 'trueApiBase' && values.stand !== 'custom') return null;
    const field = textField(key, t(`records.edit.${key}`), t(`records.edit.${key}Hint`));
    if (key !== 'omsConnection' || sharedRefusal === null) return field;
    return (
      <div key={key}>
        {field}
        <CrptSharedConnectionWarning text={sharedRefusal} accepted={sharedAccepted} onAccept={setSharedAccepted} />
      </div>
    );
  };

  return (
    <>
      <BackButton />
      <ScreenHeading>{t('records.edit.title')}</ScreenHeading>
      <p className="screen-subtitle">{[token.label || kindTitle(token.kind, language), organisation?.name ?? ''].filter(Boolean).join(' · ')}</p>
      <p>{t('records.edit.intro')}</p>
      <ErrorAlert />
      <form
        className="form narrow"
        noValidate
        data-testid="record-edit"
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        {fields.map(kindField)}
        {settings.length > 0 ? (
          <fieldset className="fieldset">
            <legend>{t('records.edit.connectionLegend')}</legend>
            <p className="field-hint">{t('records.edit.hostNote')}</p>
            {settings.map(settingField)}
          </fieldset>
        ) : null}
        <div className="action-bar">
          <button type="submit" className="button button-primary" disabled={saving}>
            {t('records.edit.save')}
          </button>
          <button type="button" className="button button-quiet" onClick={back}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </>
  );
}
