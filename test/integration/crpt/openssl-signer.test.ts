import { execFileSync } from 'node:child_process';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppFailure } from '../../../electron/core/errors';
import { createOpensslSigner } from '../../../electron/core/signing/openssl-signer';
import { createSigner } from '../../../electron/core/signing/create-signer';
import { createTestPki, type TestPki } from '../../fixtures/openssl/test-pki';
import { cmsHasContent } from '../../fixtures/stand-emulator/der';

let pki: TestPki;
beforeAll(async () => {
  pki = await createTestPki();
});
afterAll(async () => {
  await pki.cleanup();
});

async function failureOf(promise: Promise<unknown>): Promise<AppFailure> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppFailure) return error;
    throw error;
  }
  throw new Error('expected a failure');
}

function verify(signatureBase64: string, content?: string): string {
  const dir = pki.dir;
  const sig = join(dir, `v-${Math.random().toString(36).slice(2)}.der`);
  execFileSync('sh', ['-c', 'cat > "$1"', 'sh', sig], { input: Buffer.from(signatureBase64, 'base64') });
  const args = ['cms', '-verify', '-binary', '-inform', 'DER', '-in', sig, '-CAfile', pki.caCert, '-purpose', 'any'];
  if (content !== undefined) {
    const file = `${sig}.content`;
    execFileSync('sh', ['-c', 'cat > "$1"', 'sh', file], { input: content });
    args.push('-content', file);
  }
  return execFileSync('openssl', args, { env: pki.env, stdio: ['ignore', 'pipe', 'ignore'] }).toString('utf8');
}

describe(`openssl signer (${process.env.TA_TEST_SIGNATURE_ALG === 'ecdsa' ? 'ECDSA forced' : 'GOST when the engine is there'})`, () => {
  it('makes an attached CMS that openssl verifies against the CA, with the data inside', async () => {
    const signer = createOpensslSigner({ certPath: pki.user.cert, keyPath: pki.user.key, env: pki.env });
    const signature = await signer.sign(Buffer.from('GNUFBAZBMPIUUMLXNMIOGSHTGFXZM'), { detached: false });
    expect(signature).toMatch(/^[A-Za-z0-9+/]+=*$/);
    expect(cmsHasContent(Buffer.from(signature, 'base64'))).toBe(true);
    expect(verify(signature)).toBe('GNUFBAZBMPIUUMLXNMIOGSHTGFXZM');
  });

  it('makes a detached CMS over the exact bytes', async () => {
    const body = '{"address":"г. Москва, ул. Тестовая, 1"}';
    const signature = await createSigner({ kind: 'openssl', certPath: pki.user.cert, keyPath: pki.user.key }, { env: pki.env }).sign(Buffer.from(body), { detached: true });
    expect(cmsHasContent(Buffer.from(signature, 'base64'))).toBe(false);
    expect(verify(signature, body)).toBe(body);
    expect(() => verify(signature, `${body} `)).toThrow();
  });

  it('removes its temporary files, also when signing fails', async () => {
    // A temporary folder of this test alone: other test files sign at the same time.
    const privateTmp = join(pki.dir, 'tmp');
    await mkdir(privateTmp);
    const saved = process.env.TMPDIR;
    process.env.TMPDIR = privateTmp;
    try {
      expect(tmpdir()).toBe(privateTmp);
      await createOpensslSigner({ certPath: pki.user.cert, keyPath: pki.user.key, env: pki.env }).sign(Buffer.from('x'), { detached: false });
      await failureOf(createOpensslSigner({ certPath: pki.user.cert, keyPath: pki.stranger.key, env: pki.env }).sign(Buffer.from('x'), { detached: false }));
      expect(await readdir(privateTmp)).toEqual([]);
    } finally {
      if (saved === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = saved;
    }
  });

  it('explains the usual OpenSSL failures in Russian', async () => {
    const sign = (options: Partial<Parameters<typeof createOpensslSigner>[0]>) =>
      failureOf(createOpensslSigner({ certPath: pki.user.cert, keyPath: pki.user.key, env: pki.env, ...options }).sign(Buffer.from('x'), { detached: false }));
    const noCert = await sign({ certPath: join(pki.dir, 'missing.pem') });
    expect(noCert).toMatchObject({ code: 'invalid_field', field: 'certPath', message: expect.stringContaining('Файл не найден: «missing.pem»') });
    const noKey = await sign({ keyPath: join(pki.dir, 'missing.key') });
    expect(noKey).toMatchObject({ code: 'invalid_field', field: 'keyPath', message: expect.stringContaining('Файл не найден: «missing.key»') });
    const notAKey = join(pki.dir, 'not-a-key.pem');
    await writeFile(notAKey, 'not a key\n');
    expect((await sign({ keyPath: notAKey })).message).toContain('закрытый ключ «not-a-key.pem»');
    const mismatch = await sign({ keyPath: pki.stranger.key });
    expect(mismatch.message).toContain('не подходит к сертификату');
    const noOpenssl = await sign({ opensslPath: '/nonexistent/openssl' });
    expect(noOpenssl.code).toBe('signer_unavailable');
    expect(noOpenssl.message).toContain('Установите OpenSSL');
  });

  it('a wrong key password is refused without asking on the terminal', async () => {
    const encrypted = join(pki.dir, 'enc.key');
    execFileSync('openssl', ['pkey', '-in', pki.user.key, '-out', encrypted, '-aes256', '-passout', 'pass:right'], { env: pki.env });
    const good = await createOpensslSigner({ certPath: pki.user.cert, keyPath: encrypted, keyPassword: 'right', env: pki.env }).sign(Buffer.from('x'), { detached: false });
    expect(verify(good)).toBe('x');
    const wrong = await failureOf(
      createOpensslSigner({ certPath: pki.user.cert, keyPath: encrypted, keyPassword: 'wrong', env: pki.env }).sign(Buffer.from('x'), { detached: false }),
    );
    expect(wrong.message).toContain('пароль');
    const none = await failureOf(createOpensslSigner({ certPath: pki.user.cert, keyPath: encrypted, env: pki.env, timeoutMs: 5000 }).sign(Buffer.from('x'), { detached: false }));
    expect(none.code).toBe('signing_failed');
  });

  it('a GOST key without the engine says how to load it (GOST runs only)', async () => {
    if (pki.algorithm !== 'gost2012_256') return;
    const bare = join(pki.dir, 'no-engine.cnf');
    await writeFile(bare, 'openssl_conf = openssl_init\n[openssl_init]\n');
    const failure = await failureOf(
      createOpensslSigner({ certPath: pki.user.cert, keyPath: pki.user.key, env: { ...pki.env, OPENSSL_CONF: bare } }).sign(Buffer.from('x'), { detached: false }),
    );
    expect(failure.message).toContain('libengine-gost-openssl');
  });
});
