import { chmod, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lockfile from 'proper-lockfile';

/**
 * One live token per omsConnection: a second process signing in for the same
 * connection would kill the first one's token. So every process that serves a
 * connection (`token-assistant serve`, the app's service) holds a lock for it on the
 * machine; a second holder is refused. The lock is a directory whose mtime the
 * holder keeps fresh; a crashed holder's lock goes stale after STALE_MS.
 */
export const LOCK_DIR_ENV = 'TOKEN_ASSISTANT_LOCK_DIR';
const STALE_MS = 30_000;
const UPDATE_MS = 10_000;

export class ConnectionLockedError extends Error {
  constructor(readonly connection: string) {
    super(
      `omsConnection ${connection} уже обслуживает другой процесс на этом компьютере (token-assistant serve или Токен-помощник). ` +
        'Один omsConnection — один процесс: новый токен отключил бы токен первого. Остановите тот процесс или уберите подключение из конфигурации; ' +
        `если тот процесс завершился аварийно, повторите через ${STALE_MS / 1000} с.`,
    );
    this.name = 'ConnectionLockedError';
  }
}

/** The machine-wide folder of the locks (ProgramData on Windows, the temp folder elsewhere). */
export function lockDirectory(env: NodeJS.ProcessEnv = process.env): string {
  const chosen = env[LOCK_DIR_ENV]?.trim();
  if (chosen) return chosen;
  if (process.platform === 'win32') return join(env.ProgramData ?? tmpdir(), 'token-assistant', 'locks');
  return join(tmpdir(), 'token-assistant-locks');
}

export interface HeldLocks {
  release(): Promise<void>;
}

/**
 * Takes the lock of every connection, or none: on the first one held elsewhere the
 * ones already taken are given back and ConnectionLockedError is thrown.
 * `onLost` runs when a lock could not be kept fresh (another process may take it).
 */
export async function lockConnections(connections: readonly string[], options: { directory: string; onLost: (connection: string) => void }): Promise<HeldLocks> {
  const created = await mkdir(options.directory, { recursive: true, mode: 0o1777 });
  // Every user of the machine must be able to lock there, none to remove another's lock (sticky bit).
  if (created !== undefined && process.platform !== 'win32') await chmod(options.directory, 0o1777).catch(() => undefined);
  const releases: (() => Promise<void>)[] = [];
  const releaseAll = async (): Promise<void> => {
    await Promise.all(releases.splice(0).map((release) => release().catch(() => undefined)));
  };
  for (const connection of [...new Set(connections.map((value) => value.toLowerCase()))]) {
    try {
      releases.push(
        await lockfile.lock(join(options.directory, `oms-${connection}`), {
          realpath: false,
          stale: STALE_MS,
          update: UPDATE_MS,
          onCompromised: () => options.onLost(connection),
        }),
      );
    } catch (error) {
      await releaseAll();
      if ((error as { code?: string }).code === 'ELOCKED') throw new ConnectionLockedError(connection);
      throw error;
    }
  }
  return { release: releaseAll };
}
