import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SMDO_CHECK_STEP_ID, smdo, smdoKeyRotationChecklist, smdoKeyRotationDueAt, validateSmdoCredential } from '../../../shared/kinds/smdo';
import type { FieldId, KindSpec, WizardStep } from '../../../shared/kinds/types';
import { message } from '../../../shared/texts/messages';
import { validateField } from '../../../shared/validation/fields';
import { SmdoTokenCache } from '../../../electron/core/providers/smdo';
import { startSmdoEmulator } from '../../fixtures/smdo-emulator';
import type { SmdoEmulator } from '../../fixtures/smdo-emulator';
import { START, openVault } from '../../unit/vault/fixtures';

/**
 * The СМДО wizard and the key rotation checklist walked end to end at the core
 * level: the steps of the catalog, the validators, «Проверить» against the
 * emulator through the token cache, and a real vault on disk. The renderer and
 * the IPC wiring are the lead's; until the vault record gains its own fields,
 * the login travels as systemName and the key as the secret, and the record's
 * expiresAt is the key rotation due date (so the reminders warn about it).
 */

const LOGIN = 'Kx2mPq7RtW9vB3nL5cY8hJ1dF4s';
const KEY = 'vN8_qL2xKp5RmT7wZc3Hb9Ys1Df';

let emulator: SmdoEmulator;
let now: Date;

beforeEach(async () => {
  emulator = await startSmdoEmulator({ login: LOGIN, key: KEY });
  now = START;
});

afterEach(async () => {
  await emulator.close();
});

/** The problems of the fields typed on a step, as the wizard would show them. */
function problemsOn(kind: KindSpec, step: WizardStep, values: Partial<Record<FieldId, string>>): string[] {
  return (step.fields ?? []).flatMap((field) => {
    const problem = field === 'login' || field === 'key' ? validateSmdoCredential(field, values[field] ?? '') : validateField(kind, field, values[field] ?? '', now);
    return problem ? [`${field}: ${problem.code}`] : [];
  });
}

describe('the СМДО wizard, end to end', () => {
  it('goes from the first step to a saved login and key that give a token', async () => {
    const { vault } = await openVault();
    const organisationId = vault.saveOrganisation({ name: 'ГУ «Архив»', taxId: '190000000' }).id;
    const cache = new SmdoTokenCache({ now: () => now });
    const typed: Partial<Record<FieldId, string>> = {};
    const visited: string[] = [];
    let checkedToken = '';

    for (const step of smdo.steps) {
      visited.push(step.id);
      expect(step.checks?.length, step.id).toBeGreaterThan(0);
      if (step.id === 'credentials') {
        // A first paste picks up a space and cuts the key: the step does not let the user on.
        expect(problemsOn(smdo, step, { login: `${LOGIN} x`, key: KEY.slice(0, 5) })).toEqual(['login: smdo_login_format', 'key: smdo_key_format']);
        Object.assign(typed, { login: ` ${LOGIN} `, key: KEY });
      }
      if (step.id === 'save') Object.assign(typed, { label: 'СМДО, канцелярия', notes: 'Ключ вводится в ВСЭД: Администрирование → СМДО' });
      expect(problemsOn(smdo, step, typed), step.id).toEqual([]);
      if (step.id === SMDO_CHECK_STEP_ID) {
        const token = await cache.get({ tokenUrl: emulator.tokenUrl, login: typed.login ?? '', key: typed.key ?? '', forceRefresh: true });
        checkedToken = token.token;
        expect(Date.parse(token.expiresAt) - now.getTime()).toBe(3600_000);
      }
      if (step.id === 'save') {
        const saved = await vault.saveToken({
          organisationId,
          kind: 'smdo',
          label: typed.label ?? '',
          systemName: (typed.login ?? '').trim(),
          techEmail: '',
          secret: typed.key ?? '',
          expiresAt: smdoKeyRotationDueAt(now).toISOString(),
          notes: typed.notes ?? '',
        });
        expect(saved).toMatchObject({ kind: 'smdo', systemName: LOGIN, expiresAt: '2027-02-22T09:00:00.000Z' });
      }
    }
    expect(visited).toEqual(['intro', 'login', 'legal-entity', 'application', 'credentials', 'check', 'save', 'paste']);
    expect(checkedToken).toBe(emulator.issued[0]);

    // On the «paste» step the key is copied from the vault; the app can get a token with it any time.
    const [stored] = vault.snapshot().organisations[0]?.tokens ?? [];
    expect(stored?.hint).not.toContain(KEY);
    const key = await vault.revealSecret(stored?.id ?? '');
    expect(key).toBe(KEY);
    const later = await cache.get({ tokenUrl: emulator.tokenUrl, login: stored?.systemName ?? '', key });
    expect(later).toMatchObject({ token: checkedToken, fromCache: true });
  });

  it('rotates the key through the guarded checklist and records the new rotation date', async () => {
    const { vault, clock } = await openVault();
    const organisationId = vault.saveOrganisation({ name: 'ГУ «Архив»', taxId: '190000000' }).id;
    const saved = await vault.saveToken({
      organisationId,
      kind: 'smdo',
      label: 'СМДО',
      systemName: LOGIN,
      techEmail: '',
      secret: KEY,
      expiresAt: smdoKeyRotationDueAt(START).toISOString(),
      notes: '',
    });
    const cache = new SmdoTokenCache({ now: () => now });
    await cache.get({ tokenUrl: emulator.tokenUrl, login: LOGIN, key: KEY });

    // 80 days later the reminder brings the user to the checklist.
    clock.advance(80 * 86_400_000);
    now = clock.now();
    const [find, rotate, newKeyStep] = smdoKeyRotationChecklist;
    expect(find?.checks?.[0]?.ru).toMatch(/^Я нашёл\(ла\)/);
    expect(rotate?.warnings?.[0]?.ru).toMatch(/Вернуть прежний ключ нельзя/);

    // «Обновить» on the portal: the old key dies at once, and the check says so plainly.
    const newKey = emulator.rotateKey('Rt5_newKeyAfterRotation_2027');
    const refused = await cache.get({ tokenUrl: emulator.tokenUrl, login: LOGIN, key: KEY, forceRefresh: true }).catch((error: unknown) => error);
    expect((refused as Error).message).toBe(message('smdo_invalid_credentials', 'ru'));

    // The new key is typed, checked and saved at once.
    expect(newKeyStep?.fields).toEqual(['key']);
    expect(validateSmdoCredential('key', newKey)).toBeNull();
    const checked = await cache.get({ tokenUrl: emulator.tokenUrl, login: LOGIN, key: newKey, forceRefresh: true });
    expect(checked.token).toBe(emulator.issued.at(-1));
    const rotated = await vault.saveToken({
      organisationId,
      kind: 'smdo',
      label: 'СМДО',
      systemName: LOGIN,
      techEmail: '',
      secret: newKey,
      expiresAt: smdoKeyRotationDueAt(now).toISOString(),
      notes: '',
      replacesTokenId: saved.id,
    });
    expect(rotated.id).toBe(saved.id);
    expect(rotated.obtainedAt).toBe(now.toISOString());
    expect(rotated.expiresAt).toBe(smdoKeyRotationDueAt(now).toISOString());
    expect(rotated.history).toHaveLength(1);
    expect(await vault.revealSecret(saved.id)).toBe(newKey);
  });
});
