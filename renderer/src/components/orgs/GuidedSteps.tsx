import { useState } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { WizardStep } from '../../../../shared/kinds/types';
import { useLanguage } from '../../hooks/useSettings';
import { local } from '../../lib/text';
import { StepChecks, checkId } from '../StepChecks';
import { StepGuide } from '../StepGuide';

interface GuidedStepsProps {
  /** Prefix of the DOM ids, so two guides on one page do not clash. */
  id: string;
  steps: WizardStep[];
  /** What a step shows under its guide (a form, a check button). */
  extra?(step: WizardStep): ReactNode;
  /** Runs before leaving a step forward (checks ticked already); false keeps the user there. */
  beforeNext?(step: WizardStep): Promise<boolean>;
  /**
   * Set while a step's checks must wait for its own content (the new key not yet
   * saved): the checks are not shown, `waiting` is said in their place, and going
   * on is refused with `refused`. Null lets the checks be ticked as usual.
   */
  checksWaitFor?(step: WizardStep): { waiting: string; refused: string } | null;
  finishLabel: string;
  /** Where to start (an unfinished rotation continued after a restart). */
  initialIndex?: number;
  /** Told each step the user moves to, so the caller can keep the progress. */
  onStepChange?(index: number): void;
  onFinish(): Promise<void> | void;
  onCancel?(): void;
}

/**
 * Steps of the catalog one at a time: the guide, the step's own content, and its
 * checks, every one of which must be ticked before the next step (or the finish)
 * opens. This is what guards an irreversible step such as a key rotation. A step's
 * own content comes before its checks and may hold them back (checksWaitFor): the
 * new key is saved first, then the ВСЭД items are ticked.
 */
export function GuidedSteps({ id, steps, extra, beforeNext, checksWaitFor, finishLabel, initialIndex = 0, onStepChange, onFinish, onCancel }: GuidedStepsProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [index, setIndexState] = useState(() => Math.min(Math.max(initialIndex, 0), steps.length - 1));
  const setIndex = (next: number) => {
    setIndexState(next);
    onStepChange?.(next);
  };
  const [ticked, setTicked] = useState<boolean[][]>(() => steps.map((step) => (step.checks ?? []).map(() => false)));
  const [showError, setShowError] = useState(false);
  const [working, setWorking] = useState(false);
  /** Going on was refused while the checks wait: said as an error until the step changes. */
  const [waitRefused, setWaitRefused] = useState(false);
  const step = steps[index];
  if (!step) return null;
  const stepId = `${id}-${step.id}`;
  const last = index === steps.length - 1;
  const checks = step.checks ?? [];
  const wait = checksWaitFor?.(step) ?? null;
  const waitId = `${stepId}-checks-wait`;

  const forward = async () => {
    if (working) return;
    if (wait) {
      setWaitRefused(true);
      document.getElementById(waitId)?.focus();
      return;
    }
    const mine = ticked[index] ?? [];
    const firstUnticked = checks.findIndex((_, position) => !mine[position]);
    if (firstUnticked >= 0) {
      setShowError(true);
      document.getElementById(checkId(stepId, firstUnticked))?.focus();
      return;
    }
    setWorking(true);
    try {
      if (beforeNext && !(await beforeNext(step))) return;
      if (last) {
        await onFinish();
        return;
      }
      setShowError(false);
      setWaitRefused(false);
      setIndex(index + 1);
      document.getElementById(`${id}-step-heading`)?.focus();
    } finally {
      setWorking(false);
    }
  };

  return (
    <section className="section" aria-labelledby={`${id}-step-heading`} data-testid={`${id}-steps`}>
      <p className="muted">{t('orgs.smdo.stepOf', { index: index + 1, total: steps.length })}</p>
      <h2 id={`${id}-step-heading`} tabIndex={-1}>
        {local(step.title, language)}
      </h2>
      <StepGuide step={step} />
      {extra?.(step)}
      {wait ? (
        <p id={waitId} tabIndex={-1} className={waitRefused ? 'field-error' : 'muted'} role={waitRefused ? 'alert' : undefined} data-testid="checks-wait">
          {waitRefused ? wait.refused : wait.waiting}
        </p>
      ) : checks.length > 0 ? (
        <StepChecks
          stepId={stepId}
          checks={checks}
          ticked={ticked[index] ?? []}
          showError={showError}
          onChange={(position, value) => {
            setTicked((previous) => previous.map((row, rowIndex) => (rowIndex === index ? row.map((old, at) => (at === position ? value : old)) : row)));
          }}
        />
      ) : null}
      <div className="action-bar">
        {index > 0 ? (
          <button
            type="button"
            className="button button-secondary"
            onClick={() => {
              setShowError(false);
              setWaitRefused(false);
              setIndex(index - 1);
            }}
          >
            {t('orgs.smdo.back')}
          </button>
        ) : null}
        {onCancel ? (
          <button type="button" className="button button-quiet" onClick={onCancel}>
            {t('orgs.smdo.cancel')}
          </button>
        ) : null}
        <button type="button" className="button button-primary" aria-disabled={working} onClick={() => void forward()}>
          {last ? finishLabel : t('orgs.smdo.next')}
        </button>
      </div>
    </section>
  );
}
