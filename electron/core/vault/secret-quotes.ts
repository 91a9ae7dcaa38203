/**
 * Whether a free text (notes) quotes a secret: case and whitespace aside, since a
 * token wrapped by a line break or typed in capitals is still the token. Secrets
 * shorter than 8 characters are not looked for, so that ordinary words never match.
 */
export function quotesSecret(text: string, secret: string): boolean {
  const needle = compact(secret);
  return needle.length >= MIN_QUOTED_LENGTH && compact(text).includes(needle);
}

const MIN_QUOTED_LENGTH = 8;

function compact(value: string): string {
  return value.replace(/\s+/g, '').toLowerCase();
}
