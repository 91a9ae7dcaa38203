import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync, writevSync } from 'node:fs';

/** New content written and flushed next to its file, waiting to replace it in one rename. */
export interface PreparedWrite {
  /** Puts the new content in place (a rename): the file now holds all of it. */
  commit(): void;
  /** Forgets the new content; the file keeps its old one. */
  discard(): void;
}

/** A file's content: one buffer, or pieces written one after the other (the vault's cached records, never joined in memory). */
export type FileContent = Uint8Array | readonly Uint8Array[];

export function contentLength(content: FileContent): number {
  return content instanceof Uint8Array ? content.length : content.reduce((sum, piece) => sum + piece.length, 0);
}

/** Writes every byte of `content` at the file's current position (a write may take fewer bytes than asked). */
function writeAll(fd: number, content: FileContent): void {
  if (content instanceof Uint8Array) {
    let written = 0;
    while (written < content.length) written += writeSync(fd, content, written);
    return;
  }
  let pieces = content.filter((piece) => piece.length > 0);
  while (pieces.length > 0) {
    let written = writevSync(fd, pieces);
    // A short write: go on from the piece it stopped in, and from the middle of it.
    let first = 0;
    while (first < pieces.length && written >= (pieces[first] as Uint8Array).length) {
      written -= (pieces[first] as Uint8Array).length;
      first += 1;
    }
    pieces = pieces.slice(first);
    if (written > 0) pieces[0] = (pieces[0] as Uint8Array).subarray(written);
  }
}

/**
 * The first half of an atomic write: the bytes go to a temp file beside `path`
 * and are fsynced; `path` is untouched until commit. Lets a caller do other
 * work (refresh a backup) between a write that may fail and the rename.
 */
export function prepareAtomicWrite(path: string, content: FileContent): PreparedWrite {
  const tempPath = `${path}.tmp-${randomBytes(6).toString('hex')}`;
  let fd: number | null = openSync(tempPath, 'wx', 0o600);
  try {
    writeAll(fd, content);
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
export function writeFileAtomicSync(path: string, content: FileContent): void {
  prepareAtomicWrite(path, content).commit();
}

/** Temp files of both writers: ours above, and those of `atomically` (conf, in earlier versions): `<file>.tmp-<digits><hex>`. */
export const TEMP_FILE_SUFFIX = /\.tmp-[0-9a-f]+$/;
