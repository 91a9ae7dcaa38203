import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldId, KindSpec } from '../../../shared/kinds/types';
import type { VaultSnapshot } from '../../../shared/model/types';
import { call } from '../api';
import { BackButton } from '../components/BackButton';
import { ScreenHeading } from '../components/ScreenHeading';
import { checkId } from '../components/StepChecks';
import { WizardStepper } from '../components/WizardStepper';
import { COMPACT_WIZARD, useMediaQuery } from '../hooks/useMediaQuery';
import { WizardStepBody } from '../components/WizardStepBody';
import { wizardFieldId } from '../components/WizardField';
import { useNow } from '../hooks/useNow';
import { useLanguage } from '../hooks/useSettings';
import { saveDraftOf } from '../lib/actions';
import { findKind, lastWizardStep } from '../lib/kinds';
import { local } from '../lib/text';
import { buildSaveInput, draftKey, fieldProblem, secretStepIndex, stepFields, stepIndexOfField, validateStep } from '../lib/wizard';
import { renewalRoute } from '../../../shared/kinds/renewal-route';
import { useAppStore } from '../state/app-store';
import type { WizardSession } from '../state/wizard-store';
import { useWizardStore } from '../state/wizard-store';

export const STEP_HEADING_ID = 'wizard-step-heading';

/** A request to move the focus once the next render is on screen. */
interface FocusRequest {
  targetId: string;
  serial: number;
}

/** The step-by-step procedure of one kind, from the portal to the saved token. */
export function WizardScreen({ snapshot }: { snapshot: VaultSnapshot }) {
  const { t } = useTranslation();
  const session = useWizardStore((state) => state.session);
  const kind = session ? findKind(session.kind) : undefined;

  if (!session || !kind) {
    return (
      <>
        <BackButton />
        <ScreenHeading>{t('wizard.noSessionTitle')}</ScreenHeading>
        <p>{t('wizard.noSession')}</p>
      </>
    );
  }
  return <ActiveWizard key={draftKey(session)} kind={kind} session={session} snapshot={snapshot} />;
}

function ActiveWizard({ kind, session, snapshot }: { kind: KindSpec; session: WizardSession; snapshot: VaultSnapshot }) {
  const { t } = useTranslation();
  const compact = useMediaQuery(COMPACT_WIZARD);
  const language = useLanguage();
  const now = useNow(60_000);
  const navigate = useAppStore((state) => state.navigate);
  const showStatus = useAppStore((state) => state.showStatus);
  const wizard = useWizardStore();
  const [focusRequest, setFocusRequest] = useState<FocusRequest | null>(null);
  const [saving, setSaving] = useState(false);

  const saveIndex = lastWizardStep(kind);
  const stepIndex = Math.min(session.stepIndex, saveIndex);
  const step = kind.steps[stepIndex];
  const isLast = stepIndex === saveIndex;
  const organisation = snapshot.organisations.find((candidate) => candidate.id === session.organisationId);
  const renewed = session.replacesTokenId ? organisation?.tokens.find((token) => token.id === session.replacesTokenId) : undefined;

  useEffect(() => {
    if (!focusRequest) return;
    const target = document.getElementById(focusRequest.targetId);
    if (focusRequest.targetId === STEP_HEADING_ID) {
      // A new step starts at the top, with the wizard's title in view.
      window.scrollTo({ top: 0 });
      target?.focus({ preventScroll: true });
    } else {
      target?.focus();
    }
  }, [focusRequest]);

  if (!step) return null;

  const focus = (targetId: string) => setFocusRequest((previous) => ({ targetId, serial: (previous?.serial ?? 0) + 1 }));

  /** Moves to another step, keeps everything typed and autosaves the draft (without the secret). */
  const goTo = (index: number, errors: WizardSession['errors'] = session.errors, focusTarget = STEP_HEADING_ID) => {
    const furthestStep = Math.max(session.furthestStep, index);
    const next: WizardSession = { ...session, stepIndex: index, furthestStep, errors, checksError: false, actionError: null };
    wizard.update({ stepIndex: index, furthestStep, errors, checksError: false, actionError: null });
    focus(focusTarget);
    void saveDraftOf(next).then((problem) => {
      if (problem) console.warn('Draft autosave failed:', problem);
    });
  };

  const changeValue = (field: FieldId, value: string) => {
    wizard.setValue(field, value);
    // Once a field shows an error, it updates while the user corrects it; new errors wait for blur or «Далее».
    if (session.errors[field]) wizard.setFieldError(field, fieldProblem(kind, field, value, new Date(), language));
  };

  const blurField = (field: FieldId) => {
    const value = session.values[field] ?? '';
    if (value.trim() === '' && !session.errors[field]) return;
    wizard.setFieldError(field, fieldProblem(kind, field, value, new Date(), language));
  };

  const save = async () => {
    // Every field of every step, so a value left wrong on an earlier step is caught here too.
    const allErrors: WizardSession['errors'] = {};
    kind.steps.forEach((candidate) => Object.assign(allErrors, validateStep(kind, candidate, session.values, new Date(), language)));
    const firstBad = kind.steps.findIndex((candidate) => stepFields(kind, candidate).some((spec) => allErrors[spec.id]));
    if (firstBad !== -1) {
      const badStep = kind.steps[firstBad];
      const badField = badStep ? stepFields(kind, badStep).find((spec) => allErrors[spec.id]) : undefined;
      const target = badField ? wizardFieldId(badField.id) : STEP_HEADING_ID;
      if (firstBad === stepIndex) {
        wizard.update({ errors: allErrors });
        focus(target);
      } else {
        goTo(firstBad, allErrors, target);
      }
      return;
    }
    setSaving(true);
    const result = await call('saveToken', buildSaveInput(kind, session));
    setSaving(false);
    if (!result.ok) {
      const field = result.error.field;
      const fieldStep = field ? stepIndexOfField(kind, field) : -1;
      if (field && fieldStep !== -1) {
        const errors = { ...session.errors, [field]: result.error.message };
        if (fieldStep === stepIndex) {
          wizard.update({ errors });
          focus(wizardFieldId(field));
        } else {
          goTo(fieldStep, errors, wizardFieldId(field));
        }
      } else {
        wizard.update({ actionError: result.error.message });
        focus('wizard-action-error');
      }
      return;
    }
    const deleted = await call('deleteDraft', { key: draftKey(session) });
    if (!deleted.ok && deleted.error.code !== 'not_found') console.warn('Draft cleanup failed:', deleted.error.message);
    wizard.finish();
    navigate({ name: 'done', token: result.value });
  };

  const next = () => {
    if (saving) return;
    const errors = validateStep(kind, step, session.values, new Date(), language);
    const fields = stepFields(kind, step);
    const firstInvalid = fields.find((spec) => errors[spec.id]);
    const ticked = session.checks[step.id] ?? [];
    const firstUnticked = (step.checks ?? []).findIndex((_, index) => !ticked[index]);
    const stepFieldIds = new Set<string>(fields.map((spec) => spec.id));
    const stepErrors: WizardSession['errors'] = {
      ...Object.fromEntries(Object.entries(session.errors).filter(([field]) => !stepFieldIds.has(field))),
      ...errors,
    };
    if (firstInvalid || firstUnticked !== -1) {
      wizard.update({ errors: stepErrors, checksError: firstUnticked !== -1 });
      focus(firstInvalid ? wizardFieldId(firstInvalid.id) : checkId(step.id, firstUnticked));
      return;
    }
    wizard.update({ errors: stepErrors });
    if (isLast) void save();
    else goTo(stepIndex + 1, stepErrors);
  };

  const saveAndExit = async () => {
    const problem = await saveDraftOf({ ...session, stepIndex });
    if (problem) {
      wizard.update({ actionError: problem });
      focus('wizard-action-error');
      return;
    }
    wizard.finish();
    navigate({ name: 'dashboard' });
    showStatus(t('wizard.draftSaved'));
  };

  const openPortal = async (url: string) => {
    const result = await call('openPortal', { url });
    wizard.update({ actionError: result.ok ? null : result.error.message });
    if (!result.ok) focus('wizard-action-error');
  };

  return (
    <div className="wizard" data-testid="wizard" data-step-id={step.id}>
      <div className="wizard-head">
        <ScreenHeading>{local(kind.title, language)}</ScreenHeading>
        <p className="screen-subtitle">
          {session.replacesTokenId ? t('wizard.renewingFor', { name: organisation?.name ?? '' }) : t('wizard.newFor', { name: organisation?.name ?? '' })}
        </p>
      </div>
      <div className={compact ? 'wizard-layout wizard-layout-compact' : 'wizard-layout'}>
        <WizardStepper
          steps={kind.steps}
          current={stepIndex}
          reached={Math.min(Math.max(session.furthestStep, stepIndex), saveIndex)}
          onOpen={(index) => {
            // Reading a step again keeps everything typed; its checks are not asked for on the way back.
            if (!saving) goTo(index);
          }}
        />
        <form
          className="wizard-body"
          noValidate
          aria-labelledby={STEP_HEADING_ID}
          onSubmit={(event) => {
            event.preventDefault();
            next();
          }}
        >
          <WizardStepBody
            kind={kind}
            step={step}
            stepIndex={stepIndex}
            stepCount={kind.steps.length}
            session={session}
            now={now}
            previousExpiresAt={renewed?.expiresAt ?? null}
            renewalRoute={renewed && stepIndex === secretStepIndex(kind) ? renewalRoute(kind.id) : null}
            renewedSystemName={renewed?.systemName ?? ''}
            headingId={STEP_HEADING_ID}
            onChange={changeValue}
            onBlur={blurField}
            onCheck={(index, checked) => wizard.setCheck(step.id, index, step.checks?.length ?? 0, checked)}
            onOpenPortal={(url) => void openPortal(url)}
          />
          <div role="alert" className="alert-region">
            {session.actionError ? (
              <div id="wizard-action-error" tabIndex={-1} className="callout callout-error">
                <p>{session.actionError}</p>
              </div>
            ) : null}
          </div>
          <div className="wizard-buttons">
            <div className="wizard-buttons-main">
              {stepIndex > 0 ? (
                <button type="button" className="button button-secondary" onClick={() => goTo(stepIndex - 1)}>
                  {t('wizard.back')}
                </button>
              ) : null}
              <button type="submit" className="button button-primary" aria-disabled={saving || undefined}>
                {/* What is saved, by its name: an ЕИС identifier is not a token. */}
                {isLast ? t(kind.id === 'eis' ? 'wizard.saveIdentifier' : 'wizard.save') : t('wizard.next')}
              </button>
            </div>
            <button type="button" className="button button-quiet" onClick={() => void saveAndExit()}>
              {t('wizard.saveDraftAndExit')}
            </button>
          </div>
        </form>
      </div>
    </div>
  );
}
