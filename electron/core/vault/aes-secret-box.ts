import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { link, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { EncryptionState } from '../../../shared/model/types';
import type { SecretBox } from '../ports';

/**
 * A SecretBox with a key the caller holds: tests, the browser e2e harness and the
 * CLI. The desktop app uses the OS keychain instead (electron/main), which is why
 * this one reports itself as 'test-key'.
 *
 * Format: `v1:` + base64(iv[12] | ciphertext | tag[16]), AES-256-GCM, so tampering
 * is detected, and the version prefix leaves room for another scheme later.
 */

const PREFIX = 'v1:';
const KEY_BYTES = 32;
const IV_BYTES = 12;
const TAG_BYTES = 16;
export const KEY_FILE_NAME = 'secret-box.key';

export class AesSecretBox implements SecretBox {
  readonly state: EncryptionState = 'test-key';
  private readonly key: Buffer;

  constructor(key: Uint8Array) {
    if (key.length !== KEY_BYTES) throw new RangeError(`An AES-256 key has ${KEY_BYTES} bytes, got ${key.length}`);
    // Our own copy: the caller may reuse or wipe its buffer.
    this.key = Buffer.from(key);
  }

  async encrypt(plain: string): Promise<string> {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return PREFIX + Buffer.concat([iv, body, cipher.getAuthTag()]).toString('base64');
  }

  async decrypt(cipherText: string): Promise<string> {
    // Messages name the problem only: never echo the ciphertext or anything derived from it.
    if (!cipherText.startsWith(PREFIX)) throw new Error('Unknown ciphertext format');
    const raw = Buffer.from(cipherText.slice(PREFIX.length), 'base64');
    if (raw.length < IV_BYTES + TAG_BYTES) throw new Error('Ciphertext is too short');
    const decipher = createDecipheriv('aes-256-gcm', this.key, raw.subarray(0, IV_BYTES));
    decipher.setAuthTag(raw.subarray(raw.length - TAG_BYTES));
    try {
      return Buffer.concat([decipher.update(raw.subarray(IV_BYTES, raw.length - TAG_BYTES)), decipher.final()]).toString('utf8');
    } catch {
      throw new Error('Ciphertext failed authentication (wrong key or tampered data)');
    }
  }
}

/**
 * A box whose key lives in `dataDir` (mode 0600), created on first use. Only for
 * the test harness: a key beside the data it protects keeps secrets out of
 * plain sight, nothing more.
 */
export async function createFileKeySecretBox(dataDir: string): Promise<AesSecretBox> {
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  const path = join(dataDir, KEY_FILE_NAME);
  // Written aside, then linked into place: link() fails if the key exists, so two
  // racing starts agree on one key and neither can read a half-written file.
  const tempPath = `${path}.tmp-${randomBytes(6).toString('hex')}`;
  await writeFile(tempPath, randomBytes(KEY_BYTES), { mode: 0o600, flag: 'wx' });
  try {
    await link(tempPath, path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    await rm(tempPath, { force: true });
  }
  return new AesSecretBox(await readFile(path));
}
