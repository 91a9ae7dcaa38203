import { useState } from 'react';
import type { Result } from '../../../shared/ipc/result';
import { useAppStore } from '../state/app-store';
import { HostConfirmPrompt, hostQuestionOf } from './HostConfirmPrompt';
import type { HostQuestion } from './HostConfirmPrompt';

interface CoreActionButtonProps<T> {
  label: string;
  /** Shown on the button (and said in the status line) while the core works. */
  busyLabel?: string;
  primary?: boolean;
  /** The request to the core. */
  run(): Promise<Result<T>>;
  /** The confirmation to say when it worked. */
  done(value: T): string;
}

/**
 * A button that asks the core for one thing: ignores clicks while it works,
 * says the core's message when it fails and a confirmation when it worked.
 */
export function CoreActionButton<T>({ label, busyLabel, primary = false, run, done }: CoreActionButtonProps<T>) {
  const setError = useAppStore((state) => state.setError);
  const showStatus = useAppStore((state) => state.showStatus);
  const [busy, setBusy] = useState(false);
  /** The core refused to send a credential to an unconfirmed host: asked next to this button. */
  const [question, setQuestion] = useState<HostQuestion | null>(null);

  const click = async () => {
    if (busy) return;
    setBusy(true);
    if (busyLabel) showStatus(busyLabel);
    const result = await run();
    setBusy(false);
    if (!result.ok) {
      const asked = hostQuestionOf(result.error);
      setQuestion(asked);
      setError(asked ? null : result.error.message);
      return;
    }
    setQuestion(null);
    setError(null);
    showStatus(done(result.value));
  };

  return (
    <>
      <button type="button" className={primary ? 'button button-primary' : 'button button-secondary'} aria-disabled={busy || undefined} onClick={() => void click()}>
        {busy && busyLabel ? busyLabel : label}
      </button>
      {question ? (
        <HostConfirmPrompt
          question={question}
          onConfirmed={() => {
            setQuestion(null);
            void click();
          }}
        />
      ) : null}
    </>
  );
}
