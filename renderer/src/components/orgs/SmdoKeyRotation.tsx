import { useState } from 'react';
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
import { FormField } from '../FormField';
import { HostConfirmPrompt, hostQuestionOf } from '../HostConfirmPrompt';
import type { HostQuestion } from '../HostConfirmPrompt';
import { GuidedSteps } from './GuidedSteps';
import { SmdoAccessTokenButton } from './SmdoAccessTokenButton';
import { SmdoCheckButton } from './SmdoCheckButton';

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

  const close = () => {
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
                setKey(event.target.value);
                setProblem(undefined);
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
          id="smdo-rotation"
          steps={smdoKeyRotationChecklist}
          extra={extra}
          checksWaitFor={(step) =>
            step.fields?.includes('key') && saved === null ? { waiting: t('orgs.smdo.rotateChecksLater'), refused: t('orgs.smdo.rotateSaveFirst') } : null
          }
          finishLabel={t('orgs.smdo.rotateDone')}
          onFinish={finish}
          onCancel={close}
        />
      ) : (
        <div className="action-bar">
          <SmdoCheckButton tokenId={token.id} />
          <SmdoAccessTokenButton tokenId={token.id} />
          <button type="button" className="button button-secondary" onClick={() => setRotating(true)}>
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
