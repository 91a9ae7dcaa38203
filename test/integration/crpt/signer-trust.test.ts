/**
 * Issue 9, items 2 and 9, as an attacker would try them: the page (a router request)
 * names a program or a file, an old vault carries a program path, main's dialog hands
 * over a network path or a program of another name, a certificate «file» is /dev/zero,
 * a FIFO or a folder. Each time nothing runs, nothing hangs, and the user is told what
 * is wrong. The programs offered are scripts that would leave a marker file if run.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { readCertificateFile } from '../../../electron/core/certificates/parse-x509';
import { acceptChosenCryptoProTool } from '../../../electron/core/signing/cryptopro-choice';
import { resolveOpenssl } from '../../../electron/core/signing/find-openssl';
import { createOpensslSigner } from '../../../electron/core/signing/openssl-signer';
import type { RequestName } from '../../../shared/ipc/channels';
import { failure, call } from '../../support/router-calls';
import { startTestCore, type TestCore } from '../../support/test-core';
import { startWorld, type CrptWorld } from './setup';

const posix = process.platform !== 'win32';
const THUMBPRINT = '8F3A1C9B2D4E5F60718293A4B5C6D7E8F9012345';
const LISTING = new URL('../../unit/crpt/fixtures/certmgr-list-umy.txt', import.meta.url).pathname;

let dir: string;
let marker: string;
let evil: string;
let t: TestCore;
let world: CrptWorld;

/** A program that, if anything ever ran it, would leave the marker file behind. */
async function trap(path: string): Promise<string> {
  await writeFile(path, `#!/bin/sh\necho "$@" >> '${marker}'\n`);
  await chmod(path, 0o755);
  return path;
}

/** Sends a request as the page would, bypassing the typed API: what a script in the page can do. */
const raw = (name: string, payload: unknown) => t.core.router.handle(name as RequestName, payload as never);

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ta-signer-trust-'));
  marker = join(dir, 'a-program-ran');
  evil = await trap(join(dir, 'evil.sh'));
  world = await startWorld();
});
afterAll(async () => {
  await world?.close();
  await rm(dir, { recursive: true, force: true });
});
afterEach(async () => {
  await t?.core.dispose();
  t?.cleanup();
});

describe.runIf(posix)('the page cannot name a program', () => {
  it('crptInspectCertificate and crptSetupConnection with a toolPath are refused by the contract, and nothing runs', async () => {
    t = await startTestCore({ now: new Date() });
    const { id: organisationId } = await call(t, 'saveOrganisation', { name: 'ООО «Ромашка»', taxId: '' });
    const inspect = await raw('crptInspectCertificate', { signer: 'cryptcp', toolPath: evil });
    expect(inspect).toMatchObject({ ok: false, error: { code: 'invalid_payload' } });
    const setup = await raw('crptSetupConnection', {
      organisationId,
      label: 'x',
      stand: 'custom',
      trueApiBase: world.emulator.trueApiBase,
      omsConnection: world.emulator.connection,
      signer: { kind: 'cryptcp', thumbprint: THUMBPRINT, toolPath: evil },
      autoRefresh: true,
    });
    expect(setup).toMatchObject({ ok: false, error: { code: 'invalid_payload' } });
    expect(existsSync(marker)).toBe(false);
  });

  it('a program path slipped into a token’s settings through saveToken is refused', async () => {
    t = await startTestCore({ now: new Date() });
    const { id: organisationId } = await call(t, 'saveOrganisation', { name: 'ООО «Ромашка»', taxId: '' });
    const refused = await failure(t, 'saveToken', {
      organisationId,
      kind: 'crpt',
      label: 'СУЗ',
      systemName: '',
      techEmail: '',
      secret: 'a'.repeat(36),
      expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
      notes: '',
      settings: { signer: 'cryptcp', thumbprint: THUMBPRINT, toolPath: evil, trueApiBase: world.emulator.trueApiBase, omsConnection: world.emulator.connection },
    });
    expect(refused).toMatchObject({ code: 'invalid_field', field: 'toolPath' });
    expect(existsSync(marker)).toBe(false);
  });

  it('a vault that still holds a toolPath never runs it: a refresh looks only in the CryptoPro folders, and reopening drops it', async () => {
    t = await startTestCore({ now: new Date() });
    const { id: organisationId } = await call(t, 'saveOrganisation', { name: 'ООО «Ромашка»', taxId: '' });
    // As an older version (or a crafted file) left it: written by the vault itself, not through the page.
    const token = await t.core.vault.saveToken({
      organisationId,
      kind: 'crpt',
      label: 'СУЗ',
      systemName: '',
      techEmail: '',
      secret: 'b'.repeat(36),
      expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
      notes: '',
      settings: { stand: 'custom', signer: 'cryptcp', thumbprint: THUMBPRINT, toolPath: evil, trueApiBase: world.emulator.trueApiBase, omsConnection: world.emulator.connection },
    });
    // The user confirmed the stand (issue #9): what stops the refresh is the signer, not the host.
    await call(t, 'confirmHost', { tokenId: token.id, origin: new URL(world.emulator.trueApiBase).origin });
    const refresh = await failure(t, 'crptRefreshToken', { tokenId: token.id });
    expect(refresh.code).toBe('signer_unavailable');
    expect(refresh.message).not.toContain(evil);
    expect(existsSync(marker)).toBe(false);

    const reopened = await t.reopen();
    await t.core.dispose();
    t = reopened;
    const settings = t.core.vault.snapshot().organisations[0]?.tokens[0]?.settings ?? {};
    expect(settings).not.toHaveProperty('toolPath');
    expect(settings).toMatchObject({ signer: 'cryptcp', thumbprint: THUMBPRINT });
  });
});

describe.runIf(posix)('main’s dialog for CryptoPro: only cryptcp, csptest, certmgr, never a network path', () => {
  it('refuses what the dialog hands over unless it is one of the three programs, then lists the store from the chosen folder', async () => {
    t = await startTestCore({ now: new Date() });
    const folder = join(dir, 'cprocsp');
    await mkdir(join(folder, 'cryptcp'), { recursive: true }); // a folder named like the program
    await trap(join(folder, 'evil.exe'));
    await trap(join(folder, 'cryptcp.sh'));
    await writeFile(join(folder, 'certmgr'), `#!/bin/sh\necho "$@" > '${join(folder, 'certmgr.args')}'\ncat '${LISTING}'\n`);
    await chmod(join(folder, 'certmgr'), 0o755);

    const offered: [string, RegExp][] = [
      ['\\\\evil-server\\share\\cryptcp', /сетевого пути/],
      ['//evil-server/share/certmgr', /сетевого пути/],
      [join(folder, 'evil.exe'), /«evil\.exe».*cryptcp, csptest, certmgr/],
      [join(folder, 'cryptcp.sh'), /«cryptcp\.sh»/],
      [join(folder, 'cryptcp'), /не файл программы/],
      ['certmgr', /«certmgr»/],
    ];
    for (const [path, expected] of offered) {
      t.signerPicker.tools.push(path);
      const refused = await failure(t, 'crptChooseCryptoProFolder', {});
      expect(refused.code).toBe('invalid_field');
      expect(refused.message).toMatch(expected);
    }
    expect(t.core.vault.snapshot().settings.cryptoProFolder).toBeUndefined();
    // Cancelled: nothing changes.
    expect(await call(t, 'crptChooseCryptoProFolder', {})).toEqual({ folder: null });

    t.signerPicker.tools.push(join(folder, 'certmgr'));
    expect(await call(t, 'crptChooseCryptoProFolder', {})).toEqual({ folder });
    expect(t.core.vault.snapshot().settings.cryptoProFolder).toBe(folder);
    const { certificates } = await call(t, 'crptInspectCertificate', { signer: 'cryptcp' });
    expect(certificates.map((certificate) => certificate.thumbprint)).toContain(THUMBPRINT);
    expect(existsSync(marker)).toBe(false);
  });

  it('on Windows takes only the .exe of the three programs, case aside, and no \\\\?\\UNC path', async () => {
    const choose = (path: string) => acceptChosenCryptoProTool(path, { platform: 'win32', language: 'ru' }).catch((error: Error) => error.message);
    expect(await choose('C:\\CSP\\evil.exe')).toContain('«evil.exe»');
    expect(await choose('C:\\CSP\\cryptcp.bat')).toContain('«cryptcp.bat»');
    expect(await choose('\\\\?\\UNC\\server\\share\\cryptcp.exe')).toContain('сетевого пути');
    expect(await choose('\\\\server\\share\\CryptCP.EXE')).toContain('сетевого пути');
    expect(await choose('CSP\\cryptcp.exe')).toContain('«cryptcp.exe»');
  });

  it('the page cannot set the folder through updateSettings', async () => {
    t = await startTestCore({ now: new Date() });
    const refused = await raw('updateSettings', { cryptoProFolder: dir });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_payload' } });
  });
});

describe.runIf(posix)('certificate and key files: regular files of at most 64 KiB, picked in main’s dialog', () => {
  let fifo: string;
  let big: string;
  beforeAll(async () => {
    fifo = join(dir, 'cert.fifo');
    execFileSync('mkfifo', [fifo]);
    big = join(dir, 'big.pem');
    await writeFile(big, Buffer.alloc(65 * 1024, 0x41));
  });

  it('refuses /dev/zero, a FIFO, a folder and a 65 KiB file at once, with a reason, and a missing file as «Файл не найден»', { timeout: 10_000 }, async () => {
    t = await startTestCore({ now: new Date() });
    const cases: [string, RegExp][] = [
      ['/dev/zero', /не обычный файл/],
      [fifo, /не обычный файл/],
      [dir, /не обычный файл/],
      [big, /слишком большой \(65 КиБ\).*64 КиБ/],
      [join(dir, 'missing.pem'), /^Файл не найден: «missing\.pem»/],
    ];
    const started = Date.now();
    for (const [path, expected] of cases) {
      t.signerPicker.files.push(path);
      const refused = await failure(t, 'crptChooseSignerFile', { which: 'certificate' });
      expect(refused).toMatchObject({ code: 'invalid_field', field: 'certPath' });
      expect(refused.message).toMatch(expected);
      expect(refused.message).not.toContain('повреждён');
    }
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it('the page cannot name a file for the core to read: only a picked file is inspected', async () => {
    t = await startTestCore({ now: new Date() });
    for (const certPath of ['/dev/zero', world.pki.user.cert]) {
      const refused = await failure(t, 'crptInspectCertificate', { signer: 'openssl', certPath });
      expect(refused).toMatchObject({ code: 'invalid_field', field: 'certPath' });
      expect(refused.message).toContain('«Выбрать…»');
    }
    t.signerPicker.files.push(world.pki.user.cert);
    expect(await call(t, 'crptChooseSignerFile', { which: 'certificate' })).toEqual({ path: world.pki.user.cert });
    const { certificates } = await call(t, 'crptInspectCertificate', { signer: 'openssl', certPath: world.pki.user.cert });
    expect(certificates[0]?.taxId).toBe(world.pki.user.innLe);
  });

  it('the readers themselves refuse a FIFO and /dev/zero without waiting, whatever path reaches them', { timeout: 10_000 }, async () => {
    await expect(readCertificateFile(fifo)).rejects.toThrow(/не обычный файл/);
    await expect(readCertificateFile('/dev/zero')).rejects.toThrow(/не обычный файл/);
    const signer = createOpensslSigner({ certPath: world.pki.user.cert, keyPath: fifo, env: world.pki.env, timeoutMs: 60_000 });
    const started = Date.now();
    await expect(signer.sign(Buffer.from('x'), { detached: false })).rejects.toMatchObject({ code: 'invalid_field', field: 'keyPath' });
    expect(Date.now() - started).toBeLessThan(3000);
  });
});

describe.runIf(posix)('openssl is run by an absolute path', () => {
  it('an openssl found only through a relative PATH entry is not run', async () => {
    const local = join(dir, 'relbin');
    await mkdir(local, { recursive: true });
    await trap(join(local, 'openssl'));
    const env = { PATH: relative(process.cwd(), local) };
    await expect(resolveOpenssl(env, 'ru')).rejects.toThrow(/относительному пути/);
    const signer = createOpensslSigner({ certPath: world.pki.user.cert, keyPath: world.pki.user.key, env });
    await expect(signer.sign(Buffer.from('x'), { detached: false })).rejects.toMatchObject({ code: 'signer_unavailable' });
    expect(existsSync(marker)).toBe(false);
  });

  it('resolves openssl from the absolute PATH entries to an absolute path', async () => {
    const found = await resolveOpenssl({ PATH: `relbin:${process.env.PATH ?? ''}` }, 'ru');
    expect(found.startsWith('/')).toBe(true);
    expect(found.endsWith('/openssl')).toBe(true);
  });
});
