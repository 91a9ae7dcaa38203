import { execFile } from 'node:child_process';
import { X509Certificate } from 'node:crypto';
import { readFile } from 'node:fs/promises';
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

function signer(tool: CryptoProSignerTool, mode: FakeMode = 'ok', extra: { pin?: string; timeoutMs?: number; thumbprint?: string } = {}) {
  return createCryptoProSigner({ tool, thumbprint: extra.thumbprint ?? thumbprint.toLowerCase(), toolPath: fake.dir, env: fake.env(mode), ...extra });
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
    const result = await service.registerConnection({ suzBase: world.emulator.suzBase, omsId: world.emulator.omsId, registrationKey: world.emulator.registrationKey, address: `адрес ${tool}`, signer: signer(tool) });
    expect(result.status).toBe('SUCCESS');
    expect(await fake.args(tool)).toContain('-detached');
  });

  it('passes the PIN only when given', async () => {
    await signer('cryptcp', 'ok', { pin: '12345678' }).sign(Buffer.from('x'), { detached: true });
    expect(await fake.args('cryptcp')).toEqual(expect.arrayContaining(['-pin', '12345678']));
    await signer('csptest', 'ok', { pin: '12345678' }).sign(Buffer.from('x'), { detached: true });
    expect(await fake.args('csptest')).toEqual(expect.arrayContaining(['-password', '12345678']));
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
    const failure = await failureOf(createCryptoProSigner({ tool: 'csptest', thumbprint, toolPath: join(fake.dir, 'nope') }).sign(Buffer.from('x'), { detached: false }));
    expect(failure.code).toBe('signer_unavailable');
    expect(failure.message).toContain('csptest');
  });

  it('an invalid thumbprint is refused before running anything', async () => {
    const failure = await failureOf(signer('cryptcp', 'ok', { thumbprint: 'xyz' }).sign(Buffer.from('x'), { detached: false }));
    expect(failure.code).toBe('invalid_field');
    expect(failure.field).toBe('thumbprint');
  });

  it('lists the store through certmgr, decoding cp1251', async () => {
    const list = await listCryptoProCertificates({ certmgrPath: fake.dir, env: fake.env('ok') });
    expect(await fake.args('certmgr')).toEqual(['-list', '-store', 'uMy']);
    expect(list).toHaveLength(3);
    expect(list[0]).toMatchObject({ owner: 'ООО "Ромашка"', innLe: '7707083893', thumbprint: '8F3A1C9B2D4E5F60718293A4B5C6D7E8F9012345', notAfter: '2026-06-14T08:22:45.000Z' });
    expect(await listCryptoProCertificates({ certmgrPath: fake.dir, env: fake.env('empty') })).toEqual([]);
  });

  it('the CLI signs with --signer csptest --thumbprint and reports CryptoPro errors as JSON', async () => {
    const run = (mode: FakeMode) =>
      new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
        execFile(
          process.execPath,
          [cli.file, 'crpt', 'token', '--stand', world.emulator.trueApiBase, '--oms-connection', world.emulator.connection, '--signer', 'csptest', '--thumbprint', thumbprint, '--cryptopro-path', fake.dir, '--pin-env', 'TA_PIN', '--json'],
          { env: { ...fake.env(mode), TA_PIN: '87654321' }, timeout: 20_000 },
          (error, stdout, stderr) => resolve({ code: error ? Number(error.code) : 0, stdout: String(stdout), stderr: String(stderr) }),
        );
      });
    const ok = await run('ok');
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout)).toHaveProperty('token');
    expect(await fake.args('csptest')).toEqual(expect.arrayContaining(['-password', '87654321']));
    const noKey = await run('no-key-access');
    expect(noKey.code).toBe(3);
    expect(JSON.parse(noKey.stdout).error.message).toContain('0x8009001F');
    expect(noKey.stderr).not.toContain('87654321');
    expect(noKey.stdout).not.toContain('87654321');
  });
});
