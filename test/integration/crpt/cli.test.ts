import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { SANDBOX_REGISTRATION_KEY } from '../../../electron/core/providers/crpt/stands';
import { buildCli, type BuiltCli } from './cli-build';
import { ping, startWorld, type CrptWorld } from './setup';

let world: CrptWorld;
let cli: BuiltCli;
let keyText: string;

beforeAll(async () => {
  [world, cli] = await Promise.all([startWorld(), buildCli()]);
  keyText = await readFile(world.pki.user.key, 'utf8');
});
afterAll(async () => {
  await Promise.all([world.close(), cli.cleanup()]);
});
afterEach(() => {
  world.emulator.clearFaults();
});

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function runCli(args: string[], env: NodeJS.ProcessEnv = {}, stdin = ''): Promise<Run> {
  return new Promise((resolve) => {
    const child = execFile(process.execPath, [cli.file, ...args], { env: { ...world.pki.env, ...env }, timeout: 20_000 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
      resolve({ code, stdout: String(stdout), stderr: String(stderr) });
    });
    child.stdin?.end(stdin);
  });
}

const opensslArgs = (): string[] => ['--signer', 'openssl', '--cert', world.pki.user.cert, '--key', world.pki.user.key];
const tokenArgs = (...extra: string[]): string[] => [
  'crpt',
  'token',
  '--stand',
  world.emulator.trueApiBase,
  '--oms-connection',
  world.emulator.connection,
  ...opensslArgs(),
  ...extra,
];

/** Exactly one JSON object on stdout, nothing else. */
function onlyJson(stdout: string): Record<string, unknown> {
  const lines = stdout.split('\n').filter((line) => line !== '');
  expect(lines).toHaveLength(1);
  const value = JSON.parse(lines[0] ?? '') as unknown;
  expect(value).toBeTypeOf('object');
  expect(Array.isArray(value)).toBe(false);
  return value as Record<string, unknown>;
}

function expectNoSecrets(text: string, ...secrets: string[]): void {
  expect(text).not.toMatch(/PRIVATE KEY/);
  const keyBody = keyText.split('\n').filter((line) => line && !line.startsWith('-----'));
  for (const line of keyBody) expect(text).not.toContain(line);
  for (const secret of secrets) if (secret) expect(text).not.toContain(secret);
}

describe('token-assistant crpt token', () => {
  it('--json prints exactly {token, obtainedAt, expiresAt} and exits 0; stderr holds no secret', async () => {
    const run = await runCli(tokenArgs('--json'));
    expect(run.code).toBe(0);
    const json = onlyJson(run.stdout);
    expect(Object.keys(json).sort()).toEqual(['expiresAt', 'obtainedAt', 'token']);
    const token = String(json.token);
    expect(Date.parse(String(json.expiresAt)) - Date.parse(String(json.obtainedAt))).toBe(36_000_000);
    expect(world.emulator.tokenStatus(token)).toBe('live');
    expect(await ping(world.emulator, token)).toBe(200);
    expect(run.stderr).toBe('');
    expectNoSecrets(run.stderr, token);
  });

  it('without --json prints Russian text with the token and the warning', async () => {
    const run = await runCli(tokenArgs('--inn', world.pki.user.innLe));
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Токен СУЗ (clientToken) получен.');
    expect(run.stdout).toContain('Действует до:');
    expect(run.stdout).toContain('отключает предыдущий');
    const token = /Токен:\s+(\S+)/.exec(run.stdout)?.[1] ?? '';
    expect(world.emulator.tokenStatus(token)).toBe('live');
    expectNoSecrets(run.stderr, token);
  });

  it('accepts an encrypted key whose password comes from an environment variable', async () => {
    const { execFileSync } = await import('node:child_process');
    const encrypted = `${world.pki.dir}/user-encrypted.key`;
    execFileSync('openssl', ['pkey', '-in', world.pki.user.key, '-out', encrypted, '-aes256', '-passout', 'pass:s3cret-Пароль'], { env: world.pki.env });
    const args = [
      'crpt',
      'token',
      '--stand',
      world.emulator.trueApiBase,
      '--oms-connection',
      world.emulator.connection,
      '--signer',
      'openssl',
      '--cert',
      world.pki.user.cert,
      '--key',
      encrypted,
      '--key-password-env',
      'TA_KEY_PASSWORD',
      '--json',
    ];
    const good = await runCli(args, { TA_KEY_PASSWORD: 's3cret-Пароль' });
    expect(good.code).toBe(0);
    expect(onlyJson(good.stdout)).toHaveProperty('token');
    const bad = await runCli(args, { TA_KEY_PASSWORD: 'wrong' });
    expect(bad.code).toBe(3);
    const error = onlyJson(bad.stdout).error as { code: string; message: string };
    expect(error.code).toBe('signing_failed');
    expect(error.message).toContain('закрытый ключ');
    expectNoSecrets(bad.stdout + bad.stderr, 's3cret-Пароль', 'wrong');
  });

  it('a 403 «код ошибки 2»: {"error":{code,message}} on stdout, exit 5', async () => {
    world.emulator.inject('sign-in', { kind: 'status', status: 403, body: { code: '403', error_message: 'Доступ запрещён: код ошибки 2', description: '' } });
    const run = await runCli(tokenArgs('--inn', world.pki.stranger.innLe, '--json'));
    expect(run.code).toBe(5);
    const json = onlyJson(run.stdout);
    expect(Object.keys(json)).toEqual(['error']);
    const error = json.error as Record<string, unknown>;
    expect(Object.keys(error).sort()).toEqual(['code', 'message']);
    expect(error.code).toBe('access_denied');
    expect(String(error.message)).toContain('код ошибки 2');
    expect(run.stderr).toBe('');
  });

  it('a 500 on simpleSignIn: exit 6, one request only', async () => {
    const before = world.emulator.counts['sign-in'];
    world.emulator.inject('sign-in', { kind: 'status', status: 500 });
    const run = await runCli(tokenArgs('--json'));
    expect(run.code).toBe(6);
    expect((onlyJson(run.stdout).error as { code: string }).code).toBe('server_failure');
    expect(world.emulator.counts['sign-in'] - before).toBe(1);
  });

  it('no stand listening: exit 4 with a Russian message on stderr', async () => {
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const { port } = probe.address() as AddressInfo;
    await new Promise((resolve) => probe.close(resolve));
    const run = await runCli(['crpt', 'token', '--stand', `http://127.0.0.1:${port}/api/v3/true-api`, '--oms-connection', world.emulator.connection, ...opensslArgs()]);
    expect(run.code).toBe(4);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(`Ошибка: Нет связи с 127.0.0.1:${port}: соединение отклонено. Проверьте подключение к интернету, прокси и адрес стенда.\n`);
  });

  it('a timeout: exit 4', async () => {
    world.emulator.inject('auth-key', { kind: 'delay', ms: 3000 }, 3);
    const run = await runCli(tokenArgs('--timeout', '0.5', '--json'));
    expect(run.code).toBe(4);
    expect((onlyJson(run.stdout).error as { code: string }).code).toBe('request_timeout');
  });

  it('usage errors: exit 2, JSON with --json', async () => {
    const missing = await runCli(['crpt', 'token', '--stand', world.emulator.trueApiBase, '--json']);
    expect(missing.code).toBe(2);
    expect((onlyJson(missing.stdout).error as { message: string }).message).toContain('--oms-connection');
    const unknown = await runCli(['crpt', 'token', '--bogus', '--json']);
    expect(unknown.code).toBe(2);
    expect((onlyJson(unknown.stdout).error as { message: string }).message).toContain('--bogus');
    const mixed = await runCli(tokenArgs('--thumbprint', 'AB'.repeat(20), '--json'));
    expect(mixed.code).toBe(2);
    const badUuid = await runCli(['crpt', 'token', '--stand', world.emulator.trueApiBase, '--oms-connection', 'xyz', ...opensslArgs(), '--json']);
    expect(badUuid.code).toBe(2);
    expect((onlyJson(badUuid.stdout).error as { code: string }).code).toBe('invalid_field');
    const human = await runCli(['crpt', 'frobnicate']);
    expect(human.code).toBe(2);
    expect(human.stderr).toContain('Неизвестная команда');
  });

  it('--help and --version answer at once', async () => {
    const help = await runCli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('token-assistant crpt token');
    const crptHelp = await runCli(['crpt', '--help']);
    expect(crptHelp.stdout).toContain('--oms-connection');
    expect((await runCli(['--version'])).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});

describe('token-assistant crpt register', () => {
  const registerArgs = (...extra: string[]): string[] => [
    'crpt',
    'register',
    '--suz',
    world.emulator.suzBase,
    '--oms-id',
    world.emulator.omsId,
    '--registration-key',
    SANDBOX_REGISTRATION_KEY,
    '--address',
    'г. Москва, ул. Тестовая, 1',
    ...opensslArgs(),
    ...extra,
  ];

  it('--json prints exactly {status, omsConnection, name}', async () => {
    const run = await runCli(registerArgs('--name', 'CLI-касса', '--json'));
    expect(run.code).toBe(0);
    const json = onlyJson(run.stdout);
    expect(Object.keys(json).sort()).toEqual(['name', 'omsConnection', 'status']);
    expect(json).toMatchObject({ status: 'SUCCESS', name: 'CLI-касса' });
    expect(world.emulator.connections()).toContain(json.omsConnection);
    expect(run.stderr).toBe('');
  });

  it('REJECTED: error registration_rejected with the reason, exit 5', async () => {
    world.emulator.inject('registration', { kind: 'reject', reason: 'Превышено число подключений' });
    const run = await runCli(registerArgs('--json'));
    expect(run.code).toBe(5);
    const error = onlyJson(run.stdout).error as { code: string; message: string };
    expect(error).toEqual({ code: 'registration_rejected', message: 'СУЗ отклонил регистрацию установки: Превышено число подключений' });
  });

  it('takes the registration key from TOKEN_ASSISTANT_REGISTRATION_KEY or from stdin, so it never has to be in argv', async () => {
    const withoutKey = (...extra: string[]) => registerArgs(...extra).filter((arg, index, all) => arg !== '--registration-key' && all[index - 1] !== '--registration-key');
    expect(withoutKey()).not.toContain(world.emulator.registrationKey);

    const fromEnv = await runCli(withoutKey('--json'), { TOKEN_ASSISTANT_REGISTRATION_KEY: world.emulator.registrationKey });
    expect(fromEnv.code).toBe(0);
    expect(onlyJson(fromEnv.stdout)).toMatchObject({ status: 'SUCCESS' });

    const fromStdin = await runCli(withoutKey('--registration-key-stdin', '--json'), {}, `${world.emulator.registrationKey}\n`);
    expect(fromStdin.code).toBe(0);
    expect(onlyJson(fromStdin.stdout)).toMatchObject({ status: 'SUCCESS' });

    // A wrong key on stdin reaches the stand (and is refused there): the key really came from stdin.
    const wrong = await runCli(withoutKey('--registration-key-stdin', '--json'), { TOKEN_ASSISTANT_REGISTRATION_KEY: world.emulator.registrationKey }, 'not-the-key\n');
    expect(wrong.code).toBe(5);

    const none = await runCli(withoutKey('--json'));
    expect(none.code).toBe(2);
    expect((onlyJson(none.stdout).error as { message: string }).message).toContain('TOKEN_ASSISTANT_REGISTRATION_KEY');
  });

  it('human output names the new omsConnection', async () => {
    const run = await runCli(registerArgs());
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/omsConnection: [0-9a-f-]{36}/);
  });
});

describe('token-assistant crpt token --purpose trueapi', () => {
  const trueApiArgs = (...extra: string[]): string[] => ['crpt', 'token', '--stand', world.emulator.trueApiBase, '--purpose', 'trueapi', ...opensslArgs(), ...extra];

  it('signs in at /auth/simpleSignIn without omsConnection; the token opens True API', async () => {
    const before = world.emulator.signIns.length;
    const run = await runCli(trueApiArgs('--json'));
    expect(run.code).toBe(0);
    const json = onlyJson(run.stdout);
    const token = String(json.token);
    expect(Date.parse(String(json.expiresAt)) - Date.parse(String(json.obtainedAt))).toBe(36_000_000);
    expect(world.emulator.signIns.slice(before)).toEqual([expect.objectContaining({ purpose: 'trueapi', omsConnection: '', status: 200 })]);
    expect(world.emulator.trueApiTokenLive(token)).toBe(true);
    // Not a СУЗ token: СУЗ refuses it.
    expect(await ping(world.emulator, token)).toBe(401);
    expectNoSecrets(run.stderr, token);
  });

  it('says in words which token it got, without the СУЗ «kills the previous» warning', async () => {
    const run = await runCli(trueApiArgs());
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Токен True API получен.');
    expect(run.stdout).not.toContain('omsConnection');
  });

  it('an omsConnection with --purpose trueapi, or an unknown purpose, is a usage error (exit 2) and nothing is asked', async () => {
    const before = world.emulator.counts['auth-key'];
    const withConnection = await runCli(trueApiArgs('--oms-connection', world.emulator.connection));
    expect(withConnection.code).toBe(2);
    expect(withConnection.stderr).toContain('--oms-connection нужен только для токена СУЗ');
    const unknown = await runCli(['crpt', 'token', '--stand', world.emulator.trueApiBase, '--purpose', 'oms', ...opensslArgs()]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('--purpose: suz или trueapi');
    expect(world.emulator.counts['auth-key']).toBe(before);
  });
});
