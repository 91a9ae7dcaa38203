/**
 * «Токен в один клик» through the real core router: the crpt requests against the
 * stand emulator with an OpenSSL test key, the vault on disk, the history on renewal.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Result } from '../../../shared/ipc/result';
import type { TokenView } from '../../../shared/model/types';
import { startTestCore, type TestCore } from '../../support/test-core';
import { ping, startWorldForApp, type CrptWorld } from './setup';

let world: CrptWorld;
let t: TestCore;
let organisationId: string;

async function call<T>(name: string, payload: unknown): Promise<Result<T>> {
  return (await t.core.router.handle(name, payload)) as Result<T>;
}

function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}

function setup(overrides: Record<string, unknown> = {}) {
  return {
    organisationId,
    label: 'СУЗ, склад 1',
    stand: 'custom',
    trueApiBase: world.emulator.trueApiBase,
    omsConnection: world.emulator.connection,
    signer: { kind: 'openssl', certPath: world.pki.user.cert, keyPath: world.pki.user.key },
    autoRefresh: false,
    // The emulator's address is typed in the set-up screen: that confirms it for the record.
    confirmTypedHost: true,
    ...overrides,
  };
}

const crptTokens = () =>
  t.core.vault
    .snapshot()
    .organisations.flatMap((organisation) => organisation.tokens)
    .filter((token) => token.kind === 'crpt');

beforeAll(async () => {
  // The app signs with the openssl on PATH and the process's environment (OPENSSL_CONF loads the GOST engine).
  world = await startWorldForApp();
  t = await startTestCore({ now: new Date() });
  organisationId = value(await call<{ id: string }>('saveOrganisation', { name: 'ООО «Ромашка»', taxId: '' })).id;
  // The user picks the files in main's dialog once; only picked files are accepted afterwards.
  t.signerPicker.files.push(world.pki.user.cert, world.pki.user.key, world.pki.stranger.cert, world.pki.stranger.key);
  for (const which of ['certificate', 'key', 'certificate', 'key'] as const) value(await call('crptChooseSignerFile', { which }));
});

afterAll(async () => {
  await t?.core.dispose();
  t?.cleanup();
  await world?.close();
});

describe('crpt through the core router', () => {
  it('inspects the certificate file: owner, ИНН, validity', async () => {
    const { certificates } = value(
      await call<{ certificates: { owner: string; taxId: string; validTo: string }[] }>('crptInspectCertificate', { signer: 'openssl', certPath: world.pki.user.cert }),
    );
    expect(certificates).toHaveLength(1);
    expect(certificates[0]?.taxId).toBe(world.pki.user.innLe);
    expect(Date.parse(certificates[0]?.validTo ?? '')).toBeGreaterThan(Date.now());
  });

  it('an ИНН that is not the certificate’s is sent as it is: seed 004’s inn is the МЧД participant’s', async () => {
    const result = await call<TokenView>('crptSetupConnection', setup({ inn: world.pki.stranger.innLe }));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.settings.inn).toBe(world.pki.stranger.innLe);
    expect((await call('deleteToken', { tokenId: result.value.id })).ok).toBe(true);
    expect(crptTokens()).toHaveLength(0);
  });

  it('a certificate the CA did not issue is refused and nothing is saved', async () => {
    const result = await call<TokenView>('crptSetupConnection', setup({ signer: { kind: 'openssl', certPath: world.pki.stranger.cert, keyPath: world.pki.stranger.key } }));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toContain('Подпись недействительна');
    expect(crptTokens()).toHaveLength(0);
  });

  let first: TokenView;
  let firstSecret: string;

  it('crptSetupConnection gets a token the stand accepts and saves it with its settings, no key material', async () => {
    first = value(await call<TokenView>('crptSetupConnection', setup()));
    expect(first.kind).toBe('crpt');
    expect(first.label).toBe('СУЗ, склад 1');
    expect(Date.parse(first.expiresAt ?? '') - Date.parse(first.obtainedAt)).toBeLessThanOrEqual(10 * 3600_000);
    expect(Date.parse(first.expiresAt ?? '') - Date.now()).toBeGreaterThan(9.9 * 3600_000);
    expect(first.settings).toMatchObject({ stand: 'custom', omsConnection: world.emulator.connection, signer: 'openssl', certPath: world.pki.user.cert, autoRefresh: 'off' });
    expect(first.certificateExpiresAt).not.toBeNull();
    firstSecret = value(await call<{ secret: string }>('revealToken', { tokenId: first.id })).secret;
    expect(world.emulator.tokenStatus(firstSecret)).toBe('live');
    expect(await ping(world.emulator, firstSecret)).toBe(200);
    expect(crptTokens()).toHaveLength(1);
  });

  it('crptRefreshToken renews in place: the old one goes to history and the stand says it is dead', async () => {
    const renewed = value(await call<TokenView>('crptRefreshToken', { tokenId: first.id }));
    expect(renewed.id).toBe(first.id);
    expect(renewed.history).toHaveLength(1);
    expect(renewed.history[0]?.hint).toBe(first.hint);
    expect(renewed.settings.omsConnection).toBe(world.emulator.connection);
    const secret = value(await call<{ secret: string }>('revealToken', { tokenId: first.id })).secret;
    expect(secret).not.toBe(firstSecret);
    expect(world.emulator.tokenStatus(firstSecret)).toBe('replaced');
    expect(await ping(world.emulator, firstSecret)).toBe(401);
    expect(await ping(world.emulator, secret)).toBe(200);
    expect(crptTokens()).toHaveLength(1);
  });

  it('a refresh that fails keeps the saved token as it was', async () => {
    world.emulator.inject('sign-in', { kind: 'error-200', code: '2', message: 'Доступ запрещён' });
    const before = crptTokens()[0];
    const result = await call<TokenView>('crptRefreshToken', { tokenId: first.id });
    world.emulator.clearFaults();
    expect(result.ok).toBe(false);
    expect(crptTokens()[0]).toEqual(before);
  });

  it('crptRegisterConnection registers an installation and its connection gets a token', async () => {
    const registered = value(
      await call<{ status: string; omsConnection?: string }>('crptRegisterConnection', {
        suzBase: world.emulator.suzBase,
        omsId: world.emulator.omsId,
        registrationKey: world.emulator.registrationKey,
        address: 'г. Москва, ул. Тестовая, 1',
        name: 'Склад 2',
        signer: { kind: 'openssl', certPath: world.pki.user.cert, keyPath: world.pki.user.key },
        confirmTypedHost: true,
      }),
    );
    expect(registered.status).toBe('SUCCESS');
    const second = value(await call<TokenView>('crptSetupConnection', setup({ omsConnection: registered.omsConnection, label: 'Склад 2' })));
    expect(second.settings.omsConnection).toBe(registered.omsConnection);
    expect(crptTokens()).toHaveLength(2);
  });

  it('refuses a refresh of a token that is not a crpt one', async () => {
    const other = value(
      await call<TokenView>('saveToken', {
        organisationId,
        kind: 'oais',
        label: 'ОАИС',
        systemName: 'buh_1c',
        techEmail: 'it@example.by',
        secret: 'a085d755-1d26-3af1-a2b8-e34759278719',
        expiresAt: new Date(Date.now() + 30 * 86_400_000).toISOString(),
        notes: '',
      }),
    );
    const result = await call<TokenView>('crptRefreshToken', { tokenId: other.id });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toContain('Честному знаку');
    const toggled = await call<TokenView>('crptSetAutoRefresh', { tokenId: other.id, on: true });
    expect(toggled.ok).toBe(false);
    expect(t.core.vault.snapshot().organisations[0]?.tokens.find((token) => token.id === other.id)?.settings.autoRefresh).toBeUndefined();
  });

  it('crptSetAutoRefresh switches automatic refresh off and forgets a past failure; on a custom stand it cannot be switched on', async () => {
    t.core.vault.updateTokenSettings(first.id, { autoRefreshFailed: 'true' });
    const off = value(await call<TokenView>('crptSetAutoRefresh', { tokenId: first.id, on: false }));
    expect(off.settings).toMatchObject({ autoRefresh: 'off', autoRefreshFailed: 'false', omsConnection: world.emulator.connection });
    const on = await call<TokenView>('crptSetAutoRefresh', { tokenId: first.id, on: true });
    expect(on.ok).toBe(false);
    if (!on.ok) expect(on.error).toMatchObject({ code: 'invalid_field', field: 'autoRefresh', message: expect.stringContaining('официальных стендах') });
    expect(crptTokens().find((token) => token.id === first.id)?.settings.autoRefresh).toBe('off');
  });
});
