import { chmodSync, closeSync, fchmodSync, mkdirSync, openSync, renameSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { FailureLog } from '../core/ipc/router';
import { frameLines } from '../core/logging/stack-frames';

/**
 * The main process's only log: main.log in the data folder's `logs`, readable by
 * the user alone (0600, folder 0700). It takes a failure's request name, error
 * class and stack frames, and re-filters them here, so that whatever a caller
 * passes, no message, payload or secret is written. There is no renderer side:
 * the page cannot write to it or read it.
 */

export const LOG_FILE = 'main.log';
const OLD_LOG_FILE = 'main.old.log';
/** One rotation at this size keeps the folder small; failures are rare and short. */
const MAX_BYTES = 1024 * 1024;
const NAME = /^[A-Za-z_$][\w$-]{0,63}$/;

const safeName = (name: string, fallback: string): string => (NAME.test(name) ? name : fallback);

export interface FileLog {
  readonly path: string;
  failure: FailureLog;
}

export function createFileLog(logDir: string, now: () => Date = () => new Date()): FileLog {
  const path = join(logDir, LOG_FILE);

  function append(text: string): void {
    mkdirSync(logDir, { recursive: true, mode: 0o700 });
    // A folder left by an older version may be world-readable.
    chmodSync(logDir, 0o700);
    try {
      if (statSync(path).size > MAX_BYTES) {
        renameSync(path, join(logDir, OLD_LOG_FILE));
        chmodSync(join(logDir, OLD_LOG_FILE), 0o600);
      }
    } catch {
      // No log yet: nothing to rotate.
    }
    const fd = openSync(path, 'a', 0o600);
    try {
      // A file left by an older version (electron-log made it 0644) is tightened on the first write.
      fchmodSync(fd, 0o600);
      writeSync(fd, text);
    } finally {
      closeSync(fd);
    }
  }

  return {
    path,
    failure(entry) {
      const frames = frameLines(entry.stack).join('\n');
      const line = `${now().toISOString()} ${safeName(entry.request, 'request')} failed: ${safeName(entry.errorName, 'Error')}`;
      try {
        append(`${line}\n${frames === '' ? '' : `${frames}\n`}`);
      } catch {
        // A log that cannot be written must not take the app down with it.
      }
    },
  };
}
