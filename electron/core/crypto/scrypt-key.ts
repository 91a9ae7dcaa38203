import { scrypt } from 'node:crypto';

/**
 * The one scrypt key derivation of the app: the export file's password and the
 * vault passphrase both become an AES-256 key here. The text is NFC-normalised
 * first, so the same word typed on Windows and macOS gives the same key. Each
 * caller sets its own memory ceiling (what it accepts from a file differs).
 */

export interface ScryptParams {
  N: number;
  r: number;
  p: number;
}

/** 2^17 · 8 · 128 B = 128 MiB and about half a second on a current PC (OWASP's recommendation). */
export const DEFAULT_SCRYPT: ScryptParams = { N: 2 ** 17, r: 8, p: 1 };

export const SCRYPT_KEY_BYTES = 32;

/** A generous memory estimate for these parameters (128·N·r bytes per lane, p lanes), for a ceiling. */
export function scryptMemoryBytes(params: ScryptParams): number {
  return 128 * params.N * params.r * params.p;
}

export function deriveScryptKey(secret: string, salt: Buffer, params: ScryptParams, maxmemBytes: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(secret.normalize('NFC'), salt, SCRYPT_KEY_BYTES, { ...params, maxmem: maxmemBytes }, (error, key) => (error ? reject(error) : resolve(key)));
  });
}
