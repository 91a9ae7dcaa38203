import { execFile } from 'node:child_process';
import { X509Certificate } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listCryptoProCertificates } from '../../../electron/core/certificates/certmgr';
import { AppFailure } from '../../../electron/core/errors';
import { createCrptService } from '../../../electron/core/providers/crpt/client';
import { createCryptoProSigner, type CryptoProSignerTool } from '../../../electron/core/signing/cryptopro-signer';
import { buildCli, type BuiltCli } from './cli-build';
import { cp1251, createFakeCryptoPro, type FakeCryptoPro, type FakeMode } from './fake-cryptopro';
import { ping, startWorld, type CrptWorld } from './setup';

const posix = process.platform !== 'win32';
let world: CrptWorld;
let fake: FakeCryptoPro;
let thumbprint: string;
let cli: BuiltCli;

beforeAll(async () => {
  world = await startWorld();
  thumbprint = new X509Certificate(await readFile(world.pki.user.cert)).fingerprint.replace(/:/g, '');
  const listing = (await readFile(new URL('../../unit/crpt/fixtures/certmgr-list-umy.txt', import.meta.url), 'utf8')).replace(/\n/g, '\r\n');
  fake = await createFakeCryptoPro({ cert: world.pki.user.cert, key: world.pki.user.key, thumbprint, opensslEnv: world.pki.env, certmgrList: cp1251(listing) });
  cli = await buildCli();
});
afterAll(async () => {
  await Promise.all([world.close(), fake.cleanup(), cli.cleanup()]);
});

function signer(tool: CryptoProSignerTool, mode: FakeMode = 'ok', extra: { timeoutMs?: number; thumbprint?: string } = {}) {
  return createCryptoProSigner({ tool, thumbprint: extra.thumbprint ?? thumbprint.toLowerCase(), chosenFolder: fake.dir, env: fake.env(mode), ...extra });
}

async function failureOf(promise: Promise<unknown>): Promise<AppFailure> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppFailure) return error;
    throw error;
  }
  throw new Error('expected a failure');
}

describe.runIf(posix)('CryptoPro backends (fake cryptcp / csptest / certmgr)', () => {
  const service = createCrptService();
  const tokenRequest = (s: ReturnType<typeof signer>) => ({ trueApiBase: world.emulator.trueApiBase, omsConnection: world.emulator.connection, signer: s });

  it.each(['cryptcp', 'csptest'] as const)('%s signs the challenge attached and gets a token', async (tool) => {
    const result = await service.getClientToken(tokenRequest(signer(tool)));
    expect(await ping(world.emulator, result.token)).toBe(200);
    const args = await fake.args(tool);
    expect(args).toContain(thumbprint.toUpperCase());
    expect(args).not.toContain('-detached');
  });

  it.each(['cryptcp', 'csptest'] as const)('%s signs the registration detached', async (tool) => {
    const result = await service.registerConnection({
      suzBase: world.emulator.suzBase,
      omsId: world.emulator.omsId,
      registrationKey: world.emulator.registrationKey,
      address: `адрес ${tool}`,
      signer: signer(tool),
    });
    expect(result.status).toBe('SUCCESS');
    expect(await fake.args(tool)).toContain('-detached');
  });

  it('never puts a PIN on the command line: CryptoPro asks for it or uses the one it remembers', async () => {
    for (const tool of ['cryptcp', 'csptest'] as const) {
      await signer(tool).sign(Buffer.from('x'), { detached: true });
      const args = await fake.args(tool);
      expect(args).not.toContain('-pin');
      expect(args).not.toContain('-password');
    }
  });

  const errors: [FakeMode, RegExp][] = [
    ['no-key-access', /нет доступа к контейнеру закрытого ключа \(0x8009001F\)/],
    ['chain', /цепочку сертификатов до доверенного корневого центра \(0x800B010A\)/],
    ['licence', /Истёк срок действия лицензии КриптоПро CSP/],
    ['wrong-pin', /Неверный PIN-код носителя ключа \(0x8010006B\)/],
    ['not-found', /не найден в хранилище «Личное»/],
  ];
  it.each(errors)('cp1251 error «%s» becomes a clear Russian message', async (mode, expected) => {
    for (const tool of ['cryptcp', 'csptest'] as const) {
      const failure = await failureOf(signer(tool, mode).sign(Buffer.from('x'), { detached: false }));
      expect(failure.code).toBe('signing_failed');
      expect(failure.message).toMatch(expected);
    }
  });

  it('an unknown thumbprint is reported as such', async () => {
    const failure = await failureOf(signer('cryptcp', 'ok', { thumbprint: 'AB'.repeat(20) }).sign(Buffer.from('x'), { detached: false }));
    expect(failure.message).toContain('ABABABAB');
  });

  it('a tool that hangs (waiting for a PIN) is killed after the timeout', async () => {
    const started = Date.now();
    const failure = await failureOf(signer('cryptcp', 'hang', { timeoutMs: 400 }).sign(Buffer.from('x'), { detached: false }));
    expect(failure.code).toBe('signer_timeout');
    expect(failure.message).toContain('PIN-код');
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('a missing tool is reported with the places looked at', async () => {
    const failure = await failureOf(createCryptoProSigner({ tool: 'csptest', thumbprint, chosenFolder: join(fake.dir, 'nope') }).sign(Buffer.from('x'), { detached: false }));
    expect(failure.code).toBe('signer_unavailable');
    expect(failure.message).toContain('csptest');
  });

  it('an invalid thumbprint is refused before running anything', async () => {
    const failure = await failureOf(signer('cryptcp', 'ok', { thumbprint: 'xyz' }).sign(Buffer.from('x'), { detached: false }));
    expect(failure.code).toBe('invalid_field');
    expect(failure.field).toBe('thumbprint');
  });

  it('lists the store through certmgr, decoding cp1251', async () => {
    const list = await listCryptoProCertificates({ chosenFolder: fake.dir, env: fake.env('ok') });
    expect(await fake.args('certmgr')).toEqual(['-list', '-store', 'uMy']);
    expect(list).toHaveLength(3);
    expect(list[0]).toMatchObject({ owner: 'ООО "Ромашка"', innLe: '7707083893', thumbprint: '8F3A1C9B2D4E5F60718293A4B5C6D7E8F9012345', notAfter: '2026-06-14T08:22:45.000Z' });
    expect(await listCryptoProCertificates({ chosenFolder: fake.dir, env: fake.env('empty') })).toEqual([]);
  });

  const runCli = (args: string[], mode: FakeMode, env: NodeJS.ProcessEnv = {}) =>
    new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
      execFile(
        process.execPath,
        [cli.file, 'crpt', 'token', '--stand', world.emulator.trueApiBase, '--oms-connection', world.emulator.connection, ...args, '--json'],
        { env: { ...fake.env(mode), ...env }, timeout: 20_000 },
        (error, stdout, stderr) => resolve({ code: error ? Number(error.code) : 0, stdout: String(stdout), stderr: String(stderr) }),
      );
    });
  const PIN = '87654321';

  it.each(['cryptcp', 'csptest'] as const)('the CLI signs with --signer %s and no PIN reaches the argv of the CryptoPro program', async (tool) => {
    await rm(join(fake.dir, `${tool}.args`), { force: true });
    // The PIN sits in the environment, as a script would keep it: the CLI must not pass it on.
    const ok = await runCli(['--signer', tool, '--thumbprint', thumbprint, '--cryptopro-path', fake.dir], 'ok', { TA_PIN: PIN, CSP_PIN: PIN });
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout)).toHaveProperty('token');
    const args = await fake.args(tool);
    expect(args.join(' ')).not.toContain(PIN);
    expect(args).not.toContain('-pin');
    expect(args).not.toContain('-password');
    const noKey = await runCli(['--signer', tool, '--thumbprint', thumbprint, '--cryptopro-path', fake.dir], 'no-key-access');
    expect(noKey.code).toBe(3);
    expect(JSON.parse(noKey.stdout).error.message).toContain('0x8009001F');
  });

  it('the CLI refuses a PIN option before anything runs, and says why', async () => {
    await rm(join(fake.dir, 'cryptcp.args'), { force: true });
    for (const pinArgs of [['--pin-env', 'TA_PIN'], ['--pin', PIN], [`--pin=${PIN}`]]) {
      const run = await runCli(['--signer', 'cryptcp', '--thumbprint', thumbprint, '--cryptopro-path', fake.dir, ...pinArgs], 'ok', { TA_PIN: PIN });
      expect(run.code).toBe(2);
      expect(JSON.parse(run.stdout).error.message).toContain('PIN-код в командной строке не передаётся');
      expect(run.stdout + run.stderr).not.toContain(PIN);
    }
    expect(existsSync(join(fake.dir, 'cryptcp.args'))).toBe(false);
  });

  it('the CLI runs no program named otherwise, nor one from a network path', async () => {
    const marker = join(fake.dir, 'evil-ran');
    const evil = join(fake.dir, 'evil.sh');
    await writeFile(evil, `#!/bin/sh\ntouch '${marker}'\n`);
    await chmod(evil, 0o755);
    const named = await runCli(['--signer', 'cryptcp', '--thumbprint', thumbprint, '--cryptopro-path', evil], 'ok');
    expect(named.code).toBe(2);
    expect(JSON.parse(named.stdout).error.message).toContain('evil.sh');
    const unc = await runCli(['--signer', 'cryptcp', '--thumbprint', thumbprint, '--cryptopro-path', '//evil-server/share/cprocsp'], 'ok');
    expect(unc.code).toBe(2);
    expect(JSON.parse(unc.stdout).error.message).toContain('сетевого пути');
    expect(existsSync(marker)).toBe(false);
  });
});
