import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SMDO_CHECK_STEP_ID, smdo } from '../../../shared/kinds/smdo';
import type { FieldId, WizardStep } from '../../../shared/kinds/types';
import type { TokenView, VaultSnapshot } from '../../../shared/model/types';
import { call } from '../api';
import { BackButton } from '../components/BackButton';
import { ErrorAlert } from '../components/ErrorAlert';
import { FormField } from '../components/FormField';
import { GuidedSteps } from '../components/orgs/GuidedSteps';
import { SmdoCheckButton } from '../components/orgs/SmdoCheckButton';
import { ScreenHeading } from '../components/ScreenHeading';
import { useLanguage } from '../hooks/useSettings';
import { local } from '../lib/text';
import { useAppStore } from '../state/app-store';

type SmdoField = 'login' | 'key' | 'tokenUrl' | 'label' | 'notes';
type Values = Record<SmdoField, string>;
type Problems = Partial<Record<SmdoField, string>>;

const FIELD_ORDER: SmdoField[] = ['login', 'key', 'tokenUrl', 'label', 'notes'];
const fieldId = (field: SmdoField) => `smdo-${field}`;

/**
 * «СМДО»: the steps of the catalog; on the credentials step the login, the key
 * and the СМДО server address (the core adds `/token` unless the whole token URL
 * is given), saved when the user goes on, so «Проверить» on the next step checks
 * what is stored; then the rest of the steps read-only. Going back and on again
 * saves only what changed, and the same key again is not counted as a rotation.
 */
export function SmdoScreen({ snapshot, organisationId }: { snapshot: VaultSnapshot; organisationId: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const navigate = useAppStore((state) => state.navigate);
  const setError = useAppStore((state) => state.setError);
  const showStatus = useAppStore((state) => state.showStatus);
  const organisation = snapshot.organisations.find((candidate) => candidate.id === organisationId);
  const [values, setValues] = useState<Values>({ login: '', key: '', tokenUrl: '', label: '', notes: '' });
  const [problems, setProblems] = useState<Problems>({});
  const [saved, setSaved] = useState<TokenView | null>(null);
  /** What the saved record holds, as typed: Back then Next with nothing changed saves nothing. */
  const [savedValues, setSavedValues] = useState<Values | null>(null);

  const spec = (field: SmdoField) => smdo.fields.find((candidate) => candidate.id === (field as FieldId));
  const labelOf = (field: SmdoField) => {
    const found = spec(field);
    return found ? local(found.label, language) : t('orgs.smdo.tokenUrl');
  };
  const hintOf = (field: SmdoField) => {
    const found = spec(field);
    return found?.hint ? local(found.hint, language) : field === 'tokenUrl' ? t('orgs.smdo.tokenUrlHint') : undefined;
  };

  const save = async (): Promise<boolean> => {
    if (saved && savedValues && FIELD_ORDER.every((field) => values[field] === savedValues[field])) return true;
    const result = await call('smdoSave', {
      organisationId,
      label: values.label,
      login: values.login,
      key: values.key,
      tokenUrl: values.tokenUrl,
      notes: values.notes,
      ...(saved ? { replacesTokenId: saved.id } : {}),
    });
    if (!result.ok) {
      const field = result.error.field as SmdoField | undefined;
      if (field && FIELD_ORDER.includes(field)) {
        setProblems({ [field]: result.error.message });
        document.getElementById(fieldId(field))?.focus();
      } else {
        setError(result.error.message);
      }
      return false;
    }
    setProblems({});
    setError(null);
    setSaved(result.value);
    // The core may have completed the address (`/token`): show what is stored.
    const stored = { ...values, tokenUrl: result.value.settings.tokenUrl ?? values.tokenUrl };
    setValues(stored);
    setSavedValues(stored);
    showStatus(t('orgs.smdo.saved'));
    return true;
  };

  const input = (field: SmdoField) => (
    <FormField key={field} id={fieldId(field)} label={labelOf(field)} hint={hintOf(field)} error={problems[field]} errorTestId={`field-error-${field}`}>
      {(control) =>
        field === 'notes' ? (
          <textarea {...control} className="input" value={values.notes} onChange={(event) => setValues({ ...values, notes: event.target.value })} />
        ) : (
          <input
            {...control}
            type={field === 'key' ? 'password' : 'text'}
            className="input"
            autoComplete="off"
            spellCheck={false}
            value={values[field]}
            onChange={(event) => {
              setValues({ ...values, [field]: event.target.value });
              if (problems[field]) setProblems({ ...problems, [field]: undefined });
            }}
          />
        )
      }
    </FormField>
  );

  const extra = (step: WizardStep) => {
    if (step.fields?.includes('login')) return <div className="form narrow">{FIELD_ORDER.map(input)}</div>;
    if (step.id === SMDO_CHECK_STEP_ID && saved) {
      return (
        <div className="action-bar">
          <SmdoCheckButton tokenId={saved.id} primary />
        </div>
      );
    }
    return null;
  };

  return (
    <>
      <BackButton />
      <ScreenHeading>{t('orgs.smdo.title')}</ScreenHeading>
      {organisation ? <p className="screen-subtitle">{organisation.name}</p> : null}
      <ErrorAlert />
      <GuidedSteps
        id="smdo"
        steps={smdo.steps}
        extra={extra}
        beforeNext={async (step) => (step.fields?.includes('login') ? save() : true)}
        finishLabel={t('orgs.smdo.save')}
        onFinish={() => navigate(saved ? { name: 'details', tokenId: saved.id } : { name: 'dashboard' })}
        onCancel={() => navigate({ name: 'dashboard' })}
      />
    </>
  );
}
