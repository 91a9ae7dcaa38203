import { execFile } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCli } from '../crpt/cli-build';
import type { BuiltCli } from '../crpt/cli-build';
import { startSmdoEmulator } from '../../fixtures/smdo-emulator';
import type { SmdoEmulator } from '../../fixtures/smdo-emulator';

const LOGIN = 'vsed_login_7';
const KEY = 'smdo-key-0123456789abcdef';

let cli: BuiltCli;
let emulator: SmdoEmulator;

beforeAll(async () => {
  [cli, emulator] = await Promise.all([buildCli(), startSmdoEmulator({ login: LOGIN, key: KEY })]);
}, 60_000);

afterAll(async () => {
  await Promise.all([cli?.cleanup(), emulator?.close()]);
});

function run(args: string[], env: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [cli.file, ...args], { env: { PATH: process.env.PATH ?? '', ...env }, timeout: 20_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}

describe('token-assistant smdo token (the built command)', () => {
  it('prints exactly one JSON object with the Bearer token, the key taken from the environment', async () => {
    const result = await run(['smdo', 'token', '--token-url', emulator.tokenUrl, '--login', LOGIN, '--json'], { TOKEN_ASSISTANT_SMDO_KEY: KEY });
    expect(result.code).toBe(0);
    const answer = JSON.parse(result.stdout) as { token: string; obtainedAt: string; expiresAt: string };
    expect(Object.keys(answer).sort()).toEqual(['expiresAt', 'obtainedAt', 'token']);
    expect(Date.parse(answer.expiresAt) - Date.parse(answer.obtainedAt)).toBe(3600_000);
    expect(result.stderr).not.toContain(KEY);
    expect(result.stderr).not.toContain(answer.token);
  });

  it('refuses a key on the command line, where other users and the shell history would see it', async () => {
    const result = await run(['smdo', 'token', '--token-url', emulator.tokenUrl, '--login', LOGIN, '--key', KEY, '--json'], {});
    expect(result.code).not.toBe(0);
    const answer = JSON.parse(result.stdout) as { error: { code: string; message: string } };
    expect(answer.error.message).toMatch(/TOKEN_ASSISTANT_SMDO_KEY/);
    expect(result.stdout + result.stderr).not.toMatch(new RegExp(`${KEY}.*${KEY}`));
  });

  it('explains a wrong key in Russian and exits non-zero', async () => {
    const result = await run(['smdo', 'token', '--token-url', emulator.tokenUrl, '--login', LOGIN, '--json'], { TOKEN_ASSISTANT_SMDO_KEY: 'wrong-key-123456' });
    expect(result.code).not.toBe(0);
    const answer = JSON.parse(result.stdout) as { error: { code: string; message: string } };
    expect(answer.error.message).toMatch(/ключ/i);
    expect(result.stdout + result.stderr).not.toContain('wrong-key-123456');
  });
});
