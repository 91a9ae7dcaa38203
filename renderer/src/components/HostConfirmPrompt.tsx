import { useEffect, useRef, useState } from 'react';
import type { HostConfirmation } from '../../../shared/hosts';
import type { AppError } from '../../../shared/ipc/result';
import { message } from '../../../shared/texts/messages';
import { call } from '../api';
import { useLanguage } from '../hooks/useSettings';

/** The core's question when a request would send a credential or a signature to an unconfirmed host. */
export interface HostQuestion {
  confirm: HostConfirmation;
  /** The core's sentence: the host and what would be sent. */
  text: string;
}

/** The question in a failed answer, or null when the failure is something else. */
export function hostQuestionOf(error: AppError): HostQuestion | null {
  return error.code === 'host_not_confirmed' && error.confirm ? { confirm: error.confirm, text: error.message } : null;
}

/**
 * «Отправить … на сервер https://x? — Подтвердить и повторить», next to the button
 * that caused it. The click asks the core to remember the host for this record
 * (it refuses when the record's address changed meanwhile), then repeats the action.
 */
export function HostConfirmPrompt({ question, onConfirmed }: { question: HostQuestion; onConfirmed(): void }) {
  const language = useLanguage();
  const button = useRef<HTMLButtonElement>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    button.current?.focus();
  }, [question]);

  const confirm = async () => {
    if (busy) return;
    setBusy(true);
    const result = await call('confirmHost', { tokenId: question.confirm.tokenId, origin: question.confirm.origin });
    setBusy(false);
    if (!result.ok) {
      setProblem(result.error.message);
      return;
    }
    setProblem(null);
    onConfirmed();
  };

  return (
    <div role="alert" className="callout callout-warning host-confirm" data-testid="host-confirm" style={{ flexBasis: '100%' }}>
      <p>{question.text}</p>
      <p>
        <code className="mono" data-testid="host-confirm-origin">
          {question.confirm.origin}
        </code>
      </p>
      {problem ? <p className="callout-error">{problem}</p> : null}
      <button ref={button} type="button" className="button button-primary" aria-disabled={busy || undefined} onClick={() => void confirm()}>
        {message('host_confirm_retry', language)}
      </button>
    </div>
  );
}
