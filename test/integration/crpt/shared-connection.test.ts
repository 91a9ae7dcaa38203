/**
 * Issue 10, point 18 (b): two records on one omsConnection kill each other's token at
 * every refresh (seed 004: one live token per connection). The core refuses it, on
 * obtaining and on «Изменить», with `crpt_shared_connection` next to the field, before
 * anything is signed, until the user accepts it knowingly. Real core, stand emulator,
 * real openssl signatures.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Result } from '../../../shared/ipc/result';
import type { TokenView } from '../../../shared/model/types';
import { startTestCore, type TestCore } from '../../support/test-core';
import { startWorldForApp, type CrptWorld } from './setup';

const SECOND_CONNECTION = randomUUID();

let world: CrptWorld;
let t: TestCore;
let romashka: string;
let lyutik: string;

async function call<T>(name: string, payload: unknown): Promise<Result<T>> {
  return (await t.core.router.handle(name, payload)) as Result<T>;
}

function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}

function setup(overrides: Record<string, unknown>) {
  return {
    organisationId: romashka,
    label: 'СУЗ, склад 1',
    stand: 'custom',
    trueApiBase: world.emulator.trueApiBase,
    omsConnection: world.emulator.connection,
    signer: { kind: 'openssl', certPath: world.pki.user.cert, keyPath: world.pki.user.key },
    autoRefresh: false,
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
  world = await startWorldForApp({ connections: [randomUUID(), SECOND_CONNECTION] });
  t = await startTestCore({ now: new Date() });
  romashka = value(await call<{ id: string }>('saveOrganisation', { name: 'ООО «Ромашка»', taxId: '' })).id;
  lyutik = value(await call<{ id: string }>('saveOrganisation', { name: 'ООО «Лютик»', taxId: '' })).id;
  t.signerPicker.files.push(world.pki.user.cert, world.pki.user.key);
  for (const which of ['certificate', 'key'] as const) value(await call('crptChooseSignerFile', { which }));
});

afterAll(async () => {
  await t?.core.dispose();
  t?.cleanup();
  await world?.close();
});

describe('one omsConnection, two records', () => {
  let first: TokenView;
  let firstSecret: string;

  it('a second record on the same connection is refused before anything is signed; the first token stays live', async () => {
    first = value(await call<TokenView>('crptSetupConnection', setup({})));
    firstSecret = await t.core.vault.revealSecret(first.id);
    const signIns = world.emulator.signIns.length;

    // Another organisation, the same device id typed in capitals: still the same connection.
    const refused = await call<TokenView>(
      'crptSetupConnection',
      setup({ organisationId: lyutik, label: 'Лютик, СУЗ', omsConnection: ` ${world.emulator.connection.toUpperCase()} ` }),
    );
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.error.code).toBe('crpt_shared_connection');
    expect(refused.error.field).toBe('omsConnection');
    expect(refused.error.message).toContain('уже использует запись «ООО «Ромашка» · СУЗ, склад 1»');
    expect(refused.error.message).toContain('отдельное устройство');
    expect(world.emulator.signIns.length).toBe(signIns);
    expect(world.emulator.tokenStatus(firstSecret)).toBe('live');
    expect(crptTokens()).toHaveLength(1);
  });

  it('a renewal of the record itself is not refused', async () => {
    const renewed = value(await call<TokenView>('crptRefreshToken', { tokenId: first.id }));
    expect(renewed.id).toBe(first.id);
    firstSecret = await t.core.vault.revealSecret(first.id);
  });

  it('accepted knowingly, the second record is saved, and the first token is dead, as the warning said', async () => {
    const second = value(await call<TokenView>('crptSetupConnection', setup({ organisationId: lyutik, label: 'Лютик, СУЗ', acceptSharedConnection: true })));
    expect(second.settings.omsConnection).toBe(world.emulator.connection);
    expect(world.emulator.tokenStatus(firstSecret)).toBe('replaced');
    expect(world.emulator.tokenStatus(await t.core.vault.revealSecret(second.id))).toBe('live');
    expect(crptTokens()).toHaveLength(2);
    // Refreshing either of them is not refused either (the sharing was accepted; both pages show it).
    value(await call<TokenView>('crptRefreshToken', { tokenId: first.id }));
    value(await call<TokenView>('crptRefreshToken', { tokenId: second.id }));
  });

  it('«Изменить» that moves a record onto a connection another record uses is refused, unless accepted', async () => {
    const third = value(await call<TokenView>('crptSetupConnection', setup({ label: 'СУЗ, склад 2', omsConnection: SECOND_CONNECTION })));
    const move = { organisationId: romashka, tokenId: third.id, changes: { settings: { omsConnection: world.emulator.connection } } };
    const refused = await call<TokenView>('updateRecord', move);
    expect(refused.ok).toBe(false);
    if (!refused.ok)
      expect(refused.error).toMatchObject({ code: 'crpt_shared_connection', field: 'omsConnection', message: expect.stringContaining('«ООО «Лютик» · Лютик, СУЗ»') });
    expect(crptTokens().find((token) => token.id === third.id)?.settings.omsConnection).toBe(SECOND_CONNECTION);
    // Other edits of the record are not blocked by it.
    value(await call<TokenView>('updateRecord', { organisationId: romashka, tokenId: third.id, changes: { label: 'СУЗ, склад 2 (новый)' } }));
    const moved = value(await call<TokenView>('updateRecord', { ...move, acceptSharedConnection: true }));
    expect(moved.settings.omsConnection).toBe(world.emulator.connection);
  });

  it('a True API record has no connection and is never refused', async () => {
    const trueApi = await call<TokenView>('crptSetupConnection', setup({ purpose: 'trueapi', omsConnection: '', label: 'True API' }));
    expect(trueApi.ok).toBe(true);
  });
});
