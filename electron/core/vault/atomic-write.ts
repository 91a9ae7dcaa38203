import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';

/** New content written and flushed next to its file, waiting to replace it in one rename. */
export interface PreparedWrite {
  /** Puts the new content in place (a rename): the file now holds all of it. */
  commit(): void;
  /** Forgets the new content; the file keeps its old one. */
  discard(): void;
}

/**
 * The first half of an atomic write: the bytes go to a temp file beside `path`
 * and are fsynced; `path` is untouched until commit. Lets a caller do other
 * work (refresh a backup) between a write that may fail and the rename.
 */
export function prepareAtomicWrite(path: string, bytes: Uint8Array): PreparedWrite {
  const tempPath = `${path}.tmp-${randomBytes(6).toString('hex')}`;
  let fd: number | null = openSync(tempPath, 'wx', 0o600);
  try {
    let written = 0;
    while (written < bytes.length) written += writeSync(fd, bytes, written);
    fsyncSync(fd);
    closeSync(fd);
    fd = null;
  } catch (error) {
    if (fd !== null) {
      try {
        closeSync(fd);
      } catch {
        // The write already failed; that is the error worth reporting.
      }
    }
    rmSync(tempPath, { force: true });
    throw error;
  }
  return {
    commit: () => {
      try {
        renameSync(tempPath, path);
      } catch (error) {
        rmSync(tempPath, { force: true });
        throw error;
      }
    },
    discard: () => rmSync(tempPath, { force: true }),
  };
}

/**
 * Writes bytes so that `path` holds either its old content or all of the new
 * content, never a part: temp file, fsync, rename.
 */
export function writeFileAtomicSync(path: string, bytes: Uint8Array): void {
  prepareAtomicWrite(path, bytes).commit();
}

/** Temp files of both writers: ours above, and those of `atomically` (conf, in earlier versions): `<file>.tmp-<digits><hex>`. */
export const TEMP_FILE_SUFFIX = /\.tmp-[0-9a-f]+$/;
