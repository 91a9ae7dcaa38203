import type { KindSpec } from '../../../shared/kinds/types';
import { useLanguage } from '../hooks/useSettings';
import { local } from '../lib/text';

interface KindCardProps {
  kind: KindSpec;
  name: string;
  checked: boolean;
  describedBy?: string;
  onSelect(): void;
}

/**
 * A kind of token to choose: a radio button dressed as a card. The whole card is
 * the label (a click anywhere chooses it); the radio is named by the title alone
 * and described by the summary.
 */
export function KindCard({ kind, name, checked, describedBy, onSelect }: KindCardProps) {
  const language = useLanguage();
  const id = `kind-${kind.id}`;
  const titleId = `${id}-title`;
  const summaryId = `${id}-summary`;
  const metaId = `${id}-lifetime`;
  return (
    <label htmlFor={id} className={checked ? 'kind-card kind-card-checked' : 'kind-card'}>
      <input
        id={id}
        type="radio"
        name={name}
        value={kind.id}
        checked={checked}
        aria-labelledby={titleId}
        aria-describedby={[summaryId, metaId, describedBy].filter(Boolean).join(' ')}
        onChange={onSelect}
      />
      <span id={titleId} className="kind-card-title">
        {local(kind.title, language)}
      </span>
      <span id={summaryId} className="kind-card-summary">
        {local(kind.summary, language)}
      </span>
      <span id={metaId} className="kind-card-meta">
        {local(kind.lifetime.note, language)}
      </span>
    </label>
  );
}
