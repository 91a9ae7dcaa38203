import type { Urgency } from '../../../shared/model/urgency';
import { URGENCY_LABEL } from '../../../shared/model/urgency';
import { useLanguage } from '../hooks/useSettings';

const SYMBOL: Record<Urgency, string> = { expired: '✕', soon: '!', ok: '✓', none: '∞' };

/** The state of a token in colour, symbol and words: colour is never the only signal. */
export function UrgencyBadge({ state }: { state: Urgency }) {
  const language = useLanguage();
  return (
    <span className={`badge badge-${state}`}>
      <span className="badge-symbol" aria-hidden="true">
        {SYMBOL[state]}
      </span>
      {URGENCY_LABEL[state][language]}
    </span>
  );
}
