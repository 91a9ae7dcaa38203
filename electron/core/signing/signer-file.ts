import { constants } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import { basename } from 'node:path';
import type { Language } from '../../../shared/model/types';
import { message } from '../../../shared/texts/messages';
import { AppFailure } from '../errors';

/** A certificate or a key file is a few KiB; anything bigger is the wrong file (or /dev/zero). */
export const SIGNER_FILE_MAX_BYTES = 64 * 1024;

export type SignerFileField = 'certPath' | 'keyPath';

function refuse(code: 'signer_file_missing' | 'signer_file_not_regular' | 'signer_file_unreadable', path: string, language: Language, field: SignerFileField): AppFailure {
  return new AppFailure('invalid_field', message(code, language, { file: basename(path) }), field);
}

function judge(info: Stats, path: string, language: Language, field: SignerFileField): void {
  // A FIFO, a device or a folder would block or never end: refused before anything reads it.
  if (!info.isFile()) throw refuse('signer_file_not_regular', path, language, field);
  if (info.size > SIGNER_FILE_MAX_BYTES) {
    throw new AppFailure(
      'invalid_field',
      message('signer_file_too_big', language, { file: basename(path), size: String(Math.ceil(info.size / 1024)), limit: String(SIGNER_FILE_MAX_BYTES / 1024) }),
      field,
    );
  }
}

function openFailure(error: unknown, path: string, language: Language, field: SignerFileField): AppFailure {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return refuse('signer_file_missing', path, language, field);
  if (code === 'EISDIR') return refuse('signer_file_not_regular', path, language, field);
  return refuse('signer_file_unreadable', path, language, field);
}

/** For files another program reads (openssl): a regular file of at most 64 KiB, checked before it runs. */
export async function checkSignerFile(path: string, language: Language, field: SignerFileField): Promise<void> {
  let info: Stats;
  try {
    info = await stat(path);
  } catch (error) {
    throw openFailure(error, path, language, field);
  }
  judge(info, path, language, field);
}

/**
 * Reads a certificate or key file for the core itself. Opened without blocking (a FIFO
 * does not wait for a writer), then judged by the open handle, so the file checked is
 * the file read; at most 64 KiB + 1 bytes are ever read.
 */
export async function readSignerFile(path: string, language: Language, field: SignerFileField): Promise<Buffer> {
  let handle;
  try {
    handle = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    throw openFailure(error, path, language, field);
  }
  try {
    judge(await handle.stat(), path, language, field);
    const buffer = Buffer.alloc(SIGNER_FILE_MAX_BYTES + 1);
    let length = 0;
    while (length < buffer.length) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    // The file grew after it was judged: the same answer as for a big one.
    if (length > SIGNER_FILE_MAX_BYTES) judge({ isFile: () => true, size: length } as Stats, path, language, field);
    return buffer.subarray(0, length);
  } catch (error) {
    if (error instanceof AppFailure) throw error;
    throw refuse('signer_file_unreadable', path, language, field);
  } finally {
    await handle.close();
  }
}
