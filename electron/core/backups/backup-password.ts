import { randomInt } from 'node:crypto';

/** No 0/o, 1/l/i: the password may be read off a screen and typed on another PC. */
const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';
const GROUPS = 6;
const GROUP_LENGTH = 4;

/** A fresh backup password: 24 characters (about 119 bits) in groups of four, e.g. `k7mq-2xtd-…`. */
export function generateBackupPassword(): string {
  const groups: string[] = [];
  for (let group = 0; group < GROUPS; group += 1) {
    let text = '';
    for (let index = 0; index < GROUP_LENGTH; index += 1) text += ALPHABET[randomInt(ALPHABET.length)];
    groups.push(text);
  }
  return groups.join('-');
}
