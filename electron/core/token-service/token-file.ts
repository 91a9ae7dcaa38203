import { randomBytes } from 'node:crypto';
import { chmod, open, rename, rm } from 'node:fs/promises';

/**
 * Writes the current token to a file for programs that read one (`writeTo`): a temp
 * file beside it with mode 0600, flushed, then renamed over the old one, so a reader
 * sees the whole old token or the whole new one, and no other user can read either.
 */
export async function writeTokenFile(path: string, token: string): Promise<void> {
  const temp = `${path}.tmp-${randomBytes(6).toString('hex')}`;
  const handle = await open(temp, 'wx', 0o600);
  try {
    await handle.writeFile(token, 'utf8');
    await handle.sync();
    await handle.close();
    // The umask cannot widen 0600, but a file system may ignore open's mode: set it again.
    await chmod(temp, 0o600);
    await rename(temp, path);
  } catch (error) {
    await handle.close().catch(() => undefined);
    await rm(temp, { force: true });
    throw error;
  }
}
