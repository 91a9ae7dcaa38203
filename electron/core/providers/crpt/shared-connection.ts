import { describeConnectionUsers, recordsOnConnection } from '../../../../shared/kinds/crpt-shared-connection';
import type { Language, VaultSnapshot } from '../../../../shared/model/types';
import { message } from '../../../../shared/texts/messages';
import { AppFailure } from '../../errors';

/**
 * Refuses an omsConnection another Честный знак record already uses, unless the user
 * accepted it (seed 004: one live token per connection, so each record's new token
 * would kill the other's). `ownTokenId` is the record being renewed or edited.
 */
export function requireOwnConnection(snapshot: Pick<VaultSnapshot, 'organisations'>, omsConnection: string, ownTokenId: string | undefined, language: Language): void {
  const others = recordsOnConnection(snapshot, omsConnection, ownTokenId);
  if (others.length === 0) return;
  throw new AppFailure('crpt_shared_connection', message('crpt_shared_connection', language, { others: describeConnectionUsers(others) }), 'omsConnection');
}
