import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RequestName } from '../../../shared/ipc/channels';
import type { RequestInput } from '../../../shared/ipc/contract';
import { locateToken } from '../../../shared/model/locate-token';
import { startSmdoEmulator } from '../../fixtures/smdo-emulator';
import type { SmdoEmulator } from '../../fixtures/smdo-emulator';
import { call as callOn, failure as failureOn } from '../../support/router-calls';
import { startTestCore } from '../../support/test-core';
import type { TestCore } from '../../support/test-core';

/**
 * Issue 10, point 17: an СМДО key rotation in progress survives a restart. The step reached and
 * the new key typed so far are kept in the vault (the key encrypted) until the new key is saved.
 */

const LOGIN = 'Rot8Login2mPq7RtW9vB3';
const OLD_KEY = 'old_Kp5RmT7wZc3Hb9Ys1Df';
const NEW_KEY = 'new_Zx4QwE8rTy2Ui6Op0As';

let emulator: SmdoEmulator;
let app: TestCore;

const call = <N extends RequestName>(name: N, payload: RequestInput<N>) => callOn(app, name, payload);
const failure = <N extends RequestName>(name: N, payload: RequestInput<N>) => failureOn(app, name, payload);

async function smdoRecord(): Promise<{ tokenId: string; organisationId: string }> {
  const organisationId = (await call('saveOrganisation', { name: 'Райисполком', taxId: '' })).id;
  const token = await call('smdoSave', { organisationId, label: 'СМДО', login: LOGIN, key: OLD_KEY, tokenUrl: emulator.tokenUrl, confirmTypedHost: true });
  return { tokenId: token.id, organisationId };
}

const rotationOf = (tokenId: string) => locateToken(app.core.vault.snapshot(), tokenId)?.token.smdoRotation;

beforeEach(async () => {
  emulator = await startSmdoEmulator({ login: LOGIN, key: OLD_KEY });
  app = await startTestCore();
});

afterEach(async () => {
  await app.core.dispose();
  app.cleanup();
  await emulator.close();
});

describe('an СМДО key rotation kept as a draft', () => {
  it('keeps the step and the typed key across a restart, the key encrypted and never in the snapshot', async () => {
    const { tokenId } = await smdoRecord();
    expect(rotationOf(tokenId)).toBeUndefined();

    await call('smdoRotationSave', { tokenId, stepIndex: 1 });
    const saved = await call('smdoRotationSave', { tokenId, stepIndex: 2, key: `  ${NEW_KEY}\n` });
    expect(saved).toMatchObject({ stepIndex: 2, hasKey: true, startedAt: app.clock.now().toISOString() });

    const vaultFile = readFileSync(join(app.dataDir, 'vault.json'), 'utf8');
    expect(vaultFile.includes(NEW_KEY), 'the typed key is stored encrypted').toBe(false);
    expect(JSON.stringify(app.core.vault.snapshot()).includes(NEW_KEY), 'the window learns only that a key is kept').toBe(false);

    await app.core.dispose();
    app = await app.reopen();
    expect(rotationOf(tokenId)).toMatchObject({ stepIndex: 2, hasKey: true });
    expect(await call('smdoRotationResume', { tokenId })).toEqual({ stepIndex: 2, key: NEW_KEY });

    // Moving on without retyping keeps the key; an emptied field forgets it.
    await call('smdoRotationSave', { tokenId, stepIndex: 2 });
    expect(await call('smdoRotationResume', { tokenId })).toEqual({ stepIndex: 2, key: NEW_KEY });
    await call('smdoRotationSave', { tokenId, stepIndex: 2, key: '' });
    expect(await call('smdoRotationResume', { tokenId })).toEqual({ stepIndex: 2, key: null });
  });

  it('ends when the new key is saved, and only then', async () => {
    const { tokenId, organisationId } = await smdoRecord();
    await call('smdoRotationSave', { tokenId, stepIndex: 2, key: NEW_KEY });

    // The old key pasted again is refused: the rotation is still unfinished.
    await failure('smdoSave', { organisationId, label: 'СМДО', key: OLD_KEY, tokenUrl: emulator.tokenUrl, replacesTokenId: tokenId, rotation: true });
    expect(rotationOf(tokenId)).toBeDefined();

    await call('smdoSave', { organisationId, label: 'СМДО', key: NEW_KEY, tokenUrl: emulator.tokenUrl, replacesTokenId: tokenId, rotation: true });
    expect(rotationOf(tokenId)).toBeUndefined();
    expect(await call('smdoRotationResume', { tokenId })).toBeNull();
  });

  it('is forgotten on request, and with its record', async () => {
    const { tokenId } = await smdoRecord();
    await call('smdoRotationSave', { tokenId, stepIndex: 1 });
    expect(await call('smdoRotationDiscard', { tokenId })).toEqual({ discarded: true });
    expect(await call('smdoRotationDiscard', { tokenId })).toEqual({ discarded: true });
    expect(rotationOf(tokenId)).toBeUndefined();

    await call('smdoRotationSave', { tokenId, stepIndex: 2, key: NEW_KEY });
    await call('deleteToken', { tokenId });
    expect(readFileSync(join(app.dataDir, 'vault.json'), 'utf8')).not.toContain('smdoRotation');
  });

  it('the core refuses a rotation of another kind of record, a step past the checklist and a key with control characters', async () => {
    const { tokenId, organisationId } = await smdoRecord();
    const oais = await call('saveToken', {
      organisationId,
      kind: 'oais',
      label: 'ОАИС',
      systemName: 'buh_1c',
      techEmail: 'it@example.by',
      secret: 'a085d755-1d26-3af1-a2b8-e34759278719',
      expiresAt: new Date(app.clock.now().getTime() + 30 * 86_400_000).toISOString(),
      notes: '',
    });
    expect((await failure('smdoRotationSave', { tokenId: oais.id, stepIndex: 1 })).field).toBe('kind');
    expect((await failure('smdoRotationSave', { tokenId, stepIndex: 3 })).code).toBe('invalid_payload');
    expect((await failure('smdoRotationSave', { tokenId, stepIndex: 2, key: 'abc\u0000def' })).field).toBe('key');
    expect((await failure('smdoRotationSave', { tokenId: 'no-such-record', stepIndex: 1 })).code).toBe('not_found');
    expect((await failure('smdoRotationSave', { tokenId, stepIndex: 2, key: 'x'.repeat(513) } as RequestInput<'smdoRotationSave'>)).code).toBeDefined();
    expect(rotationOf(tokenId)).toBeUndefined();
  });
});
