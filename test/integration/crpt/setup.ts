/** Shared set-up of the crpt integration tests: a throw-away PKI, the stand emulator, an OpenSSL signer. */
import { createOpensslSigner } from '../../../electron/core/signing/openssl-signer';
import type { Signer } from '../../../electron/core/signing/signer';
import { createTestPki, type TestPki } from '../../fixtures/openssl/test-pki';
import { startStandEmulator, type EmulatorOptions, type StandEmulator } from '../../fixtures/stand-emulator/emulator';

export interface CrptWorld {
  pki: TestPki;
  emulator: StandEmulator;
  signer: Signer;
  strangerSigner: Signer;
  close(): Promise<void>;
}

let announced = false;

export async function startWorld(options: Partial<EmulatorOptions> = {}): Promise<CrptWorld> {
  const pki = await createTestPki();
  if (!announced) {
    announced = true;
    console.info(
      `[crpt tests] signature algorithm: ${pki.algorithm === 'gost2012_256' ? 'GOST R 34.10-2012 (256, paramset A) via the gost engine' : `ECDSA P-256 (${process.env.TA_TEST_SIGNATURE_ALG === 'ecdsa' ? 'forced by TA_TEST_SIGNATURE_ALG' : 'gost engine not found'})`}`,
    );
  }
  const emulator = await startStandEmulator({ caFile: pki.caCert, opensslEnv: pki.env, ...options });
  const signer = createOpensslSigner({ certPath: pki.user.cert, keyPath: pki.user.key, env: pki.env });
  const strangerSigner = createOpensslSigner({ certPath: pki.stranger.cert, keyPath: pki.stranger.key, env: pki.env });
  return {
    pki,
    emulator,
    signer,
    strangerSigner,
    async close() {
      await emulator.close();
      await pki.cleanup();
    },
  };
}

/**
 * startWorld() for tests whose code under test signs with the openssl on PATH and this
 * process's environment, as the app's signer does: OPENSSL_CONF points at the PKI's
 * (it loads the GOST engine) until close(), which puts the previous value back.
 */
export async function startWorldForApp(options: Partial<EmulatorOptions> = {}): Promise<CrptWorld> {
  const savedConf = process.env.OPENSSL_CONF;
  const world = await startWorld(options);
  if (world.pki.env.OPENSSL_CONF) process.env.OPENSSL_CONF = world.pki.env.OPENSSL_CONF;
  return {
    ...world,
    async close() {
      if (savedConf === undefined) delete process.env.OPENSSL_CONF;
      else process.env.OPENSSL_CONF = savedConf;
      await world.close();
    },
  };
}

/** A signer that always makes a detached signature, whatever it is asked for. */
export function detachedOnly(inner: Signer): Signer {
  return { kind: inner.kind, sign: (data, options) => inner.sign(data, { ...options, detached: true }) };
}

/** A СУЗ `ping` with the clientToken header: 200 while the token is live. */
export async function ping(emulator: StandEmulator, token: string): Promise<number> {
  const response = await fetch(`${emulator.suzBase}/api/v3/ping?omsId=${emulator.omsId}`, { headers: { clientToken: token } });
  await response.arrayBuffer();
  return response.status;
}
