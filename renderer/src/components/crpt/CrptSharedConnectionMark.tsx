import { describeConnectionUsers, recordsOnConnection } from '../../../../shared/kinds/crpt-shared-connection';
import { crptPurposeOf } from '../../../../shared/kinds/crpt';
import type { TokenView, VaultSnapshot } from '../../../../shared/model/types';
import { message } from '../../../../shared/texts/messages';
import { useLanguage } from '../../hooks/useSettings';

/**
 * The mark on a Честный знак record's page when another record uses the same
 * omsConnection: each one's new token kills the other's (seed 004). Both pages show it.
 */
export function CrptSharedConnectionMark({ snapshot, token }: { snapshot: VaultSnapshot; token: TokenView }) {
  const language = useLanguage();
  if (token.kind !== 'crpt' || crptPurposeOf(token.settings) !== 'suz') return null;
  const others = recordsOnConnection(snapshot, token.settings.omsConnection ?? '', token.id);
  if (others.length === 0) return null;
  const title = message('crpt_shared_connection_mark_title', language);
  return (
    <div role="note" aria-label={title} className="callout callout-warning" data-testid="crpt-shared-connection-mark">
      <p className="callout-title">{title}</p>
      <p>{message('crpt_shared_connection_mark', language, { others: describeConnectionUsers(others) })}</p>
    </div>
  );
}
