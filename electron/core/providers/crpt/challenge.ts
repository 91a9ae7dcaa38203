/**
 * What True API's `/auth/key` hands out to sign is a short random string of
 * Latin letters and digits (seed 004's example: 30 capital letters). Anything
 * longer than 1 KiB, or with a character outside printable ASCII, is not a
 * challenge: a hostile or mistaken stand could make the user's УКЭП sign a
 * document. Such text is refused before a signer is started, on every stand.
 */
export const MAX_CHALLENGE_BYTES = 1024;

const PRINTABLE_ASCII = /^[\x20-\x7E]+$/;

export function acceptableChallenge(data: string): boolean {
  return data.length > 0 && data.length <= MAX_CHALLENGE_BYTES && PRINTABLE_ASCII.test(data);
}
