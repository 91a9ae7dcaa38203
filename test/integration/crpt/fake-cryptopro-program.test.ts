import { X509Certificate } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listCryptoProCertificates, parseCertmgrList } from '../../../electron/core/certificates/certmgr';
import { AppFailure } from '../../../electron/core/errors';
import { createCrptService } from '../../../electron/core/providers/crpt/client';
import { createCryptoProSigner } from '../../../electron/core/signing/cryptopro-signer';
import { cp1251, createFakeCryptoPro, type FakeCryptoPro } from './fake-cryptopro';
import { ping, startWorld, type CrptWorld } from './setup';

/**
 * The CryptoPro stand-ins the Windows tests use (fake-cryptopro-program.cjs built into a Node single-executable
 * application, copied as certmgr, cryptcp and csptest), run here through the app's own code: they must do what
 * the shell scripts do, or the Windows e2e tests would test a different fake. macOS would need the executable
 * re-signed after the injection; its tests use the scripts.
 */
let world: CrptWorld;
let fake: FakeCryptoPro;
let thumbprint: string;
let listing: string;

describe.runIf(process.platform !== 'darwin')('the CryptoPro stand-ins built as executables', () => {
  beforeAll(async () => {
    world = await startWorld();
    thumbprint = new X509Certificate(await readFile(world.pki.user.cert)).fingerprint.replace(/:/g, '');
    listing = (await readFile(new URL('../../unit/crpt/fixtures/certmgr-list-umy.txt', import.meta.url), 'utf8')).replace(/\n/g, '\r\n');
    fake = await createFakeCryptoPro({ cert: world.pki.user.cert, key: world.pki.user.key, thumbprint, opensslEnv: world.pki.env, certmgrList: cp1251(listing) }, 'executable');
  }, 120_000);
  afterAll(async () => {
    await Promise.all([world?.close(), fake?.cleanup()]);
  });

  const signer = (tool: 'cryptcp' | 'csptest', mode: 'ok' | 'no-key-access' = 'ok') =>
    createCryptoProSigner({ tool, thumbprint: thumbprint.toLowerCase(), chosenFolder: fake.dir, env: fake.env(mode) });

  it('certmgr lists the captured store, in cp1251, and records its arguments', async () => {
    const list = await listCryptoProCertificates({ chosenFolder: fake.dir, env: fake.env('ok') });
    expect(list.length).toBeGreaterThan(0);
    expect(list).toEqual(parseCertmgrList(listing));
    expect(await fake.args('certmgr')).toEqual(['-list', '-store', 'uMy']);
    expect(await listCryptoProCertificates({ chosenFolder: fake.dir, env: fake.env('empty') })).toEqual([]);
  });

  it.each(['cryptcp', 'csptest'] as const)('%s signs with the real openssl, and the stand accepts the signature', async (tool) => {
    const result = await createCrptService().getClientToken({ trueApiBase: world.emulator.trueApiBase, omsConnection: world.emulator.connection, signer: signer(tool) });
    expect(await ping(world.emulator, result.token)).toBe(200);
    expect(await fake.args(tool)).toContain(thumbprint.toUpperCase());
  });

  it('prints CryptoPro’s own error text in cp1251, which the app reads as Russian', async () => {
    const failure = await signer('cryptcp', 'no-key-access')
      .sign(Buffer.from('x'), { detached: true })
      .then(
        () => null,
        (error: unknown) => error,
      );
    expect(failure).toBeInstanceOf(AppFailure);
    expect((failure as AppFailure).message).toMatch(/нет доступа к контейнеру закрытого ключа \(0x8009001F\)/);
  });
});
