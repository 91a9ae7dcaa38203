/**
 * When to fetch a new clientToken automatically: shortly before the current one
 * ends, with a little jitter so that many connections do not all go at the same
 * second. A new token kills the previous one wherever it is used, so the UI must
 * say so before the user turns this on (message `crpt_token_replaces_previous`).
 */
export interface RefreshPolicy {
  /** How long before expiry to refresh. */
  leadMs: number;
  /** Up to this much earlier, at random. */
  jitterMs: number;
}

export const DEFAULT_REFRESH_POLICY: RefreshPolicy = { leadMs: 15 * 60_000, jitterMs: 5 * 60_000 };

/** The instant to refresh a token that expires at `expiresAt`; never earlier than `now`. */
export function nextRefreshAt(expiresAt: string | Date, now: Date, policy: RefreshPolicy = DEFAULT_REFRESH_POLICY, random: () => number = Math.random): Date {
  const expiry = typeof expiresAt === 'string' ? Date.parse(expiresAt) : expiresAt.getTime();
  const at = expiry - policy.leadMs - Math.floor(random() * policy.jitterMs);
  return new Date(Math.max(at, now.getTime()));
}

/** Milliseconds from now until the refresh (0 when it is due). */
export function refreshDelayMs(expiresAt: string | Date, now: Date, policy: RefreshPolicy = DEFAULT_REFRESH_POLICY, random: () => number = Math.random): number {
  return nextRefreshAt(expiresAt, now, policy, random).getTime() - now.getTime();
}
