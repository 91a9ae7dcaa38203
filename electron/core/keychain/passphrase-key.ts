import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { DEFAULT_SCRYPT, deriveScryptKey } from '../crypto/scrypt-key';
import type { ScryptParams } from '../crypto/scrypt-key';

/**
 * The vault passphrase turned into an AES-256 key with scrypt (Node's crypto, run
 * on the thread pool, so the main process keeps turning). What is stored is the
 * salt, the parameters and a verifier (an HMAC of a fixed label under the key):
 * enough to tell a wrong passphrase at once, and nothing to decrypt with.
 */

export type { ScryptParams };

export const SCRYPT_PARAMS: ScryptParams = DEFAULT_SCRYPT;
const SALT_BYTES = 16;
const VERIFIER_LABEL = 'token-assistant/vault-passphrase-verifier/v1';

export interface PassphraseRecord {
  salt: string;
  params: ScryptParams;
  verifier: string;
}

/** Parameters from a file are accepted only in a sane range: a huge N would be a denial of service. */
export function acceptableParams(params: ScryptParams): boolean {
  const log2 = Math.log2(params.N);
  return Number.isInteger(log2) && log2 >= 14 && log2 <= 20 && params.r === 8 && params.p === 1;
}

export function deriveKey(passphrase: string, salt: Buffer, params: ScryptParams): Promise<Buffer> {
  return deriveScryptKey(passphrase, salt, params, 256 * 1024 * 1024);
}

const verifierOf = (key: Buffer): Buffer => createHmac('sha256', key).update(VERIFIER_LABEL).digest();

/** A new salt, the key and what to store. */
export async function newPassphraseKey(passphrase: string, params: ScryptParams = SCRYPT_PARAMS): Promise<{ key: Buffer; record: PassphraseRecord }> {
  const salt = randomBytes(SALT_BYTES);
  const key = await deriveKey(passphrase, salt, params);
  return { key, record: { salt: salt.toString('base64'), params, verifier: verifierOf(key).toString('base64') } };
}

/** The key, or null when the passphrase is not the one the record was made with. */
export async function keyFromPassphrase(passphrase: string, record: PassphraseRecord): Promise<Buffer | null> {
  const key = await deriveKey(passphrase, Buffer.from(record.salt, 'base64'), record.params);
  const expected = Buffer.from(record.verifier, 'base64');
  const actual = verifierOf(key);
  return expected.length === actual.length && timingSafeEqual(expected, actual) ? key : null;
}
