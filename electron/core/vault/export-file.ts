import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { DEFAULT_SCRYPT, SCRYPT_KEY_BYTES, deriveScryptKey, scryptMemoryBytes } from '../crypto/scrypt-key';
import type { ScryptParams } from '../crypto/scrypt-key';
import { gunzipSync, gzipSync } from 'node:zlib';
import { z } from 'zod';

/**
 * The password-protected export file, format version 1. Two lines of UTF-8:
 *
 *   {"format":"token-assistant-export","version":1,"kdf":{…},"cipher":{…},"compression":"gzip"}
 *   <base64 of ciphertext ‖ 16-byte GCM tag>
 *
 * - kdf: `{"name":"scrypt","N":131072,"r":8,"p":1,"salt":"<16 bytes, base64>","keyLength":32}`.
 *   The parameters travel in the header, so a later version can raise them and
 *   still read old files.
 * - cipher: `{"name":"aes-256-gcm","iv":"<12 bytes, base64>","tagLength":16}`.
 * - The payload is gzip-compressed JSON, then encrypted. The header line, byte
 *   for byte, is the GCM additional authenticated data: changing anything in it
 *   (weaker KDF parameters, another version) fails authentication like a wrong
 *   password does.
 *
 * Text, not binary, so that the file survives mail programs and a person can
 * see at a glance what it is. The password is NFC-normalised first: the same
 * word typed on Windows and macOS must give the same key.
 */

export const EXPORT_FORMAT = 'token-assistant-export';
export const EXPORT_VERSION = 1;

export { DEFAULT_SCRYPT };
export type { ScryptParams };
const SALT_BYTES = 16;
const IV_BYTES = 12;
const TAG_BYTES = 16;
const MAX_HEADER_BYTES = 4096;
const MIB = 1024 * 1024;
/**
 * What this reader accepts from a file, which chooses its own costs: twice today's
 * memory and four times its work, headroom to raise them, not enough to freeze a PC.
 */
export const MAX_SCRYPT_MEMORY = 256 * MIB;
const MAX_SCRYPT_WORK = 4 * DEFAULT_SCRYPT.N * DEFAULT_SCRYPT.r * DEFAULT_SCRYPT.p;
/** No vault comes near these; a file beyond them is not ours, and reading it could exhaust memory. */
export const MAX_EXPORT_FILE_BYTES = 50 * MIB;
export const MAX_EXPORT_PAYLOAD_BYTES = 64 * MIB;

const base64 = z.string().regex(/^[A-Za-z0-9+/]+={0,2}$/);

const headerSchema = z.strictObject({
  format: z.literal(EXPORT_FORMAT),
  version: z.number().int(),
  kdf: z.strictObject({
    name: z.literal('scrypt'),
    N: z
      .number()
      .int()
      .min(2 ** 10)
      .max(2 ** 22)
      .refine((n) => (n & (n - 1)) === 0, 'N is a power of two'),
    r: z.number().int().min(1).max(32),
    p: z.number().int().min(1).max(16),
    salt: base64,
    keyLength: z.literal(SCRYPT_KEY_BYTES),
  }),
  cipher: z.strictObject({
    name: z.literal('aes-256-gcm'),
    iv: base64,
    tagLength: z.literal(TAG_BYTES),
  }),
  compression: z.literal('gzip'),
});
export type ExportHeader = z.infer<typeof headerSchema>;

/** Why a file could not be opened; export-import.ts turns these into messages. */
export class ExportFileError extends Error {
  constructor(
    readonly reason: 'not-a-file' | 'unsupported-version' | 'wrong-password' | 'too-costly' | 'file-too-large' | 'payload-too-large',
    detail: string,
  ) {
    super(detail);
    this.name = 'ExportFileError';
  }
}

function deriveKey(password: string, salt: Buffer, params: ScryptParams): Promise<Buffer> {
  // The parameters were bounded when the header was read; twice their need plus slack is enough.
  return deriveScryptKey(password, salt, params, scryptMemoryBytes(params) * 2 + 16 * 1024 * 1024);
}

export async function sealExport(payload: Uint8Array, password: string, params: ScryptParams = DEFAULT_SCRYPT): Promise<Buffer> {
  const salt = randomBytes(SALT_BYTES);
  const iv = randomBytes(IV_BYTES);
  const header: ExportHeader = {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    kdf: { name: 'scrypt', N: params.N, r: params.r, p: params.p, salt: salt.toString('base64'), keyLength: SCRYPT_KEY_BYTES },
    cipher: { name: 'aes-256-gcm', iv: iv.toString('base64'), tagLength: TAG_BYTES },
    compression: 'gzip',
  };
  const headerLine = Buffer.from(JSON.stringify(header), 'utf8');
  const key = await deriveKey(password, salt, params);
  try {
    const cipher = createCipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
    cipher.setAAD(headerLine);
    const body = Buffer.concat([cipher.update(gzipSync(payload)), cipher.final(), cipher.getAuthTag()]);
    return Buffer.concat([headerLine, Buffer.from('\n'), Buffer.from(body.toString('base64'), 'ascii'), Buffer.from('\n')]);
  } finally {
    key.fill(0);
  }
}

/** Reads the header without the password: for a quick “is this an export file” check. */
export function readExportHeader(file: Uint8Array): { header: ExportHeader; headerLine: Buffer; body: string } {
  let bytes = Buffer.from(file.buffer, file.byteOffset, file.byteLength);
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
  const newline = bytes.indexOf(0x0a);
  if (newline <= 0 || newline > MAX_HEADER_BYTES) throw new ExportFileError('not-a-file', 'no header line');
  const headerLine = bytes.subarray(0, bytes[newline - 1] === 0x0d ? newline - 1 : newline);
  let raw: unknown;
  try {
    raw = JSON.parse(headerLine.toString('utf8'));
  } catch {
    throw new ExportFileError('not-a-file', 'the header is not JSON');
  }
  const loose = raw as { format?: unknown; version?: unknown };
  if (loose?.format !== EXPORT_FORMAT) throw new ExportFileError('not-a-file', 'another format');
  if (typeof loose.version === 'number' && loose.version > EXPORT_VERSION) throw new ExportFileError('unsupported-version', `version ${loose.version}`);
  const parsed = headerSchema.safeParse(raw);
  if (!parsed.success || parsed.data.version !== EXPORT_VERSION) throw new ExportFileError('not-a-file', 'unexpected header');
  const { N, r, p } = parsed.data.kdf;
  // scrypt holds 128·N·r bytes at once and works through it p times.
  if (128 * N * r > MAX_SCRYPT_MEMORY || N * r * p > MAX_SCRYPT_WORK) throw new ExportFileError('too-costly', 'key derivation too costly');
  const body = bytes
    .subarray(newline + 1)
    .toString('ascii')
    .trim();
  return { header: parsed.data, headerLine, body };
}

export async function openExport(file: Uint8Array, password: string): Promise<Buffer> {
  if (file.byteLength > MAX_EXPORT_FILE_BYTES) throw new ExportFileError('file-too-large', 'the file is too large');
  const { header, headerLine, body } = readExportHeader(file);
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(body)) throw new ExportFileError('not-a-file', 'the body is not base64');
  const sealed = Buffer.from(body, 'base64');
  const iv = Buffer.from(header.cipher.iv, 'base64');
  const salt = Buffer.from(header.kdf.salt, 'base64');
  if (iv.length !== IV_BYTES || salt.length < 16 || salt.length > 64) throw new ExportFileError('not-a-file', 'bad salt or iv');
  // A truncated body is caught here or by the tag check: either way nothing is imported.
  if (sealed.length <= TAG_BYTES) throw new ExportFileError('wrong-password', 'the body is too short');
  const key = await deriveKey(password, salt, header.kdf);
  let compressed: Buffer;
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
    decipher.setAAD(headerLine);
    decipher.setAuthTag(sealed.subarray(sealed.length - TAG_BYTES));
    compressed = Buffer.concat([decipher.update(sealed.subarray(0, sealed.length - TAG_BYTES)), decipher.final()]);
  } catch {
    throw new ExportFileError('wrong-password', 'authentication failed');
  } finally {
    key.fill(0);
  }
  try {
    return gunzipSync(compressed, { maxOutputLength: MAX_EXPORT_PAYLOAD_BYTES });
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ERR_BUFFER_TOO_LARGE') throw new ExportFileError('payload-too-large', 'the payload is too large');
    // Authenticated but not gzip: written by something that is not us.
    throw new ExportFileError('not-a-file', 'the payload is not gzip');
  }
}
