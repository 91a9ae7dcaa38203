import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A temporary folder only this user can read (0700, files 0600), removed with
 * everything in it when the work ends, also when it fails.
 */
export interface PrivateTempDir {
  readonly path: string;
  /** Writes a new file (never overwrites one) and answers its full path. */
  write(name: string, data: Uint8Array | string): Promise<string>;
  read(name: string): Promise<Buffer>;
  file(name: string): string;
}

export async function withPrivateTempDir<T>(work: (dir: PrivateTempDir) => Promise<T>, prefix = 'token-assistant-'): Promise<T> {
  const path = await mkdtemp(join(tmpdir(), prefix));
  try {
    // mkdtemp already creates 0700 on POSIX; say so explicitly in case of an odd umask or platform.
    await chmod(path, 0o700).catch(() => undefined);
    const file = (name: string): string => {
      if (!/^[\w.-]+$/.test(name)) throw new Error(`bad temporary file name: ${name}`);
      return join(path, name);
    };
    const dir: PrivateTempDir = {
      path,
      file,
      write: async (name, data) => {
        const target = file(name);
        await writeFile(target, data, { mode: 0o600, flag: 'wx' });
        return target;
      },
      read: (name) => readFile(file(name)),
    };
    return await work(dir);
  } finally {
    await rm(path, { recursive: true, force: true, maxRetries: 3, retryDelay: 50 }).catch(() => undefined);
  }
}
