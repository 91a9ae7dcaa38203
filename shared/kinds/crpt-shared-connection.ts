import type { VaultSnapshot } from '../model/types';
import { crptPurposeOf } from './crpt';

/**
 * Seed 004: one connection (omsConnection, one «устройство» in СУЗ) has one live
 * clientToken; a new token kills the previous one. Two records on the same
 * connection therefore kill each other's token at every refresh. The core asks
 * the user to accept this knowingly (`crpt_shared_connection`) and both records'
 * pages show it.
 */

/** A record that uses a connection: where it lives, for the user to find it. */
export interface ConnectionUser {
  tokenId: string;
  organisationName: string;
  label: string;
}

/** The connection id as records store it (the core saves it trimmed and lower-cased). */
export function normaliseOmsConnection(value: string): string {
  return value.trim().toLowerCase();
}

/** The other Честный знак СУЗ records of the vault on `omsConnection`, leaving out `exceptTokenId`. */
export function recordsOnConnection(snapshot: Pick<VaultSnapshot, 'organisations'>, omsConnection: string, exceptTokenId?: string): ConnectionUser[] {
  const wanted = normaliseOmsConnection(omsConnection);
  if (wanted === '') return [];
  const users: ConnectionUser[] = [];
  for (const organisation of snapshot.organisations) {
    for (const token of organisation.tokens) {
      if (token.id === exceptTokenId || token.kind !== 'crpt' || crptPurposeOf(token.settings) !== 'suz') continue;
      if (normaliseOmsConnection(token.settings.omsConnection ?? '') !== wanted) continue;
      users.push({ tokenId: token.id, organisationName: organisation.name, label: token.label });
    }
  }
  return users;
}

/** «ООО «Ромашка» · СУЗ, склад 1», «…» joined for a message. */
export function describeConnectionUsers(users: readonly ConnectionUser[]): string {
  return users.map((user) => [user.organisationName, user.label].filter((part) => part.trim() !== '').join(' · ')).join('», «');
}
