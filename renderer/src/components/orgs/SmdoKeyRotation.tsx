import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { smdo, smdoKeyRotationChecklist, smdoKeyRotationDueAt } from '../../../../shared/kinds/smdo';
import type { WizardStep } from '../../../../shared/kinds/types';
import type { TokenView } from '../../../../shared/model/types';
import { normaliseSecret } from '../../../../shared/validation/fields';
import { call } from '../../api';
import { useLanguage } from '../../hooks/useSettings';
import { formatLocal } from '../../lib/format';
import { local } from '../../lib/text';
import { useAppStore } from '../../state/app-store';
import { useRotationRequest } from '../../state/rotation-request';
import { FormField } from '../FormField';
import { HostConfirmPrompt, hostQuestionOf } from '../HostConfirmPrompt';
import type { HostQuestion } from '../HostConfirmPrompt';
import { GuidedSteps } from './GuidedSteps';
import { SmdoAccessTokenButton } from './SmdoAccessTokenButton';
import { SmdoCheckButton } from './SmdoCheckButton';

/** The checklist's step where the portal's «Обновить» is pressed: from there on the rotation is kept. */
const ROTATE_STEP_INDEX = Math.max(
  0,
  smdoKeyRotationChecklist.findIndex((candidate) => candidate.id === 'rotate'),
);
/** A typed key is kept once typing pauses, not at every keystroke. */
const KEY_KEEP_DELAY_MS = 400;

/** On the details of an СМДО record: when the key was set, «Проверить», and the guarded «Сменить ключ». */
export function SmdoKeySection({ token }: { token: TokenView }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const setError = useAppStore((state) => state.setError);
  const showStatus = useAppStore((state) => state.showStatus);
  const [rotating, setRotating] = useState(false);
  const [key, setKey] = useState('');
  const [problem, setProblem] = useState<string | undefined>();
  /** The key this rotation has saved (normalised), and when; null until «Сохранить новый ключ» succeeds. */
  const [saved, setSaved] = useState<{ key: string; setAt: string } | null>(null);
  const [outcome, setOutcome] = useState<CheckOutcome | null>(null);
  const [saving, setSaving] = useState(false);
  const keySpec = smdo.fields.find((field) => field.id === 'key');
  /** Where a continued rotation starts, and a key that remounts the guide there. */
  const [resumeAt, setResumeAt] = useState({ index: 0, serial: 0 });
  const stepRef = useRef(0);
  const keySaved = useRef(false);
  const keyTimer = useRef<number | null>(null);
  const askedSerial = useRotationRequest((state) => (state.tokenId === token.id ? state.serial : 0));
  const pendingAtOpen = useRef(token.smdoRotation !== undefined);

  /**
   * Keeps the rotation in the vault once it reaches the portal's «Обновить» (issue 10, point 17):
   * from then on the old key may be dead, and a restart must not lose the way back. The key
   * typed so far goes along (encrypted by the core); nothing is kept once the new key is saved.
   */
  const keepProgress = (stepIndex: number, typedKey?: string) => {
    if (keySaved.current || stepIndex < ROTATE_STEP_INDEX) return;
    void call('smdoRotationSave', { tokenId: token.id, stepIndex, ...(typedKey !== undefined ? { key: typedKey } : {}) }).then((result) => {
      if (!result.ok) setError(result.error.message);
    });
  };

  const continueRotation = async () => {
    const result = await call('smdoRotationResume', { tokenId: token.id });
    if (!result.ok) return setError(result.error.message);
    if (result.value === null) return;
    stepRef.current = result.value.stepIndex;
    keySaved.current = false;
    setKey(result.value.key ?? '');
    setSaved(null);
    setOutcome(null);
    setResumeAt((previous) => ({ index: result.value?.stepIndex ?? 0, serial: previous.serial + 1 }));
    setRotating(true);
    showStatus(t('traps.rotation.resumed'));
  };

  useEffect(() => {
    // Opening the record's page, or the banner's «Завершить смену ключа», continues an unfinished rotation.
    if (pendingAtOpen.current || askedSerial > 0) void continueRotation();
    pendingAtOpen.current = false;
    // continueRotation reads the latest token through its id only.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [askedSerial]);

  useEffect(() => {
    if (resumeAt.serial === 0) return;
    const heading = document.getElementById('smdo-rotation-step-heading');
    heading?.scrollIntoView({ block: 'center' });
    heading?.focus({ preventScroll: true });
  }, [resumeAt.serial]);

  useEffect(
    () => () => {
      if (keyTimer.current !== null) window.clearTimeout(keyTimer.current);
    },
    [],
  );

  const close = () => {
    // Before the portal's step nothing is irreversible: cancelling forgets the rotation. After it,
    // the red banner stays until the new key is saved (or the user says the key was not updated).
    if (stepRef.current < ROTATE_STEP_INDEX && token.smdoRotation) void call('smdoRotationDiscard', { tokenId: token.id });
    stepRef.current = 0;
    setRotating(false);
    setKey('');
    setProblem(undefined);
    setSaved(null);
    setOutcome(null);
  };

  /** What the text promises: the saved key is tried at once, and a failure stays on screen. */
  const checkNewKey = async () => {
    setOutcome({ state: 'checking' });
    const checked = await call('smdoCheck', { tokenId: token.id });
    if (checked.ok) return setOutcome({ state: 'ok', until: checked.value.expiresAt });
    const question = hostQuestionOf(checked.error);
    setOutcome(question ? { state: 'ask', question } : { state: 'failed', reason: checked.error.message });
  };

  const saveNewKey = async () => {
    if (saving) return;
    setSaving(true);
    try {
      await saveAndCheck();
    } finally {
      setSaving(false);
    }
  };

  const saveAndCheck = async () => {
    // Pressed again with the key already saved here: nothing to save, only the check is repeated.
    if (saved !== null && normaliseSecret(key) === saved.key) {
      await checkNewKey();
      return;
    }
    setOutcome(null);
    const result = await call('smdoSave', {
      organisationId: token.organisationId,
      label: token.label,
      key,
      tokenUrl: token.settings.tokenUrl ?? '',
      replacesTokenId: token.id,
      rotation: true,
    });
    if (!result.ok) {
      if (result.error.field === 'key') {
        setProblem(result.error.message);
        document.getElementById('smdo-new-key')?.focus();
      } else {
        setError(result.error.message);
      }
      return;
    }
    setProblem(undefined);
    setError(null);
    // The key is saved whatever the check says: the old one died when «Обновить» was pressed.
    // Saving it ended the rotation kept in the vault; nothing is kept again from now on.
    keySaved.current = true;
    if (keyTimer.current !== null) window.clearTimeout(keyTimer.current);
    setSaved({ key: normaliseSecret(key), setAt: result.value.smdoKeySetAt ?? new Date().toISOString() });
    await checkNewKey();
  };

  const finish = () => {
    if (saved === null) return;
    const due = formatLocal(smdoKeyRotationDueAt(new Date(saved.setAt)).toISOString(), language);
    close();
    showStatus(t('orgs.smdo.rotated', { due }));
  };

  const extra = (step: WizardStep) =>
    step.fields?.includes('key') ? (
      <div className="form narrow">
        <FormField
          id="smdo-new-key"
          label={keySpec ? local(keySpec.label, language) : 'Ключ'}
          hint={keySpec?.hint ? local(keySpec.hint, language) : undefined}
          error={problem}
          errorTestId="field-error-key"
        >
          {(control) => (
            <input
              {...control}
              type="password"
              className="input"
              autoComplete="off"
              value={key}
              onChange={(event) => {
                const typed = event.target.value;
                setKey(typed);
                setProblem(undefined);
                if (keyTimer.current !== null) window.clearTimeout(keyTimer.current);
                keyTimer.current = window.setTimeout(() => keepProgress(stepRef.current, typed), KEY_KEEP_DELAY_MS);
              }}
              onKeyDown={(event) => {
                if (event.key === 'Enter') void saveNewKey();
              }}
            />
          )}
        </FormField>
        {/* Saving is not gated by the step's ticks: the key must reach the app before anything else. */}
        <div className="action-bar">
          <button type="button" className="button button-primary" aria-disabled={saving} onClick={() => void saveNewKey()}>
            {t('orgs.smdo.rotateSave')}
          </button>
        </div>
        <CheckOutcomeView outcome={outcome} onRetry={() => void checkNewKey()} />
      </div>
    ) : null;

  return (
    <section className="section" aria-labelledby="smdo-key-heading">
      <h2 id="smdo-key-heading">{t('orgs.smdo.rotateTitle')}</h2>
      {token.smdoKeySetAt ? (
        <p>
          {t('orgs.smdo.keySetAt', {
            date: formatLocal(token.smdoKeySetAt, language),
            due: formatLocal(smdoKeyRotationDueAt(new Date(token.smdoKeySetAt)).toISOString(), language),
          })}
        </p>
      ) : null}
      {rotating ? (
        <GuidedSteps
          key={resumeAt.serial}
          id="smdo-rotation"
          steps={smdoKeyRotationChecklist}
          initialIndex={resumeAt.index}
          onStepChange={(index) => {
            stepRef.current = index;
            keepProgress(index);
          }}
          extra={extra}
          checksWaitFor={(step) => (step.fields?.includes('key') && saved === null ? { waiting: t('orgs.smdo.rotateChecksLater'), refused: t('orgs.smdo.rotateSaveFirst') } : null)}
          finishLabel={t('orgs.smdo.rotateDone')}
          onFinish={finish}
          onCancel={close}
        />
      ) : (
        <div className="action-bar">
          <SmdoCheckButton tokenId={token.id} />
          <SmdoAccessTokenButton tokenId={token.id} />
          <button
            type="button"
            className="button button-secondary"
            onClick={() => {
              // A rotation left unfinished is continued, not started over.
              if (token.smdoRotation) void continueRotation();
              else {
                stepRef.current = 0;
                keySaved.current = false;
                setResumeAt((previous) => ({ index: 0, serial: previous.serial + 1 }));
                setRotating(true);
              }
            }}
          >
            {t('orgs.smdo.rotate')}
          </button>
        </div>
      )}
    </section>
  );
}

type CheckOutcome = { state: 'checking' } | { state: 'ok'; until: string } | { state: 'failed'; reason: string } | { state: 'ask'; question: HostQuestion };

/** The check of the freshly saved key, next to the field: a failure must not go unnoticed. */
function CheckOutcomeView({ outcome, onRetry }: { outcome: CheckOutcome | null; onRetry(): void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (outcome === null) return null;
  if (outcome.state === 'checking') {
    return (
      <p className="muted" role="status" data-testid="smdo-rotation-check">
        {t('orgs.smdo.rotateChecking')}
      </p>
    );
  }
  if (outcome.state === 'ask') return <HostConfirmPrompt question={outcome.question} onConfirmed={onRetry} />;
  if (outcome.state === 'ok') {
    return (
      <div className="callout callout-ok" role="status" data-testid="smdo-rotation-check">
        <p>{t('orgs.smdo.rotateCheckOk', { until: formatLocal(outcome.until, language) })}</p>
      </div>
    );
  }
  return (
    <div className="callout callout-error" role="alert" data-testid="smdo-rotation-check">
      <p className="callout-title">{t('orgs.smdo.rotateCheckFailed')}</p>
      <p>{outcome.reason}</p>
      <p>{t('orgs.smdo.rotateCheckFailedHint')}</p>
      <button type="button" className="button button-secondary" onClick={onRetry}>
        {t('orgs.smdo.check')}
      </button>
    </div>
  );
}
