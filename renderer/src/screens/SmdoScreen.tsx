import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SMDO_CHECK_STEP_ID, smdo, smdoKeyRotationDueAt } from '../../../shared/kinds/smdo';
import { formatPortalDate } from '../../../shared/time/portal-time';
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

type SmdoField = 'login' | 'key' | 'keyUpdatedOn' | 'tokenUrl' | 'label' | 'notes';
type Values = Record<SmdoField, string>;
type Problems = Partial<Record<SmdoField, string>>;

const FIELD_ORDER: SmdoField[] = ['login', 'key', 'keyUpdatedOn', 'tokenUrl', 'label', 'notes'];
const fieldId = (field: SmdoField) => `smdo-${field}`;

/**
 * «СМДО»: the steps of the catalog; on the credentials step the login, the key
 * and the СМДО server address (the core adds `/token` unless the whole token URL
 * is given), and, optionally, the day the key was last updated on the portal
 * (the rotation reminders count from it; empty is today), saved when the user
 * goes on, so «Проверить» on the next step checks what is stored; that step
 * also says when the key is already due for rotation. Then the rest of the
 * steps read-only. Going back and on again saves only what changed, and the
 * same key again is not counted as a rotation.
 */
export function SmdoScreen({ snapshot, organisationId }: { snapshot: VaultSnapshot; organisationId: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const navigate = useAppStore((state) => state.navigate);
  const setError = useAppStore((state) => state.setError);
  const showStatus = useAppStore((state) => state.showStatus);
  const organisation = snapshot.organisations.find((candidate) => candidate.id === organisationId);
  const [values, setValues] = useState<Values>({ login: '', key: '', keyUpdatedOn: '', tokenUrl: '', label: '', notes: '' });
  const [problems, setProblems] = useState<Problems>({});
  const [saved, setSaved] = useState<TokenView | null>(null);
  /** What the saved record holds, as typed: Back then Next with nothing changed saves nothing. */
  const [savedValues, setSavedValues] = useState<Values | null>(null);

  const spec = (field: SmdoField) => smdo.fields.find((candidate) => candidate.id === (field as FieldId));
  const labelOf = (field: SmdoField) => {
    const found = spec(field);
    // The screen's own fields, not in the catalog, have the screen's texts.
    if (found) return local(found.label, language);
    return field === 'keyUpdatedOn' ? t('orgs.smdo.keyUpdatedOn') : t('orgs.smdo.tokenUrl');
  };
  const hintOf = (field: SmdoField) => {
    const found = spec(field);
    if (found) return found.hint ? local(found.hint, language) : undefined;
    return field === 'keyUpdatedOn' ? t('orgs.smdo.keyUpdatedOnHint') : t('orgs.smdo.tokenUrlHint');
  };
  const setValue = (field: SmdoField, value: string) => {
    setValues({ ...values, [field]: value });
    if (problems[field]) setProblems({ ...problems, [field]: undefined });
  };

  const save = async (): Promise<boolean> => {
    if (saved && savedValues && FIELD_ORDER.every((field) => values[field] === savedValues[field])) return true;
    // Empty is «the key is new»: today. A date cleared on the way back must say so, or the core keeps the old one.
    const keyUpdatedOn = values.keyUpdatedOn.trim() !== '' ? values.keyUpdatedOn : savedValues?.keyUpdatedOn.trim() ? formatPortalDate(new Date()) : '';
    const result = await call('smdoSave', {
      organisationId,
      label: values.label,
      login: values.login,
      key: values.key,
      tokenUrl: values.tokenUrl,
      // Typed in this screen: a new address counts as confirmed for the record.
      confirmTypedHost: true,
      notes: values.notes,
      ...(keyUpdatedOn !== '' ? { keyUpdatedOn } : {}),
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

  // The quick choice: today's date (Minsk), which is also what an empty field means.
  const justUpdated = (
    <p>
      <button type="button" className="button button-quiet button-small" onClick={() => setValue('keyUpdatedOn', formatPortalDate(new Date()))}>
        {t('orgs.smdo.keyJustUpdated')}
      </button>
    </p>
  );

  const input = (field: SmdoField) => (
    <FormField
      key={field}
      id={fieldId(field)}
      label={labelOf(field)}
      hint={hintOf(field)}
      error={problems[field]}
      errorTestId={`field-error-${field}`}
      {...(field === 'keyUpdatedOn' ? { extra: justUpdated } : {})}
    >
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
            {...(field === 'keyUpdatedOn' ? { placeholder: t('orgs.smdo.keyUpdatedOnPlaceholder'), inputMode: 'numeric' as const } : {})}
            value={values[field]}
            onChange={(event) => setValue(field, event.target.value)}
          />
        )
      }
    </FormField>
  );

  const extra = (step: WizardStep) => {
    if (step.fields?.includes('login')) return <div className="form narrow">{FIELD_ORDER.map(input)}</div>;
    if (step.id === SMDO_CHECK_STEP_ID && saved) {
      // A key last updated more than 3 months ago is due now: the record already says «Пора сменить ключ».
      const setAt = saved.smdoKeySetAt === null ? null : new Date(saved.smdoKeySetAt);
      const overdue = setAt !== null && smdoKeyRotationDueAt(setAt).getTime() <= Date.now();
      return (
        <>
          {overdue ? (
            <div role="note" className="callout callout-warning" aria-label={t('orgs.smdo.keyOverdueTitle')} data-testid="smdo-key-overdue">
              <p className="callout-title">{t('orgs.smdo.keyOverdueTitle')}</p>
              <p>{t('orgs.smdo.keyOverdue', { date: formatPortalDate(setAt) })}</p>
            </div>
          ) : null}
          <div className="action-bar">
            <SmdoCheckButton tokenId={saved.id} primary />
          </div>
        </>
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
