import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';

/**
 * Writes bytes so that `path` holds either its old content or all of the new
 * content, never a part: temp file, fsync, rename. conf does the same for
 * vault.json (through `atomically`); this is for the byte-exact copies of the
 * backup, which conf cannot make because it re-serialises what it writes.
 */
export function writeFileAtomicSync(path: string, bytes: Uint8Array): void {
  const tempPath = `${path}.tmp-${randomBytes(6).toString('hex')}`;
  let fd: number | null = openSync(tempPath, 'wx', 0o600);
  try {
    let written = 0;
    while (written < bytes.length) written += writeSync(fd, bytes, written);
    fsyncSync(fd);
    closeSync(fd);
    fd = null;
    renameSync(tempPath, path);
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
}

/** Temp files of both writers: ours above, and atomically's `<file>.tmp-<digits><hex>`. */
export const TEMP_FILE_SUFFIX = /\.tmp-[0-9a-f]+$/;
