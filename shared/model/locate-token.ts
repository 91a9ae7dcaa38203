import type { OrganisationView, TokenView, VaultSnapshot } from './types';

/** A token of the snapshot with its organisation, or undefined when no token has that id. */
export function locateToken(snapshot: Pick<VaultSnapshot, 'organisations'>, tokenId: string): { token: TokenView; organisation: OrganisationView } | undefined {
  for (const organisation of snapshot.organisations) {
    const token = organisation.tokens.find((candidate) => candidate.id === tokenId);
    if (token) return { token, organisation };
  }
  return undefined;
}
