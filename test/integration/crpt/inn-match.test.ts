/**
 * Issue 13: the signing certificate is checked against the organisation before a Честный знак
 * token is asked for (real openssl-made certificates with ИНН ЮЛ / ИНН attributes, the stand
 * emulator, the real core router); the organisation's last stand and signer are remembered;
 * the CryptoPro store (a fake certmgr printing a captured listing in cp1251) is the default and
 * is listed for the picker.
 */
import { X509Certificate } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CrptSetupDefaults } from '../../../shared/ipc/features/crpt-contract';
import type { AppError, Result } from '../../../shared/ipc/result';
import type { TokenView } from '../../../shared/model/types';
import { startTestCore, type TestCore } from '../../support/test-core';
import { certmgrBlock, cp1251, createBakedFakeCryptoPro, listingWith, removeFakeTool, type FakeCryptoPro } from './fake-cryptopro';
import { startWorldForApp, type CrptWorld } from './setup';

const posix = process.platform !== 'win32';
let world: CrptWorld;
let t: TestCore;
let fake: FakeCryptoPro;
let userThumbprint: string;
let userNotAfter: string;

const call = async <T>(core: TestCore, name: string, payload: unknown) => (await core.core.router.handle(name, payload)) as Result<T>;
function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}
function failure(result: Result<unknown>): AppError {
  if (result.ok) throw new Error('expected a refusal');
  return result.error;
}

/** Tests here share a core and reuse numbers on purpose, so the duplicate УНП/ИНН warning is accepted. */
async function organisation(core: TestCore, taxId: string, name = 'ООО «Клиент»'): Promise<string> {
  return value(await call<{ id: string }>(core, 'saveOrganisation', { name, taxId, allowDuplicateTaxId: true })).id;
}

function setup(organisationId: string, overrides: Record<string, unknown> = {}) {
  return {
    organisationId,
    label: '',
    purpose: 'trueapi',
    stand: 'custom',
    trueApiBase: world.emulator.trueApiBase,
    omsConnection: '',
    signer: { kind: 'openssl', certPath: world.pki.user.cert, keyPath: world.pki.user.key },
    autoRefresh: false,
    confirmTypedHost: true,
    ...overrides,
  };
}

async function pickUserFiles(core: TestCore): Promise<void> {
  core.signerPicker.files.push(world.pki.user.cert, world.pki.user.key);
  for (const which of ['certificate', 'key'] as const) value(await call(core, 'crptChooseSignerFile', { which }));
}

beforeAll(async () => {
  world = await startWorldForApp();
  const certificate = new X509Certificate(await readFile(world.pki.user.cert));
  userThumbprint = certificate.fingerprint.replace(/:/g, '');
  userNotAfter = new Date(certificate.validTo).toISOString();
  const captured = await readFile(new URL('../../unit/crpt/fixtures/certmgr-list-umy.txt', import.meta.url), 'utf8');
  // The captured Windows listing (cp1251, CRLF) with the test PKI's user certificate added, so the fake cryptcp can sign with it.
  const listing = listingWith(captured, (number) => [certmgrBlock(number, world.pki.user, certificate)]).replace(/\n/g, '\r\n');
  fake = await createBakedFakeCryptoPro({
    cert: world.pki.user.cert,
    key: world.pki.user.key,
    thumbprint: userThumbprint,
    opensslEnv: world.pki.env,
    certmgrList: cp1251(listing),
  });
  t = await startTestCore({ now: new Date() });
  await pickUserFiles(t);
});

afterAll(async () => {
  await t?.core.dispose();
  t?.cleanup();
  await fake?.cleanup();
  await world?.close();
});

const tokens = (core: TestCore) => core.core.vault.snapshot().organisations.flatMap((entry) => entry.tokens);

describe('the certificate’s ИНН against the organisation’s', () => {
  it('a certificate of ИНН 7707083893 for a client with ИНН 7736050003 is stopped before anything is signed, naming both numbers', async () => {
    const id = await organisation(t, '7736050003');
    const before = world.emulator.signIns.length;
    const error = failure(await call(t, 'crptSetupConnection', setup(id)));
    expect(error.code).toBe('certificate_inn_mismatch');
    expect(error.message).toContain('7707083893');
    expect(error.message).toContain('7736050003');
    expect(error.message).toContain('ООО «Клиент»');
    expect(error.innMismatch).toEqual({ signedInn: '7707083893', organisationInn: '7736050003', source: 'certificate' });
    expect(world.emulator.signIns.length).toBe(before);
    expect(tokens(t).filter((token) => token.organisationId === id)).toEqual([]);
  });

  it('an acceptance of other numbers does not count; the user’s acceptance of these is kept on the record', async () => {
    const id = await organisation(t, '7736050003', 'ООО «Клиент 2»');
    const stale = failure(await call(t, 'crptSetupConnection', setup(id, { acceptInnMismatch: { signedInn: '7707083893', organisationInn: '7710140679' } })));
    expect(stale.code).toBe('certificate_inn_mismatch');
    const saved = value(await call<TokenView>(t, 'crptSetupConnection', setup(id, { acceptInnMismatch: { signedInn: '7707083893', organisationInn: '7736050003' } })));
    expect(saved.settings.innMismatchAccepted).toBe('7707083893/7736050003');
    expect(saved.certificateExpiresAt).toBe(userNotAfter);
    // A refresh of that record goes on without asking again (the automatic refresh uses the same request).
    const refreshed = value(await call<TokenView>(t, 'crptRefreshToken', { tokenId: saved.id }));
    expect(refreshed.settings.innMismatchAccepted).toBe('7707083893/7736050003');
  });

  it('a matching ИНН ЮЛ, a sole trader’s 12-digit ИНН, or an organisation without ИНН pass', async () => {
    for (const taxId of ['7707083893', world.pki.user.inn, '']) {
      const id = await organisation(t, taxId, `ООО «${taxId || 'без ИНН'}»`);
      const saved = value(await call<TokenView>(t, 'crptSetupConnection', setup(id)));
      expect(saved.settings.innMismatchAccepted).toBeUndefined();
      expect(saved.certificateExpiresAt).toBe(userNotAfter);
    }
  });

  it('with an МЧД ИНН, that ИНН is what must be the organisation’s (the certificate is the representative’s)', async () => {
    const id = await organisation(t, '7736050003', 'ООО «Доверитель»');
    value(await call<TokenView>(t, 'crptSetupConnection', setup(id, { inn: '7736050003' })));
    const error = failure(await call(t, 'crptSetupConnection', setup(id, { inn: '7710140679' })));
    expect(error.code).toBe('certificate_inn_mismatch');
    expect(error.field).toBe('inn');
    expect(error.innMismatch).toEqual({ signedInn: '7710140679', organisationInn: '7736050003', source: 'mchd' });
    expect(error.message).toMatch(/МЧД.*7710140679.*7736050003/);
  });

  it('a certificate file that is gone says «Файл не найден», not «файл повреждён», and nothing is signed', async () => {
    const gone = join(t.dataDir, 'gone.pem');
    await writeFile(gone, await readFile(world.pki.user.cert));
    t.signerPicker.files.push(gone);
    value(await call(t, 'crptChooseSignerFile', { which: 'certificate' }));
    const { rm } = await import('node:fs/promises');
    await rm(gone);
    const id = await organisation(t, '7707083893', 'ООО «Файл»');
    const before = world.emulator.signIns.length;
    const error = failure(await call(t, 'crptSetupConnection', setup(id, { signer: { kind: 'openssl', certPath: gone, keyPath: world.pki.user.key } })));
    expect(error.message).toContain('Файл не найден: «gone.pem»');
    expect(error.message).not.toMatch(/повреждён/);
    expect(world.emulator.signIns.length).toBe(before);
  });
});

describe('the organisation’s last stand and signer', () => {
  it('are remembered and prefilled; the remembered files work after a restart, for that organisation only', async () => {
    const id = await organisation(t, '7707083893', 'ООО «Память»');
    const other = await organisation(t, '7707083893', 'ООО «Другая»');
    const fresh = value(await call<CrptSetupDefaults>(t, 'crptSetupDefaults', { organisationId: id }));
    expect(fresh).toMatchObject({ remembered: false, stand: 'production', signer: { kind: 'openssl', certPath: '' } });
    value(await call<TokenView>(t, 'crptSetupConnection', setup(id)));
    const remembered = value(await call<CrptSetupDefaults>(t, 'crptSetupDefaults', { organisationId: id }));
    expect(remembered).toMatchObject({
      remembered: true,
      stand: 'custom',
      trueApiBase: world.emulator.trueApiBase,
      signer: { kind: 'openssl', certPath: world.pki.user.cert, keyPath: world.pki.user.key },
    });

    const restarted = await t.reopen();
    try {
      // Nothing picked in this run: the organisation's remembered files are accepted, for it alone.
      value(await call<TokenView>(restarted, 'crptSetupConnection', setup(id)));
      const certificates = value(
        await call<{ certificates: { taxId: string }[] }>(restarted, 'crptInspectCertificate', { signer: 'openssl', certPath: world.pki.user.cert, organisationId: id }),
      );
      expect(certificates.certificates[0]?.taxId).toBe('7707083893');
      expect(failure(await call(restarted, 'crptSetupConnection', setup(other))).field).toBe('certPath');
      expect(failure(await call(restarted, 'crptInspectCertificate', { signer: 'openssl', certPath: world.pki.user.cert, organisationId: other })).field).toBe('certPath');
    } finally {
      await restarted.core.dispose();
    }
  });

  it('the vault field is bounded: a path too long or an odd thumbprint never reaches the disk', () => {
    const id = t.core.vault.snapshot().organisations[0]?.id ?? '';
    expect(() => t.core.vault.rememberSigningDefaults(id, { stand: 'production', signer: 'openssl', certPath: 'x'.repeat(5000), keyPath: 'k' })).toThrow();
    expect(() => t.core.vault.rememberSigningDefaults(id, { stand: 'production', signer: 'cryptcp', thumbprint: 'not-hex' })).toThrow();
    expect(() => t.core.vault.rememberSigningDefaults('__proto__', { stand: 'production', signer: 'cryptcp' })).toThrow();
  });
});

describe.runIf(posix)('CryptoPro: the default where installed, the store listed, the ИНН checked', () => {
  let cp: TestCore;
  beforeAll(async () => {
    cp = await startTestCore({ now: new Date() });
    cp.signerPicker.tools.push(join(fake.dir, 'cryptcp'));
    value(await call(cp, 'crptChooseCryptoProFolder', {}));
  });
  afterAll(async () => {
    await cp?.core.dispose();
    cp?.cleanup();
  });

  it('with CryptoPro installed the set-up starts with cryptcp', async () => {
    const id = await organisation(cp, '7707083893');
    expect(value(await call<CrptSetupDefaults>(cp, 'crptSetupDefaults', { organisationId: id }))).toMatchObject({
      cryptoProInstalled: true,
      certmgrInstalled: true,
      remembered: false,
      signer: { kind: 'cryptcp' },
    });
    expect(value(await call<CrptSetupDefaults>(t, 'crptSetupDefaults', { organisationId: await organisation(t, '') }))).toMatchObject({
      cryptoProInstalled: false,
      signer: { kind: 'openssl' },
    });
  });

  it('lists the cp1251 store with owner, organisation, ИНН, ОГРН, thumbprint and validity', async () => {
    const { certificates } = value(
      await call<{ certificates: { owner: string; organisation: string; taxId: string; ogrn?: string; thumbprint: string; validTo: string }[] }>(cp, 'crptInspectCertificate', {
        signer: 'cryptcp',
      }),
    );
    expect(certificates).toHaveLength(4);
    expect(certificates[0]).toMatchObject({
      owner: 'ООО "Ромашка"',
      organisation: 'ООО "Ромашка"',
      taxId: '7707083893',
      ogrn: '1027700132195',
      thumbprint: '8F3A1C9B2D4E5F60718293A4B5C6D7E8F9012345',
      validTo: '2026-06-14T08:22:45.000Z',
    });
    expect(certificates[1]).toMatchObject({ owner: 'Петров Пётр Петрович', taxId: '500100732259', ogrn: '304500116000157' });
    expect(certificates[3]).toMatchObject({ thumbprint: userThumbprint, taxId: world.pki.user.innLe, validTo: userNotAfter });
  });

  it('a store certificate of another ИНН is stopped before cryptcp runs; accepted, the token comes signed by cryptcp', async () => {
    const id = await organisation(cp, '7736050003');
    const signer = { kind: 'cryptcp', thumbprint: userThumbprint.toLowerCase() };
    await writeFile(join(fake.dir, 'cryptcp.args'), '');
    const error = failure(await call(cp, 'crptSetupConnection', setup(id, { signer })));
    expect(error.innMismatch).toEqual({ signedInn: world.pki.user.innLe, organisationInn: '7736050003', source: 'certificate' });
    expect(await fake.args('cryptcp')).toEqual([]);
    const saved = value(
      await call<TokenView>(
        cp,
        'crptSetupConnection',
        setup(id, { signer, acceptInnMismatch: { signedInn: error.innMismatch?.signedInn, organisationInn: error.innMismatch?.organisationInn } }),
      ),
    );
    expect(await fake.args('cryptcp')).toContain(userThumbprint.toUpperCase());
    expect(saved.certificateExpiresAt).toBe(userNotAfter);
    expect(value(await call<CrptSetupDefaults>(cp, 'crptSetupDefaults', { organisationId: id }))).toMatchObject({
      remembered: true,
      signer: { kind: 'cryptcp', thumbprint: userThumbprint.toUpperCase() },
    });
  });

  it('«Проверить сертификат» without certmgr says to install CryptoPro CSP or choose its folder in Settings («Папка КриптоПро»)', async () => {
    await removeFakeTool(fake, 'certmgr');
    const error = failure(await call(cp, 'crptInspectCertificate', { signer: 'cryptcp', thumbprint: userThumbprint }));
    expect(error.code).toBe('signer_unavailable');
    expect(error.message).toContain('certmgr');
    expect(error.message).toContain('КриптоПро CSP');
    expect(error.message).toContain('«Папка КриптоПро»');
    expect(value(await call<CrptSetupDefaults>(cp, 'crptSetupDefaults', { organisationId: await organisation(cp, '') }))).toMatchObject({
      cryptoProInstalled: true,
      certmgrInstalled: false,
    });
  });
});
