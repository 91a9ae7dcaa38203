import { constants } from 'node:fs';
import { open, stat } from 'node:fs/promises';

/** Why a chosen file was not read. */
export type FileRefusal = 'not-a-regular-file' | 'too-large' | 'unreadable';

export class FileRefusedError extends Error {
  constructor(
    readonly reason: FileRefusal,
    readonly maxBytes: number,
  ) {
    super(`file refused: ${reason}`);
    this.name = 'FileRefusedError';
  }
}

/**
 * Reads a file only if it is a regular file of at most `maxBytes`. A FIFO would
 * block the read for ever and a device (/dev/zero) never ends, so the kind and the
 * size are checked before reading; the file is opened without blocking and checked
 * again on the open handle, and never more than maxBytes + 1 bytes are read, so a
 * file swapped or growing meanwhile is refused too. The path never reaches the error.
 */
export async function readRegularFile(path: string, maxBytes: number): Promise<Buffer> {
  const before = await stat(path).catch(() => {
    throw new FileRefusedError('unreadable', maxBytes);
  });
  check(before, maxBytes);
  // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer. Absent on Windows, where there are none.
  const handle = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0)).catch(() => {
    throw new FileRefusedError('unreadable', maxBytes);
  });
  try {
    const opened = await handle.stat();
    check(opened, maxBytes);
    if (opened.ino !== before.ino || opened.dev !== before.dev) throw new FileRefusedError('not-a-regular-file', maxBytes);
    // One byte more than the file claims: reading it means the file grew after the check.
    const buffer = Buffer.alloc(opened.size + 1);
    let filled = 0;
    while (filled < buffer.length) {
      const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    if (filled > opened.size) throw new FileRefusedError(filled > maxBytes ? 'too-large' : 'unreadable', maxBytes);
    return buffer.subarray(0, filled);
  } catch (error) {
    if (error instanceof FileRefusedError) throw error;
    throw new FileRefusedError('unreadable', maxBytes);
  } finally {
    await handle.close();
  }
}

function check(info: { isFile(): boolean; size: number }, maxBytes: number): void {
  if (!info.isFile()) throw new FileRefusedError('not-a-regular-file', maxBytes);
  if (info.size > maxBytes) throw new FileRefusedError('too-large', maxBytes);
}
