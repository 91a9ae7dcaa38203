import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RequestName } from '../../../shared/ipc/channels';
import type { RequestInput, RequestOutput } from '../../../shared/ipc/contract';
import type { AppError } from '../../../shared/ipc/result';
import { message } from '../../../shared/texts/messages';
import { startSmdoEmulator } from '../../fixtures/smdo-emulator';
import type { SmdoEmulator } from '../../fixtures/smdo-emulator';
import { startTestCore } from '../../support/test-core';
import type { TestCore } from '../../support/test-core';

/** smdoSave and smdoCheck through the core router, against the local СМДО emulator. */

const LOGIN = 'Kx2mPq7RtW9vB3nL5cY8hJ1dF4s';
const KEY = 'vN8_qL2xKp5RmT7wZc3Hb9Ys1Df';

let emulator: SmdoEmulator;
let app: TestCore;

async function call<N extends RequestName>(name: N, payload: RequestInput<N>): Promise<RequestOutput<N>> {
  const result = await app.core.router.handle(name, payload);
  if (!result.ok) throw new Error(`${name} failed: ${result.error.message}`);
  return result.value as RequestOutput<N>;
}

async function failure<N extends RequestName>(name: N, payload: RequestInput<N>): Promise<AppError> {
  const result = await app.core.router.handle(name, payload);
  if (result.ok) throw new Error(`${name} was expected to fail`);
  return result.error;
}

async function organisation(): Promise<string> {
  return (await call('saveOrganisation', { name: 'Райисполком', taxId: '' })).id;
}

beforeEach(async () => {
  emulator = await startSmdoEmulator({ login: LOGIN, key: KEY });
  app = await startTestCore();
});

afterEach(async () => {
  await app.core.dispose();
  app.cleanup();
  await emulator.close();
});

describe('СМДО through the core', () => {
  it('saves the login and key as a record without expiry and checks them', async () => {
    const organisationId = await organisation();
    const token = await call('smdoSave', { organisationId, label: 'СМДО', login: LOGIN, key: KEY, tokenUrl: emulator.tokenUrl });
    expect(token).toMatchObject({
      kind: 'smdo',
      expiresAt: null,
      settings: { login: LOGIN, tokenUrl: emulator.tokenUrl },
      smdoKeySetAt: app.clock.now().toISOString(),
    });
    expect(JSON.stringify(token)).not.toContain(KEY);
    expect((await call('revealToken', { tokenId: token.id })).secret).toBe(KEY);

    const checked = await call('smdoCheck', { tokenId: token.id });
    expect(checked.ok).toBe(true);
    // Valid for the server's expires_in (3600 s) from the moment of the request, on the core's clock.
    expect(Date.parse(checked.expiresAt)).toBe(app.clock.now().getTime() + 3600_000);
    // «Проверить» always asks the server anew.
    await call('smdoCheck', { tokenId: token.id });
    expect(emulator.issued).toHaveLength(2);
  });

  it('says in Russian that the key is wrong, and a rotation keeps the old key in the history', async () => {
    const organisationId = await organisation();
    const token = await call('smdoSave', { organisationId, label: 'СМДО', login: LOGIN, key: KEY, tokenUrl: emulator.tokenUrl });
    const newKey = emulator.rotateKey();
    const error = await failure('smdoCheck', { tokenId: token.id });
    expect(error.message).toBe(message('smdo_invalid_credentials', 'ru'));

    app.clock.advance(60_000);
    const rotated = await call('smdoSave', {
      organisationId,
      label: 'СМДО',
      login: LOGIN,
      key: newKey,
      tokenUrl: emulator.tokenUrl,
      replacesTokenId: token.id,
    });
    expect(rotated.id).toBe(token.id);
    expect(rotated.history).toHaveLength(1);
    expect(rotated.smdoKeySetAt).toBe(app.clock.now().toISOString());
    expect((await call('smdoCheck', { tokenId: token.id })).ok).toBe(true);
  });

  it('refuses a malformed login, key or token address with the catalog messages', async () => {
    const organisationId = await organisation();
    const base = { organisationId, label: 'СМДО', login: LOGIN, key: KEY, tokenUrl: emulator.tokenUrl };
    expect((await failure('smdoSave', { ...base, login: 'a:b' })).message).toBe(message('smdo_login_format', 'ru'));
    expect((await failure('smdoSave', { ...base, key: 'short' })).message).toBe(message('smdo_key_format', 'ru'));
    expect((await failure('smdoSave', { ...base, tokenUrl: 'http://smdo.example.by/token' })).message).toBe(message('smdo_token_url', 'ru'));
  });
});
