import { message } from '../../../../shared/texts/messages';
import { useLanguage } from '../../hooks/useSettings';

export const SHARED_ACCEPT_ID = 'crpt-shared-accept';

/**
 * Next to the omsConnection field: another record already uses this connection, so
 * their tokens would kill each other (seed 004). The user may go on only knowingly;
 * the core refuses the same until `accepted` is sent with the request.
 */
export function CrptSharedConnectionWarning({ text, accepted, onAccept }: { text: string; accepted: boolean; onAccept: (accepted: boolean) => void }) {
  const language = useLanguage();
  return (
    <div className="callout callout-warning" data-testid="crpt-shared-connection">
      <p id="crpt-shared-connection-text">{text}</p>
      <div className="check-item">
        <input id={SHARED_ACCEPT_ID} type="checkbox" checked={accepted} aria-describedby="crpt-shared-connection-text" onChange={(event) => onAccept(event.target.checked)} />
        <label htmlFor={SHARED_ACCEPT_ID}>{message('crpt_shared_connection_accept', language)}</label>
      </div>
    </div>
  );
}
