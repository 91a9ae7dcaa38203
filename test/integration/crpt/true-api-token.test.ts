/**
 * The True API token (issue #11): `POST {trueApi}/auth/simpleSignIn` without omsConnection,
 * through the provider and through the core router, against the stand emulator with real
 * openssl signatures. A СУЗ token and a True API token are different things: each opens only its own door.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCrptService, crptSignIn } from '../../../electron/core/providers/crpt/client';
import { importedSettings } from '../../../electron/core/vault/import-payload';
import type { Result } from '../../../shared/ipc/result';
import type { TokenView } from '../../../shared/model/types';
import { startTestCore, type TestCore } from '../../support/test-core';
import type { StandEmulator } from '../../fixtures/stand-emulator/emulator';
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

async function participantStatus(emulator: StandEmulator, token: string): Promise<number> {
  const response = await fetch(`${emulator.trueApiBase}/participants/me`, { headers: { authorization: `Bearer ${token}` } });
  await response.arrayBuffer();
  return response.status;
}

function setup(overrides: Record<string, unknown> = {}) {
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

beforeAll(async () => {
  world = await startWorldForApp();
  t = await startTestCore({ now: new Date() });
  organisationId = value(await call<{ id: string }>('saveOrganisation', { name: 'ООО «Ромашка»', taxId: '' })).id;
  t.signerPicker.files.push(world.pki.user.cert, world.pki.user.key);
  for (const which of ['certificate', 'key'] as const) value(await call('crptChooseSignerFile', { which }));
});

afterAll(async () => {
  await t?.core.dispose();
  t?.cleanup();
  await world?.close();
});

describe('the True API token through the provider', () => {
  it('signIn with purpose trueapi posts to /auth/simpleSignIn and gets a 10-hour token True API accepts and СУЗ refuses', async () => {
    const before = world.emulator.signIns.length;
    const result = await createCrptService().signIn({ purpose: 'trueapi', trueApiBase: world.emulator.trueApiBase, signer: world.signer });
    expect(Date.parse(result.expiresAt) - Date.parse(result.obtainedAt)).toBe(10 * 60 * 60 * 1000);
    expect(world.emulator.signIns.slice(before)).toEqual([{ omsConnection: '', purpose: 'trueapi', status: 200, reason: 'token issued' }]);
    expect(await participantStatus(world.emulator, result.token)).toBe(200);
    expect(await ping(world.emulator, result.token)).toBe(401);
  });

  it('signIn with purpose suz still goes to /auth/simpleSignIn/{omsConnection}; its token is not a True API one', async () => {
    const result = await crptSignIn({ purpose: 'suz', trueApiBase: world.emulator.trueApiBaseV4, omsConnection: world.emulator.connection, signer: world.signer });
    expect(world.emulator.signIns.at(-1)).toMatchObject({ purpose: 'suz', omsConnection: world.emulator.connection, status: 200 });
    expect(await ping(world.emulator, result.token)).toBe(200);
    expect(await participantStatus(world.emulator, result.token)).toBe(401);
  });

  it('two identical True API sign-ins at once share one request', async () => {
    const service = createCrptService();
    const before = world.emulator.signIns.length;
    const request = { purpose: 'trueapi' as const, trueApiBase: world.emulator.trueApiBase, signer: world.signer };
    const [a, b] = await Promise.all([service.signIn(request), service.signIn(request)]);
    expect(a.token).toBe(b.token);
    expect(world.emulator.signIns.length - before).toBe(1);
  });
});

describe('the True API token through the core router', () => {
  it('saves a record with purpose trueapi, no omsConnection, and the True API system name', async () => {
    const before = world.emulator.signIns.length;
    const token = value(await call<TokenView>('crptSetupConnection', setup()));
    expect(token.settings.purpose).toBe('trueapi');
    expect(token.settings).not.toHaveProperty('omsConnection');
    expect(token.systemName).toBe('True API');
    expect(token.label).toBe('Честный знак, True API');
    expect(world.emulator.signIns.slice(before)).toEqual([expect.objectContaining({ purpose: 'trueapi', status: 200 })]);
    const secret = value(await call<{ secret: string }>('revealToken', { tokenId: token.id })).secret;
    expect(await participantStatus(world.emulator, secret)).toBe(200);

    // A refresh signs in for True API again, and the record stays a True API one.
    const renewed = value(await call<TokenView>('crptRefreshToken', { tokenId: token.id }));
    expect(renewed.settings.purpose).toBe('trueapi');
    expect(world.emulator.signIns.at(-1)).toMatchObject({ purpose: 'trueapi', status: 200 });
    value(await call('deleteToken', { tokenId: renewed.id }));
  });

  it('refuses an omsConnection on a True API request before anything is signed or sent', async () => {
    const before = world.emulator.counts['auth-key'];
    const result = await call<TokenView>('crptSetupConnection', setup({ omsConnection: world.emulator.connection }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.field).toBe('omsConnection');
    expect(result.error.message).toContain('только для токена СУЗ');
    expect(world.emulator.counts['auth-key']).toBe(before);
  });

  it('a request without purpose is a СУЗ one, and so is a record from an older vault without purpose', async () => {
    const { purpose: _purpose, ...withoutPurpose } = setup({ omsConnection: world.emulator.connection });
    const token = value(await call<TokenView>('crptSetupConnection', withoutPurpose));
    expect(token.settings.purpose).toBe('suz');
    // An older vault: the same record as the previous version saved it, without the purpose setting.
    const { purpose: _stored, ...olderSettings } = token.settings;
    await t.core.vault.saveToken(
      {
        organisationId,
        kind: 'crpt',
        label: token.label,
        systemName: token.systemName,
        techEmail: '',
        secret: 'older-token',
        expiresAt: token.expiresAt,
        notes: '',
        replacesTokenId: token.id,
        settings: olderSettings,
      },
      {},
      { confirmHost: new URL(world.emulator.url).origin },
    );
    const renewed = value(await call<TokenView>('crptRefreshToken', { tokenId: token.id }));
    expect(world.emulator.signIns.at(-1)).toMatchObject({ purpose: 'suz', omsConnection: world.emulator.connection, status: 200 });
    expect(renewed.settings.purpose).toBe('suz');
  });
});

describe('an imported purpose', () => {
  it('comes in when it is suz or trueapi, and nothing else does', () => {
    expect(importedSettings('crpt', { purpose: 'trueapi' })).toEqual({ purpose: 'trueapi' });
    expect(importedSettings('crpt', { purpose: 'suz' })).toEqual({ purpose: 'suz' });
    expect(importedSettings('crpt', { purpose: 'oms' })).toEqual({});
    expect(importedSettings('crpt', { purpose: 'TRUEAPI' })).toEqual({});
  });
});
