import type { Language } from '../../../shared/model/types';
import type { Urgency } from '../../../shared/model/urgency';
import { URGENCY_LABEL } from '../../../shared/model/urgency';
import { useLanguage } from '../hooks/useSettings';

const SYMBOL: Record<Urgency, string> = { expired: '✕', soon: '!', ok: '✓', none: '∞' };

interface BadgeProps {
  state: Urgency;
  /** Instead of the state's usual word (e.g. «Пора сменить ключ»). */
  label?: string;
}

/** The state of a token in colour, symbol and words: colour is never the only signal. */
export function UrgencyBadge(props: BadgeProps) {
  return <UrgencyBadgeIn {...props} language={useLanguage()} />;
}

/** The same, in a language given: for the dashboard's rows, which take it from their table rather than each asking the store. */
export function UrgencyBadgeIn({ state, label, language }: BadgeProps & { language: Language }) {
  return (
    <span className={`badge badge-${state}`}>
      <span className="badge-symbol" aria-hidden="true">
        {SYMBOL[state]}
      </span>
      {label ?? URGENCY_LABEL[state][language]}
    </span>
  );
}
