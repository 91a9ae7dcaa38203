import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFileLog } from '../../../electron/main/file-log';

const SECRET = 'a085d755-1d26-3af1-a2b8-e34759278719';
let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'token-assistant-log-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('main.log', () => {
  it('writes only frame lines, whatever a caller passes as the stack, request or error name', () => {
    const log = createFileLog(join(dir, 'logs'), () => new Date('2026-11-22T09:00:00Z'));
    log.failure({ request: `copyToken ${SECRET}`, errorName: `Error: ${SECRET}`, stack: `Error: token ${SECRET}\nquoted\n    at handler (/app/out/main/index.js:1:2)` });
    const text = readFileSync(log.path, 'utf8');
    expect(text).toBe('2026-11-22T09:00:00.000Z request failed: Error\n    at handler (/app/out/main/index.js:1:2)\n');
    expect(text).not.toContain(SECRET);
  });

  it('keeps the folder and the file to the user alone, and rotates at 1 MiB', () => {
    if (process.platform === 'win32') return;
    const logs = join(dir, 'logs');
    mkdirSync(logs, { mode: 0o755 });
    writeFileSync(join(logs, 'main.log'), 'x'.repeat(1024 * 1024 + 1), { mode: 0o644 });
    const log = createFileLog(logs);
    log.failure({ request: 'getSnapshot', errorName: 'TypeError', stack: '' });
    expect(statSync(logs).mode & 0o777).toBe(0o700);
    expect(statSync(log.path).mode & 0o777).toBe(0o600);
    expect(readFileSync(log.path, 'utf8')).toMatch(/getSnapshot failed: TypeError\n$/);
    expect(existsSync(join(logs, 'main.old.log'))).toBe(true);
    expect(statSync(join(logs, 'main.old.log')).mode & 0o777).toBe(0o600);
  });

  it('a log that cannot be written does not throw into the app', () => {
    writeFileSync(join(dir, 'logs'), 'a file where the folder should be');
    expect(() => createFileLog(join(dir, 'logs')).failure({ request: 'x', errorName: 'Error', stack: '' })).not.toThrow();
  });
});
