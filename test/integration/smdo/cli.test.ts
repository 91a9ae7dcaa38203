import { Readable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SMDO_KEY_ENV, SMDO_LOGIN_ENV, runSmdo } from '../../../electron/core/providers/smdo/cli-command';
import type { SmdoCliIo } from '../../../electron/core/providers/smdo/cli-command';
import { startSmdoEmulator } from '../../fixtures/smdo-emulator';
import type { SmdoEmulator } from '../../fixtures/smdo-emulator';

const LOGIN = 'cliLogin_42';
const KEY = 'cli-key-abcdefghij';

let emulator: SmdoEmulator;

beforeEach(async () => {
  emulator = await startSmdoEmulator({ login: LOGIN, key: KEY });
});

afterEach(async () => {
  await emulator.close();
});

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function run(args: string[], options: { env?: Record<string, string>; stdin?: string; tty?: boolean } = {}): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const stdin = Object.assign(Readable.from(options.stdin === undefined ? [] : [Buffer.from(options.stdin)]), { isTTY: options.tty ?? false });
  const io: SmdoCliIo = {
    json: args.includes('--json'),
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    env: options.env ?? {},
    stdin,
    deps: { sleep: async () => undefined },
  };
  const code = await runSmdo(args, io);
  return { code, stdout, stderr };
}

const tokenArgs = () => ['token', '--token-url', emulator.tokenUrl, '--login', LOGIN];

describe('token-assistant smdo token', () => {
  it('takes the login from TOKEN_ASSISTANT_SMDO_LOGIN or from stdin, so neither login nor key has to be in argv', async () => {
    const noLogin = ['token', '--token-url', emulator.tokenUrl, '--json'];
    const fromEnv = await run(noLogin, { env: { [SMDO_LOGIN_ENV]: LOGIN, [SMDO_KEY_ENV]: KEY } });
    expect(fromEnv.code).toBe(0);
    // Both lines on stdin: the login first, then the key.
    const fromStdin = await run([...noLogin, '--login-stdin'], { stdin: `${LOGIN}\n${KEY}\n` });
    expect(fromStdin.code).toBe(0);
    // The login on stdin, the key from the environment.
    const mixed = await run([...noLogin, '--login-stdin'], { stdin: `${LOGIN}\n`, env: { [SMDO_KEY_ENV]: KEY } });
    expect(mixed.code).toBe(0);
    expect(emulator.issued).toHaveLength(3);
    // A wrong login on stdin reaches the server and is refused there: it really came from stdin.
    const wrong = await run([...noLogin, '--login-stdin'], { stdin: `someone_else\n${KEY}\n` });
    expect(wrong.code).toBe(5);
    const both = await run([...tokenArgs(), '--login-stdin', '--json'], { stdin: `${LOGIN}\n${KEY}\n` });
    expect(both.code).toBe(2);
    const terminal = await run([...noLogin, '--login-stdin'], { tty: true, env: { [SMDO_KEY_ENV]: KEY } });
    expect(terminal.code).toBe(2);
    expect(JSON.parse(terminal.stdout).error.message).toContain('терминал');
  });

  it('--json prints exactly {"token","obtainedAt","expiresAt"} with the key from the environment', async () => {
    const result = await run([...tokenArgs(), '--json'], { env: { [SMDO_KEY_ENV]: KEY } });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout.endsWith('\n')).toBe(true);
    expect(result.stdout.trim().split('\n')).toHaveLength(1);
    const answer = JSON.parse(result.stdout) as Record<string, string>;
    expect(Object.keys(answer)).toEqual(['token', 'obtainedAt', 'expiresAt']);
    expect(answer.token).toBe(emulator.issued[0]);
    expect(Date.parse(answer.expiresAt ?? '') - Date.parse(answer.obtainedAt ?? '')).toBe(3600_000);
  });

  it('reads the key from standard input when the variable is unset (first line, trimmed)', async () => {
    const result = await run([...tokenArgs(), '--json'], { stdin: `${KEY}\n` });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).token).toBe(emulator.issued[0]);
    expect(emulator.requests[0]?.authorization).toBe(`Basic ${Buffer.from(`${LOGIN}:${KEY}`).toString('base64')}`);
  });

  it('prints a readable answer without --json', async () => {
    const result = await run(tokenArgs(), { env: { [SMDO_KEY_ENV]: KEY } });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Токен СМДО получен.');
    expect(result.stdout).toContain(emulator.issued[0]);
  });

  it('never takes the key from the command line', async () => {
    for (const args of [
      [...tokenArgs(), '--key', KEY, '--json'],
      [...tokenArgs(), `--key=${KEY}`, '--json'],
    ]) {
      const result = await run(args, { env: { [SMDO_KEY_ENV]: KEY } });
      expect(result.code).toBe(2);
      const answer = JSON.parse(result.stdout) as { error: { code: string; message: string } };
      expect(answer.error.code).toBe('invalid_payload');
      expect(answer.error.message).toMatch(/Ключ не принимается в командной строке/);
      expect(result.stdout).not.toContain(KEY);
    }
    expect(emulator.requests).toHaveLength(0);
  });

  it('says where the key comes from when there is none, and never waits on a terminal', async () => {
    const piped = await run([...tokenArgs(), '--json'], { stdin: '' });
    expect(piped.code).toBe(2);
    expect(JSON.parse(piped.stdout).error.message).toContain(SMDO_KEY_ENV);
    const terminal = await run([...tokenArgs(), '--json'], { tty: true });
    expect(terminal.code).toBe(2);
  });

  it('a wrong key: {"error":{"code","message"}} with the Russian message and exit code 5, no secret anywhere', async () => {
    const result = await run([...tokenArgs(), '--json'], { env: { [SMDO_KEY_ENV]: 'wrong-key-0000000' } });
    expect(result.code).toBe(5);
    const answer = JSON.parse(result.stdout) as { error: { code: string; message: string } };
    expect(Object.keys(answer)).toEqual(['error']);
    expect(answer.error.code).toBe('access_denied');
    expect(answer.error.message).toMatch(/^Неверный логин или ключ СМДО/);
    expect(result.stdout + result.stderr).not.toContain('wrong-key-0000000');
  });

  it('throttling exits 5 with the wait; no connection exits 4; a server failure 6', async () => {
    emulator.failNext({ kind: 'throttle', retryAfter: '12' });
    const throttled = await run([...tokenArgs(), '--json'], { env: { [SMDO_KEY_ENV]: KEY } });
    expect(throttled.code).toBe(5);
    expect(JSON.parse(throttled.stdout).error).toMatchObject({ code: 'rate_limited', message: expect.stringContaining('через 12 с') });

    emulator.failNext({ kind: 'server-error' }, 3);
    expect((await run([...tokenArgs(), '--json'], { env: { [SMDO_KEY_ENV]: KEY } })).code).toBe(6);

    const url = emulator.tokenUrl;
    await emulator.close();
    const offline = await run(['token', '--token-url', url, '--login', LOGIN, '--json'], { env: { [SMDO_KEY_ENV]: KEY } });
    expect(offline.code).toBe(4);
    emulator = await startSmdoEmulator({ login: LOGIN, key: KEY });
  });

  it('usage errors exit 2; without --json the message goes to stderr', async () => {
    const missing = await run(['token', '--login', LOGIN], { env: { [SMDO_KEY_ENV]: KEY } });
    expect(missing.code).toBe(2);
    expect(missing.stdout).toBe('');
    expect(missing.stderr).toMatch(/^Ошибка: Использование: token-assistant smdo token/);
    expect((await run(['refresh'])).code).toBe(2);
    expect((await run(['token', '--bogus'])).code).toBe(2);
    expect((await run([...tokenArgs(), '--timeout', '0'], { env: { [SMDO_KEY_ENV]: KEY } })).code).toBe(2);
    const help = await run(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain(SMDO_KEY_ENV);
  });
});
