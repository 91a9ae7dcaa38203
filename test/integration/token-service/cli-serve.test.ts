/**
 * `token-assistant serve --config` and `token-assistant key new`, run as the real built
 * CLI in a child process against the stand emulator with real openssl signatures.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCli, type BuiltCli } from '../crpt/cli-build';
import { ping, startWorld, type CrptWorld } from '../crpt/setup';
import { call } from './service-world';

const CONN = randomUUID();
let world: CrptWorld;
let cli: BuiltCli;
let dir: string;
let lockDir: string;
const secrets: string[] = [];

beforeAll(async () => {
  [world, cli] = await Promise.all([startWorld({ connections: [CONN] }), buildCli()]);
  dir = await mkdtemp(join(tmpdir(), 'ta-serve-'));
  lockDir = join(dir, 'locks');
}, 60_000);

afterAll(async () => {
  await Promise.all([world.close(), cli.cleanup(), rm(dir, { recursive: true, force: true })]);
});

interface Finished {
  code: number | null;
  stdout: string;
  stderr: string;
}

interface Serving {
  child: ChildProcess;
  /** The first stdout line, or null when the process ended first. */
  firstLine: Promise<string | null>;
  finished: Promise<Finished>;
}

function serve(configFile: string): Serving {
  const child = spawn(process.execPath, [cli.file, 'serve', '--config', configFile], {
    env: { ...world.pki.env, TOKEN_ASSISTANT_LOCK_DIR: lockDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  let lineSeen: (line: string | null) => void = () => undefined;
  const firstLine = new Promise<string | null>((resolve) => {
    lineSeen = resolve;
  });
  child.stdout?.on('data', (chunk: Buffer) => {
    stdout += chunk.toString('utf8');
    if (stdout.includes('\n')) lineSeen(stdout.split('\n')[0] ?? '');
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString('utf8');
  });
  const finished = new Promise<Finished>((resolve) => {
    child.on('exit', (code) => {
      lineSeen(null);
      resolve({ code, stdout, stderr });
    });
  });
  return { child, firstLine, finished };
}

function run(args: string[]): Promise<Finished> {
  const child = spawn(process.execPath, [cli.file, ...args], { env: { ...world.pki.env, TOKEN_ASSISTANT_LOCK_DIR: lockDir }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, stdout, stderr })));
}

async function newKey(): Promise<{ key: string; sha256: string }> {
  const result = await run(['key', 'new', '--json']);
  const parsed = JSON.parse(result.stdout) as { key: string; sha256: string };
  secrets.push(parsed.key);
  return parsed;
}

async function writeConfig(name: string, config: unknown): Promise<string> {
  const file = join(dir, name);
  await writeFile(file, JSON.stringify(config, null, 2));
  return file;
}

function validConfig(keySha256: string, extra: Record<string, unknown> = {}): unknown {
  return {
    listen: { host: '127.0.0.1', port: 0 },
    clients: [{ name: 'erp', keySha256, connections: ['suz-1'] }],
    connections: [
      {
        id: 'suz-1',
        kind: 'suz',
        stand: world.emulator.trueApiBase,
        omsConnection: CONN,
        signer: { type: 'openssl', cert: world.pki.user.cert, key: world.pki.user.key },
        ...extra,
      },
    ],
  };
}

function expectNoSecret(text: string): void {
  expect(text).not.toMatch(/PRIVATE KEY/);
  for (const secret of secrets) if (secret) expect(text).not.toContain(secret);
}

describe('token-assistant key new', () => {
  it('prints a fresh 32-byte base64url key and the SHA-256 of its text', async () => {
    const { key, sha256 } = await newKey();
    expect(Buffer.from(key, 'base64url')).toHaveLength(32);
    expect(sha256).toBe(createHash('sha256').update(key).digest('hex'));
    const again = await newKey();
    expect(again.key).not.toBe(key);
    const text = await run(['key', 'new']);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('SHA-256:');
  });
});

describe('token-assistant serve', () => {
  it('prints one listening line, serves the token, writes writeTo (0600), logs access without secrets, stops on SIGTERM', async () => {
    const { key, sha256 } = await newKey();
    const tokenFile = join(dir, 'token.txt');
    const config = await writeConfig('serve.json', validConfig(sha256, { writeTo: tokenFile }));
    const running = serve(config);
    const line = await running.firstLine;
    expect(line).toMatch(/^\{"listening":"http:\/\/127\.0\.0\.1:\d+"\}$/);
    const port = Number(/:(\d+)"/.exec(line ?? '')?.[1]);

    expect((await call(port, '/v1/health')).status).toBe(200);
    const reply = await call(port, '/v1/tokens/suz-1', { key });
    expect(reply.status).toBe(200);
    const token = reply.body.token ?? '';
    secrets.push(token);
    expect(world.emulator.tokenStatus(token)).toBe('live');
    expect(await ping(world.emulator, token)).toBe(200);
    expect(await readFile(tokenFile, 'utf8')).toBe(token);
    expect((await stat(tokenFile)).mode & 0o777).toBe(0o600);
    expect((await call(port, '/v1/tokens/suz-1', { key: 'x'.repeat(43) })).status).toBe(401);
    expect((await call(port, '/v1/tokens/suz-1', { key, headers: { origin: 'https://evil.example' } })).status).toBe(403);

    running.child.kill('SIGTERM');
    const finished = await running.finished;
    expect(finished.code).toBe(0);
    expect(finished.stdout.split('\n').filter(Boolean)).toHaveLength(1);
    expect(finished.stderr).toMatch(/программа=erp токен=suz-1 статус=200/);
    expect(finished.stderr).toMatch(/программа=— токен=— статус=401/);
    expectNoSecret(finished.stdout + finished.stderr);
  }, 30_000);

  it('refuses a second serve for the same omsConnection while the first runs, and allows it after', async () => {
    const { key, sha256 } = await newKey();
    const config = await writeConfig('first.json', validConfig(sha256));
    const first = serve(config);
    expect(await first.firstLine).toMatch(/listening/);
    const second = await run(['serve', '--config', await writeConfig('second.json', validConfig(sha256))]);
    expect(second.code).toBe(1);
    expect(second.stdout).toBe('');
    expect(second.stderr).toContain(`omsConnection ${CONN} уже обслуживает другой процесс`);
    first.child.kill('SIGINT');
    expect((await first.finished).code).toBe(0);
    const third = serve(config);
    const line = await third.firstLine;
    expect(line).toMatch(/listening/);
    const port = Number(/:(\d+)"/.exec(line ?? '')?.[1]);
    const reply = await call(port, '/v1/tokens/suz-1', { key });
    secrets.push(reply.body.token ?? '');
    third.child.kill('SIGTERM');
    const finished = await third.finished;
    expect(finished.code).toBe(0);
    expectNoSecret(second.stderr + finished.stderr + finished.stdout);
  }, 30_000);

  it('names every wrong field of the config in Russian and exits 2 without listening', async () => {
    const config = await writeConfig('bad.json', {
      listen: { host: '0.0.0.0', port: 70000 },
      clients: [{ name: 'erp', keySha256: 'abc', connections: ['nope'], colour: 'red' }],
      connections: [
        { id: 'suz 1', kind: 'suz', stand: 'http://evil.example/api', omsConnection: 'not-a-uuid', signer: { type: 'gpg' } },
        { id: 'api-1', kind: 'trueapi', stand: 'production', inn: '123', signer: { type: 'cryptcp', thumbprint: 'zz' } },
        { id: 'x', kind: 'oms' },
      ],
    });
    const result = await run(['serve', '--config', config]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    const expected = [
      'listen.port: от 0 до 65535',
      'clients[0].keySha256: 64 шестнадцатеричные цифры',
      'clients[0]: неизвестное поле «colour»',
      'connections[0].id: от 1 до 64 символов',
      'connections[0].stand: sandbox, production или адрес True API',
      'connections[0].omsConnection: UUID',
      'connections[0].signer.type: openssl, cryptcp или csptest',
      'connections[1].inn: 10 или 12 цифр',
      'connections[1].signer.thumbprint: 40 шестнадцатеричных цифр',
      'connections[2].kind: "suz"',
    ];
    for (const line of expected) expect(result.stderr).toContain(line);
  });

  it('refuses a non-loopback host without tls, an unknown scope and a missing file, with clear messages', async () => {
    const { sha256 } = await newKey();
    const base = validConfig(sha256) as { listen: object; clients: { connections: string[] }[] };
    const open = await run(['serve', '--config', await writeConfig('open.json', { ...base, listen: { host: '0.0.0.0', port: 0 } })]);
    expect(open.code).toBe(2);
    expect(open.stderr).toContain('listen.host: «0.0.0.0» — не loopback');
    const scope = await run(['serve', '--config', await writeConfig('scope.json', { ...base, clients: [{ name: 'erp', keySha256: sha256, connections: ['suz-2'] }] })]);
    expect(scope.stderr).toContain('clients[0].connections[0]: нет подключения с id «suz-2»');
    const missing = await run(['serve', '--config', join(dir, 'absent.json')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('Не удалось прочитать конфигурацию');
    await writeFile(join(dir, 'broken.json'), '{"listen":');
    expect((await run(['serve', '--config', join(dir, 'broken.json')])).stderr).toContain('— не JSON');
  });
});
