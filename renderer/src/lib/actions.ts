import i18next from 'i18next';
import type { TokenView, WizardDraft } from '../../../shared/model/types';
import { call } from '../api';
import { useAppStore } from '../state/app-store';
import { useWizardStore } from '../state/wizard-store';
import type { WizardSession } from '../state/wizard-store';
import { findKind, lastWizardStep } from './kinds';
import { draftKey, draftValues, initialValues, secretStepIndex, valuesFromDraft, valuesFromToken } from './wizard';

// In its own module so the dashboard copies without loading the wizards' code.
export { copyTokenWithStatus } from './copy-token';

function sessionFromDraft(draft: WizardDraft): WizardSession | null {
  const kind = findKind(draft.kind);
  if (!kind) return null;
  const stepIndex = Math.min(Math.max(draft.stepIndex, 0), lastWizardStep(kind));
  return {
    kind: draft.kind,
    organisationId: draft.organisationId,
    replacesTokenId: draft.replacesTokenId,
    stepIndex,
    furthestStep: stepIndex,
    values: valuesFromDraft(kind, draft),
    errors: {},
    checks: {},
    checksError: false,
    actionError: null,
  };
}

function openWizard(session: WizardSession | null): boolean {
  const app = useAppStore.getState();
  if (!session) {
    app.setError(i18next.t('wizard.kindUnavailable'));
    return false;
  }
  useWizardStore.getState().start(session);
  app.navigate({ name: 'wizard' });
  return true;
}

export function resumeDraft(draft: WizardDraft): boolean {
  return openWizard(sessionFromDraft(draft));
}

/** Starts the wizard of a kind; continues the matching draft when there is one. */
export function startWizard(kindId: WizardSession['kind'], organisationId: string, renewing?: TokenView): boolean {
  const kind = findKind(kindId);
  const identity = { kind: kindId, organisationId, replacesTokenId: renewing?.id ?? '' };
  const draft = useAppStore.getState().snapshot?.drafts[draftKey(identity)];
  if (draft && kind) {
    const resumed = sessionFromDraft(draft);
    const opened = openWizard(resumed);
    // After navigating: a new screen starts without the previous screen's confirmation.
    if (opened) useAppStore.getState().showStatus(i18next.t('wizard.resumedDraft'));
    return opened;
  }
  // A record imported without a token goes through every step: the system may not be registered yet.
  const firstStep = kind && renewing && !renewing.needsToken ? secretStepIndex(kind) : 0;
  return openWizard(
    kind
      ? {
          ...identity,
          stepIndex: firstStep,
          furthestStep: firstStep,
          values: initialValues(kind, renewing ? valuesFromToken(renewing) : {}),
          errors: {},
          checks: {},
          checksError: false,
          actionError: null,
        }
      : null,
  );
}

/** Saves what the user typed (never the secret) so the wizard can be continued later. */
export async function saveDraftOf(session: WizardSession): Promise<string | null> {
  const kind = findKind(session.kind);
  if (!kind) return null;
  const result = await call('saveDraft', {
    key: draftKey(session),
    draft: {
      kind: session.kind,
      // The step reached, not the one being read again: a resumed draft continues where the user got to.
      stepIndex: Math.max(session.stepIndex, session.furthestStep),
      organisationId: session.organisationId,
      replacesTokenId: session.replacesTokenId,
      values: draftValues(kind, session.values),
    },
  });
  return result.ok ? null : result.error.message;
}
