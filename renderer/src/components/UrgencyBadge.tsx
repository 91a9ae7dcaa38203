import type { Urgency } from '../../../shared/model/urgency';
import { URGENCY_LABEL } from '../../../shared/model/urgency';
import { useLanguage } from '../hooks/useSettings';

const SYMBOL: Record<Urgency, string> = { expired: '✕', soon: '!', ok: '✓', none: '∞' };

/** The state of a token in colour, symbol and words: colour is never the only signal. */
export function UrgencyBadge({ state, label }: { state: Urgency; /** Instead of the state's usual word (e.g. «Пора сменить ключ»). */ label?: string }) {
  const language = useLanguage();
  return (
    <span className={`badge badge-${state}`}>
      <span className="badge-symbol" aria-hidden="true">
        {SYMBOL[state]}
      </span>
      {label ?? URGENCY_LABEL[state][language]}
    </span>
  );
}
