import fc from 'fast-check';
import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../shared/model/types';
import type { VaultSnapshot } from '../../../shared/model/types';
import { message } from '../../../shared/texts/messages';
import { AppFailure } from '../../../electron/core/errors';
import type { SecretBox } from '../../../electron/core/ports';
import { AesSecretBox } from '../../../electron/core/vault/aes-secret-box';
import { HISTORY_LIMIT, Vault } from '../../../electron/core/vault/vault';
import type { Vault as VaultType } from '../../../electron/core/vault/vault';
import { BrokenSecretBox, LabelledSecretBox, OAIS_SECRET, START, defined, openVault, tempDir, testKey, tokenInput } from './fixtures';

async function failure(action: () => unknown): Promise<AppFailure> {
  try {
    await action();
  } catch (error) {
    if (error instanceof AppFailure) return error;
    throw error;
  }
  throw new Error('expected the action to fail');
}

function withOrganisation(vault: VaultType, name = 'ООО «Ромашка»'): string {
  return vault.saveOrganisation({ name, taxId: '190000000' }).id;
}

describe('a new vault', () => {
  it('starts empty, in Russian, with the default settings and no notices', async () => {
    const { vault } = await openVault();
    expect(vault.snapshot()).toEqual<VaultSnapshot>({
      organisations: [],
      reminders: {},
      settings: DEFAULT_SETTINGS,
      encryption: 'test-key',
      notices: [],
      drafts: {},
    });
  });
});

describe('organisations', () => {
  it('are listed by name the way a Russian speaker sorts them: Cyrillic first, case ignored', async () => {
    const { vault } = await openVault();
    for (const name of ['Яблоко', 'ООО «Ромашка»', 'Альфа', 'альфа-2', 'Beta']) vault.saveOrganisation({ name, taxId: '' });
    expect(vault.snapshot().organisations.map((organisation) => organisation.name)).toEqual(['Альфа', 'альфа-2', 'ООО «Ромашка»', 'Яблоко', 'Beta']);
  });

  it('can be renamed and keep their tokens', async () => {
    const { vault } = await openVault();
    const orgId = withOrganisation(vault);
    await vault.saveToken(tokenInput(orgId));
    const renamed = vault.saveOrganisation({ id: orgId, name: 'ООО «Ромашка-Плюс»', taxId: '191111111' });
    expect(renamed).toMatchObject({ id: orgId, name: 'ООО «Ромашка-Плюс»', taxId: '191111111' });
    expect(renamed.tokens).toHaveLength(1);
    expect(vault.snapshot().organisations).toHaveLength(1);
  });

  it('take their tokens with them when deleted, and leave other organisations alone', async () => {
    const { vault } = await openVault();
    const gone = withOrganisation(vault, 'Уходит');
    const stays = withOrganisation(vault, 'Остаётся');
    const goneToken = await vault.saveToken(tokenInput(gone));
    await vault.saveToken(tokenInput(stays));
    vault.deleteOrganisation(gone);
    const { organisations } = vault.snapshot();
    expect(organisations.map((organisation) => organisation.name)).toEqual(['Остаётся']);
    expect(organisations[0]?.tokens).toHaveLength(1);
    expect((await failure(() => vault.revealSecret(goneToken.id))).code).toBe('not_found');
  });

  it('that were deleted meanwhile give a Russian "not found" message', async () => {
    const { vault } = await openVault();
    const renameGone = await failure(() => vault.saveOrganisation({ id: 'nope', name: 'X', taxId: '' }));
    expect(renameGone.code).toBe('not_found');
    expect(renameGone.message).toBe(message('not_found_organisation', 'ru'));
    expect((await failure(() => vault.deleteOrganisation('nope'))).code).toBe('not_found');
    expect((await failure(() => vault.saveToken(tokenInput('nope')))).message).toBe(message('not_found_organisation', 'ru'));
  });
});

describe('tokens', () => {
  it('are saved with a hint of their last characters, never the secret itself', async () => {
    const { vault } = await openVault();
    const orgId = withOrganisation(vault);
    const saved = await vault.saveToken(tokenInput(orgId, { secret: `  ${OAIS_SECRET}\n` }));
    expect(saved).toMatchObject({
      organisationId: orgId,
      kind: 'oais',
      label: 'Бухгалтерия 1С',
      hint: '…8719',
      obtainedAt: START.toISOString(),
      expiresAt: '2027-02-15T08:00:00.000Z',
      history: [],
    });
    expect(JSON.stringify(vault.snapshot())).not.toContain(OAIS_SECRET);
    expect(JSON.stringify(vault.snapshot())).not.toContain('secretCipher');
  });

  it('can be revealed, trimmed of the spaces copying added', async () => {
    const { vault } = await openVault();
    const saved = await vault.saveToken(tokenInput(withOrganisation(vault), { secret: ` ${OAIS_SECRET} ` }));
    expect(await vault.revealSecret(saved.id)).toBe(OAIS_SECRET);
  });

  it('store the expiry as a UTC instant, whatever offset it was given with', async () => {
    const { vault } = await openVault();
    const saved = await vault.saveToken(tokenInput(withOrganisation(vault), { expiresAt: '2027-02-15T11:00:00+03:00' }));
    expect(saved.expiresAt).toBe('2027-02-15T08:00:00.000Z');
    const forever = await vault.saveToken(tokenInput(withOrganisation(vault), { expiresAt: null }));
    expect(forever.expiresAt).toBeNull();
  });

  it('show a short secret never whole in the hint', async () => {
    const { vault } = await openVault();
    const orgId = withOrganisation(vault);
    for (const secret of ['a', 'abc', 'abcd', 'abcdefg', 'abcdefgh']) {
      const saved = await vault.saveToken(tokenInput(orgId, { secret }));
      expect(saved.hint.length - 1).toBeLessThanOrEqual(Math.floor(secret.length / 4));
    }
  });

  it('refuse an empty secret', async () => {
    const { vault } = await openVault();
    const error = await failure(() => vault.saveToken(tokenInput(withOrganisation(vault), { secret: '   ' })));
    expect(error).toMatchObject({ code: 'invalid_field', field: 'secret', message: message('required', 'ru') });
  });

  it('renewed keep their id and place, and the old one moves to the front of the history', async () => {
    const { vault, clock } = await openVault();
    const orgId = withOrganisation(vault);
    const first = await vault.saveToken(tokenInput(orgId));
    clock.advance(90 * 86_400_000);
    const newSecret = 'b196e866-2e37-4bf2-b3c9-f45860389820';
    const renewed = await vault.saveToken(tokenInput(orgId, { secret: newSecret, expiresAt: '2027-05-15T08:00:00.000Z', replacesTokenId: first.id }));
    expect(renewed.id).toBe(first.id);
    expect(renewed.hint).toBe('…9820');
    expect(renewed.obtainedAt).toBe(clock.now().toISOString());
    expect(renewed.history).toEqual([{ hint: '…8719', obtainedAt: first.obtainedAt, expiresAt: first.expiresAt, replacedAt: clock.now().toISOString() }]);
    expect(await vault.revealSecret(first.id)).toBe(newSecret);
    expect(vault.snapshot().organisations[0]?.tokens).toHaveLength(1);
  });

  it(`keep at most ${HISTORY_LIMIT} old versions, newest first`, async () => {
    const { vault, clock } = await openVault();
    const orgId = withOrganisation(vault);
    const { id } = await vault.saveToken(tokenInput(orgId, { secret: 'secret-number-00' }));
    for (let n = 1; n <= HISTORY_LIMIT + 5; n += 1) {
      clock.advance(1000);
      await vault.saveToken(tokenInput(orgId, { secret: `secret-number-${String(n).padStart(2, '0')}`, replacesTokenId: id }));
    }
    const [token] = vault.snapshot().organisations[0]?.tokens ?? [];
    expect(token?.hint).toBe('…r-25');
    expect(token?.history).toHaveLength(HISTORY_LIMIT);
    expect(token?.history[0]?.hint).toBe('…r-24');
    expect(token?.history.at(-1)?.hint).toBe('…r-05');
  });

  it('cannot be renewed from another organisation', async () => {
    const { vault } = await openVault();
    const mine = withOrganisation(vault, 'Моя');
    const other = withOrganisation(vault, 'Чужая');
    const token = await vault.saveToken(tokenInput(mine));
    const before = vault.snapshot();
    const error = await failure(() => vault.saveToken(tokenInput(other, { replacesTokenId: token.id, secret: 'other-secret-123' })));
    expect(error).toMatchObject({ code: 'not_found', message: message('not_found_token', 'ru') });
    expect(vault.snapshot()).toEqual(before);
  });

  it('can be deleted; deleting one that is gone says so', async () => {
    const { vault } = await openVault();
    const orgId = withOrganisation(vault);
    const keep = await vault.saveToken(tokenInput(orgId, { label: 'A' }));
    const drop = await vault.saveToken(tokenInput(orgId, { label: 'B' }));
    vault.deleteToken(drop.id);
    expect(vault.snapshot().organisations[0]?.tokens.map((token) => token.id)).toEqual([keep.id]);
    expect(await failure(() => vault.deleteToken(drop.id))).toMatchObject({
      code: 'not_found',
      message: message('not_found_token', 'ru'),
    });
    expect((await failure(() => vault.revealSecret(drop.id))).code).toBe('not_found');
  });

  it('saved at the same moment are all kept, even while the organisation is renamed', async () => {
    const { vault } = await openVault();
    const orgId = withOrganisation(vault);
    const saves = ['A', 'B', 'C', 'D'].map((label) => vault.saveToken(tokenInput(orgId, { label, secret: `secret-for-${label}-xyz` })));
    vault.saveOrganisation({ id: orgId, name: 'Переименована', taxId: '' });
    const saved = await Promise.all(saves);
    const [organisation] = vault.snapshot().organisations;
    expect(organisation?.name).toBe('Переименована');
    expect(organisation?.tokens.map((token) => token.label)).toEqual(['A', 'B', 'C', 'D']);
    for (const token of saved) expect(await vault.revealSecret(token.id)).toBe(`secret-for-${token.label}-xyz`);
  });

  it('whose organisation is deleted while the secret is being encrypted are not saved', async () => {
    const { vault } = await openVault();
    const orgId = withOrganisation(vault);
    const pending = vault.saveToken(tokenInput(orgId));
    vault.deleteOrganisation(orgId);
    expect((await failure(() => pending)).code).toBe('not_found');
    expect(vault.snapshot().organisations).toEqual([]);
  });
});

describe('when the keychain fails', () => {
  async function vaultWithBrokenBox() {
    const opened = await openVault();
    const orgId = withOrganisation(opened.vault);
    const token = await opened.vault.saveToken(tokenInput(orgId));
    const broken = await opened.reopen({ secretBox: new BrokenSecretBox() });
    return { ...opened, broken, orgId, token };
  }

  it('saving a token changes nothing and says how to fix it', async () => {
    const { broken, orgId, token, dataDir } = await vaultWithBrokenBox();
    const before = broken.snapshot();
    const fresh = await failure(() => broken.saveToken(tokenInput(orgId, { secret: 'never-stored-123' })));
    const renew = await failure(() => broken.saveToken(tokenInput(orgId, { secret: 'never-stored-456', replacesTokenId: token.id })));
    for (const error of [fresh, renew]) {
      expect(error).toMatchObject({ code: 'encryption_unavailable', message: message('encryption_unavailable', 'ru') });
    }
    expect(broken.snapshot()).toEqual(before);
    const again = await Vault.open({ dataDir, secretBox: new AesSecretBox(testKey) });
    expect(await again.revealSecret(token.id)).toBe(OAIS_SECRET);
  });

  it('revealing a token fails with a message that quotes neither secret nor ciphertext', async () => {
    const { broken, token } = await vaultWithBrokenBox();
    const error = await failure(() => broken.revealSecret(token.id));
    expect(error.code).toBe('encryption_unavailable');
    expect(inspect(error)).not.toMatch(/v1:|keychain locked/);
  });

  it('a SecretBox that returns nothing is treated as broken, not stored', async () => {
    const empty: SecretBox = { state: 'os-keychain', encrypt: async () => '', decrypt: async () => '' };
    const { vault } = await openVault({ secretBox: empty });
    const orgId = withOrganisation(vault);
    expect((await failure(() => vault.saveToken(tokenInput(orgId)))).code).toBe('encryption_unavailable');
    expect(vault.snapshot().organisations[0]?.tokens).toEqual([]);
  });
});

describe('settings', () => {
  it('change only what is given, and messages follow the chosen language', async () => {
    const { vault } = await openVault();
    expect(vault.updateSettings({ language: 'en' })).toEqual({ ...DEFAULT_SETTINGS, language: 'en' });
    expect(vault.updateSettings({ clipboardClearSeconds: 0 })).toEqual({ ...DEFAULT_SETTINGS, language: 'en', clipboardClearSeconds: 0 });
    expect((await failure(() => vault.deleteToken('nope'))).message).toBe(message('not_found_token', 'en'));
  });
});

describe('wizard drafts', () => {
  const draft = {
    kind: 'oais' as const,
    stepIndex: 2,
    organisationId: 'org',
    replacesTokenId: '',
    values: { systemName: 'buh_1c', secret: OAIS_SECRET, tokenSecret: OAIS_SECRET, techEmail: 'it@company.by' },
  };

  it('are kept with the time they were saved, but never with a secret typed into them', async () => {
    const { vault } = await openVault();
    vault.saveDraft('wizard-oais', draft);
    expect(vault.snapshot().drafts).toEqual({
      'wizard-oais': {
        ...draft,
        values: { systemName: 'buh_1c', techEmail: 'it@company.by' },
        savedAt: START.toISOString(),
      },
    });
    expect(JSON.stringify(vault.snapshot())).not.toContain(OAIS_SECRET);
  });

  it('can be forgotten, and forgetting twice is harmless', async () => {
    const { vault } = await openVault();
    vault.saveDraft('a', draft);
    vault.saveDraft('b', draft);
    vault.deleteDraft('a');
    vault.deleteDraft('a');
    expect(Object.keys(vault.snapshot().drafts)).toEqual(['b']);
  });

  it('cannot be used to tamper with object prototypes', async () => {
    const { vault } = await openVault();
    expect((await failure(() => vault.saveDraft('__proto__', draft))).code).toBe('invalid_payload');
    vault.saveDraft('ok', { ...draft, values: JSON.parse('{"__proto__": {"polluted": "yes"}, "label": "x"}') as Record<string, string> });
    expect(vault.snapshot().drafts.ok?.values).toEqual({ label: 'x' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('notices', () => {
  it('warn on every start while secrets are only weakly protected, until dismissed for the session', async () => {
    const { vault, reopen } = await openVault({ secretBox: new LabelledSecretBox('basic-text') });
    const { notices, encryption } = vault.snapshot();
    expect(encryption).toBe('basic-text');
    expect(notices).toEqual([
      expect.objectContaining({ id: 'encryption-basic-text', level: 'warning', code: 'encryption_basic_text', message: message('encryption_basic_text', 'ru') }),
    ]);
    vault.dismissNotice('encryption-basic-text');
    expect(vault.snapshot().notices).toEqual([]);
    expect((await reopen()).snapshot().notices).toHaveLength(1);
  });

  it('are not raised for a real keychain', async () => {
    const { vault } = await openVault({ secretBox: new LabelledSecretBox('os-keychain') });
    expect(vault.snapshot().notices).toEqual([]);
  });

  it('dismissing an unknown or already dismissed notice is harmless', async () => {
    const { vault } = await openVault();
    expect(() => vault.dismissNotice('nothing-like-that')).not.toThrow();
  });
});

describe('change listeners', () => {
  it('hear every successful change with the new snapshot, and stop when unsubscribed', async () => {
    const { vault } = await openVault();
    const heard: VaultSnapshot[] = [];
    const unsubscribe = vault.onChange((snapshot) => heard.push(snapshot));
    const orgId = withOrganisation(vault);
    await vault.saveToken(tokenInput(orgId));
    vault.updateSettings({ soonThresholdDays: 30 });
    vault.saveDraft('d', { kind: 'eis', stepIndex: 0, organisationId: '', replacesTokenId: '', values: {} });
    vault.deleteDraft('d');
    expect(heard).toHaveLength(5);
    expect(heard.at(-1)).toEqual(vault.snapshot());
    unsubscribe();
    vault.deleteOrganisation(orgId);
    expect(heard).toHaveLength(5);
  });

  it('hear nothing when a change fails', async () => {
    const { vault } = await openVault();
    let calls = 0;
    vault.onChange(() => (calls += 1));
    await failure(() => vault.deleteToken('nope'));
    await failure(() => vault.saveToken(tokenInput('nope')));
    expect(calls).toBe(0);
  });

  it('that throw do not undo or hide a saved change', async () => {
    const { vault } = await openVault();
    vault.onChange(() => {
      throw new Error('listener bug');
    });
    const errors = console.error;
    console.error = () => undefined;
    try {
      expect(() => withOrganisation(vault)).not.toThrow();
    } finally {
      console.error = errors;
    }
    expect(vault.snapshot().organisations).toHaveLength(1);
  });
});

describe('snapshots', () => {
  it('are copies: editing one does not change the vault', async () => {
    const { vault } = await openVault();
    withOrganisation(vault);
    const snapshot = vault.snapshot();
    defined(snapshot.organisations[0]).name = 'hacked';
    snapshot.settings.language = 'en';
    snapshot.organisations.pop();
    expect(vault.snapshot().organisations[0]?.name).toBe('ООО «Ромашка»');
    expect(vault.snapshot().settings.language).toBe('ru');
  });
});

describe('secrets never leak', () => {
  const secretArbitrary = fc
    .oneof(fc.string({ minLength: 12, maxLength: 120 }), fc.string({ unit: 'grapheme', minLength: 12, maxLength: 60 }))
    .filter((secret) => secret.trim().length >= 12 && !secret.includes('…'));

  it('into a snapshot, a notice, or any error, whatever the secret looks like', async () => {
    const dataDir = tempDir();
    const vault = await Vault.open({ dataDir, secretBox: new AesSecretBox(testKey) });
    const broken = await Vault.open({ dataDir: tempDir(), secretBox: new BrokenSecretBox('basic-text') });
    const orgId = withOrganisation(vault);
    const brokenOrgId = withOrganisation(broken);
    const baseline = JSON.stringify(vault.snapshot());

    await fc.assert(
      fc.asyncProperty(secretArbitrary, secretArbitrary, async (secret, renewal) => {
        const [plainSecret, plainRenewal] = [secret.trim(), renewal.trim()];
        fc.pre(!baseline.includes(plainSecret) && !baseline.includes(plainRenewal) && !plainSecret.includes(plainRenewal));
        const saved = await vault.saveToken(tokenInput(orgId, { secret }));
        await vault.saveToken(tokenInput(orgId, { secret: renewal, replacesTokenId: saved.id }));
        expect(await vault.revealSecret(saved.id)).toBe(plainRenewal);

        const errors = [
          await failure(() => broken.saveToken(tokenInput(brokenOrgId, { secret }))),
          await failure(() => vault.saveToken(tokenInput(orgId, { secret, replacesTokenId: 'gone' }))),
          await failure(() => vault.saveToken(tokenInput('gone', { secret }))),
        ];
        const exposed = [
          JSON.stringify(vault.snapshot()),
          JSON.stringify(broken.snapshot()),
          ...errors.flatMap((error) => [inspect(error), String(error.stack), JSON.stringify(error.toAppError())]),
        ].join('\n');
        expect(exposed.includes(plainSecret)).toBe(false);
        expect(exposed.includes(plainRenewal)).toBe(false);
        vault.deleteToken(saved.id);
      }),
      { numRuns: 60 },
    );
  });
});
