/**
 * Issue #9, item 3, Честный знак: a custom stand (here the stand emulator on
 * 127.0.0.1) must never get a signature unattended, and a challenge that is not
 * a challenge is never signed, on any stand.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { AppFailure } from '../../../electron/core/errors';
import { createCrptService } from '../../../electron/core/providers/crpt/client';
import type { Signer } from '../../../electron/core/signing/signer';
import { message } from '../../../shared/texts/messages';
import { call, failure } from '../../support/router-calls';
import { startWorldForApp } from '../crpt/setup';
import type { CrptWorld } from '../crpt/setup';
import { exportFile, importFile, startPc, storedToken } from './pc';
import type { Pc } from './pc';

const HOUR = 3_600_000;
let world: CrptWorld;
const pcs: Pc[] = [];

beforeAll(async () => {
  world = await startWorldForApp();
});

afterAll(async () => {
  await world?.close();
});

afterEach(async () => {
  world.emulator.clearFaults();
  await Promise.all(pcs.splice(0).map((pc) => pc.close()));
});

/** The user picks the certificate and key in main's dialog: only picked files are signed with. */
async function pickSignerFiles(user: Pc): Promise<void> {
  user.signerPicker.files.push(world.pki.user.cert, world.pki.user.key);
  for (const which of ['certificate', 'key'] as const) await call(user, 'crptChooseSignerFile', { which });
}

async function pc(): Promise<Pc> {
  const started = await startPc(new Date());
  pcs.push(started);
  return started;
}

/** What the stand has been asked: challenges handed out and sign-ins tried. */
const standActivity = () => ({ challenges: world.emulator.counts['auth-key'], signIns: world.emulator.signIns.length });

/** Lets a refresh that was started by a timer reach the stand (signing takes a real openssl run). */
const settle = () => new Promise((resolve) => setTimeout(resolve, 1500));

function setupRequest(organisationId: string) {
  return {
    organisationId,
    label: 'СУЗ, склад 1',
    stand: 'custom' as const,
    trueApiBase: world.emulator.trueApiBase,
    omsConnection: world.emulator.connection,
    signer: { kind: 'openssl' as const, certPath: world.pki.user.cert, keyPath: world.pki.user.key },
    autoRefresh: false,
  };
}

describe('a custom Честный знак stand', () => {
  it('left unconfirmed with automatic refresh on (a crafted file, an older version): nothing is signed when the token runs out, nor on «Получить новый токен» until the user confirms the stand', async () => {
    const victim = await pc();
    const { id: organisationId } = await call(victim, 'saveOrganisation', { name: 'ООО «Ромашка»', taxId: '' });
    await pickSignerFiles(victim);
    // As a crafted file or an older version leaves it: written by the vault itself, never confirmed here.
    const token = await victim.core.vault.saveToken({
      organisationId,
      kind: 'crpt',
      label: 'СУЗ, склад 1',
      systemName: '',
      techEmail: '',
      secret: 'b'.repeat(36),
      expiresAt: new Date(victim.clock.now().getTime() + HOUR).toISOString(),
      notes: '',
      settings: {
        stand: 'custom',
        trueApiBase: world.emulator.trueApiBase,
        omsConnection: world.emulator.connection,
        signer: 'openssl',
        certPath: world.pki.user.cert,
        keyPath: world.pki.user.key,
        autoRefresh: 'on',
      },
    });
    await victim.core.startReminders();
    const before = standActivity();
    victim.clock.advance(2 * HOUR);
    await settle();
    expect(standActivity()).toEqual(before);

    const origin = new URL(world.emulator.trueApiBase).origin;
    expect(await failure(victim, 'crptRefreshToken', { tokenId: token.id })).toEqual({
      code: 'host_not_confirmed',
      confirm: { tokenId: token.id, origin, sends: ['signature'] },
      message: message('host_not_confirmed_crpt', 'ru', { host: origin }),
    });
    expect(standActivity()).toEqual(before);

    // «Подтвердить и повторить»: one click, one signature.
    await call(victim, 'confirmHost', { tokenId: token.id, origin });
    const renewed = await call(victim, 'crptRefreshToken', { tokenId: token.id });
    expect(standActivity()).toEqual({ challenges: before.challenges + 1, signIns: before.signIns + 1 });
    // Even confirmed, a custom stand never refreshes by itself: the setting it came with is gone.
    expect(renewed.settings.autoRefresh).toBe('off');
    victim.core.vault.updateTokenSettings(token.id, { autoRefresh: 'on' });
    victim.clock.advance(10 * HOUR);
    await settle();
    expect(standActivity()).toEqual({ challenges: before.challenges + 1, signIns: before.signIns + 1 });
    const switched = await failure(victim, 'crptSetAutoRefresh', { tokenId: token.id, on: true });
    expect(switched).toMatchObject({ code: 'invalid_field', field: 'autoRefresh', message: message('crpt_auto_refresh_official_only', 'ru', { host: origin }) });
    expect(storedToken(victim, token.id).history).toHaveLength(1);
  }, 60_000);

  it('from an imported file is not confirmed on the new PC, even when the file says it was', async () => {
    const attacker = await pc();
    const { id: organisationId } = await call(attacker, 'saveOrganisation', { name: 'ООО «Ромашка»', taxId: '' });
    await pickSignerFiles(attacker);
    await call(attacker, 'crptSetupConnection', { ...setupRequest(organisationId), confirmTypedHost: true });
    const victim = await pc();
    const token = await importFile(victim, await exportFile(attacker), 'crpt');
    const before = standActivity();
    expect((await failure(victim, 'crptRefreshToken', { tokenId: token.id })).code).toMatch(/^(host_not_confirmed|invalid_field|signer_unavailable)$/);
    expect(victim.core.vault.hostConfirmed(token.id, new URL(world.emulator.trueApiBase).origin)).toBe(false);
    expect(standActivity()).toEqual(before);
  }, 60_000);

  it('typed in the set-up screen it is confirmed by that; automatic refresh cannot be asked for it; without the typed flag it is refused before the challenge', async () => {
    const user = await pc();
    const { id: organisationId } = await call(user, 'saveOrganisation', { name: 'ООО «Ромашка»', taxId: '' });
    await pickSignerFiles(user);
    const before = standActivity();
    expect(await failure(user, 'crptSetupConnection', setupRequest(organisationId))).toMatchObject({ code: 'host_not_confirmed', field: 'trueApiBase' });
    expect(await failure(user, 'crptSetupConnection', { ...setupRequest(organisationId), autoRefresh: true, confirmTypedHost: true })).toMatchObject({
      code: 'invalid_field',
      field: 'autoRefresh',
    });
    expect(standActivity()).toEqual(before);
    const token = await call(user, 'crptSetupConnection', { ...setupRequest(organisationId), confirmTypedHost: true });
    expect(standActivity()).toEqual({ challenges: before.challenges + 1, signIns: before.signIns + 1 });
    await call(user, 'crptRefreshToken', { tokenId: token.id });
    expect(standActivity().signIns).toBe(before.signIns + 2);
  }, 60_000);
});

describe('registering an installation on a custom СУЗ', () => {
  it('sends no signature and no registration key unless the user typed the address in that request', async () => {
    const user = await pc();
    await pickSignerFiles(user);
    const request = {
      suzBase: world.emulator.suzBase,
      omsId: world.emulator.omsId,
      registrationKey: world.emulator.registrationKey,
      address: 'г. Москва, ул. Тестовая, 1',
      signer: { kind: 'openssl' as const, certPath: world.pki.user.cert, keyPath: world.pki.user.key },
    };
    const before = world.emulator.counts.registration;
    expect(await failure(user, 'crptRegisterConnection', request)).toMatchObject({ code: 'host_not_confirmed', field: 'suzBase' });
    expect(world.emulator.counts.registration).toBe(before);
    expect(await call(user, 'crptRegisterConnection', { ...request, confirmTypedHost: true })).toMatchObject({ status: 'SUCCESS' });
    expect(world.emulator.counts.registration).toBe(before + 1);
  });
});

describe('a challenge that is not one', () => {
  /** The real openssl signer, counting how often it is started. */
  function countingSigner(): Signer & { runs: number } {
    const counted = {
      kind: world.signer.kind,
      runs: 0,
      sign: (data: Uint8Array, options: Parameters<Signer['sign']>[1]) => {
        counted.runs += 1;
        return world.signer.sign(data, options);
      },
    };
    return counted;
  }

  const hostile = [
    ['2 KiB long', 'A'.repeat(2048)],
    ['with a control character', 'ABCDEFGHIJ\u0007KLMNOPQRST'],
    ['with a line break (a document, not a challenge)', 'Доверенность\nна всё имущество'],
  ] as const;

  for (const [what, data] of hostile) {
    it(`${what} is refused before any signing process runs`, async () => {
      const signer = countingSigner();
      world.emulator.inject('auth-key', { kind: 'status', status: 200, body: { uuid: randomUUID(), data } });
      const service = createCrptService({ authKeyRetry: { attempts: 1, baseDelayMs: 1, maxDelayMs: 1 } });
      const before = standActivity();
      const refused = await service.getClientToken({ trueApiBase: world.emulator.trueApiBase, omsConnection: world.emulator.connection, signer }).catch((error: unknown) => error);
      expect(refused).toBeInstanceOf(AppFailure);
      expect((refused as AppFailure).message).toBe(message('crpt_challenge_refused', 'ru', { host: new URL(world.emulator.trueApiBase).host }));
      expect(signer.runs).toBe(0);
      expect(standActivity().signIns).toBe(before.signIns);
    });
  }

  it('the stand’s real challenge is still signed', async () => {
    const signer = countingSigner();
    const service = createCrptService();
    await service.getClientToken({ trueApiBase: world.emulator.trueApiBase, omsConnection: world.emulator.connection, signer });
    expect(signer.runs).toBe(1);
  });
});
