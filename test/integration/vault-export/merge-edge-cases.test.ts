import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { AesSecretBox } from '../../../electron/core/vault/aes-secret-box';
import type { VaultData } from '../../../electron/core/vault/vault-schema';
import { buildVault, readVault } from './vault-builder';
import type { PlainToken, PlainVault } from './vault-builder';
import { day, importPlain, importTwice, token } from './plain-fixtures';

/** Import merge edge cases: a token id from another organisation, and the same secret with newer or older fields. */

const SECRET_A = 'a085d755-1d26-3af1-a2b8-e34759278719';
const SECRET_B = 'b185d755-1d26-3af1-a2b8-e34759278710';
const OLD_SECRET = 'c285d755-1d26-3af1-a2b8-e34759278711';
const box = new AesSecretBox(randomBytes(32));

function importInto(source: PlainVault, current: VaultData) {
  return importPlain(source, current, box);
}

describe('a token id that belongs to another organisation here', () => {
  // The file's «Ромашка» has the id of our «Василёк», but another УНП: it is another organisation.
  // Its token happens to have the id of Василёк's token: it must not overwrite it, nor move it.
  const source: PlainVault = {
    organisations: [{ id: 'o1', name: 'ООО «Ромашка»', taxId: '190000000', createdAt: day(0) }],
    tokens: [token({ id: 'x', organisationId: 'o1', label: 'Ромашка 1С', secret: SECRET_B, obtainedAt: day(30), expiresAt: day(120), notes: 'ромашка' })],
  };
  const target: PlainVault = {
    organisations: [{ id: 'o1', name: 'ЧУП «Василёк»', taxId: '191111111', createdAt: day(0) }],
    tokens: [token({ id: 'x', organisationId: 'o1', label: 'Василёк 1С', secret: SECRET_A, obtainedAt: day(0), expiresAt: day(90), notes: 'василёк' })],
  };

  it('is another token: added under a new id to its own organisation, ours left exactly as it was', async () => {
    const current = await buildVault(target, box);
    const result = await importInto(source, current);
    expect(result.added).toEqual({ organisations: 1, tokens: 1 });
    expect(result.updated).toEqual({ organisations: 0, tokens: 0 });
    expect(result.next.organisations.map((organisation) => [organisation.id, organisation.name])).toEqual([
      ['o1', 'ЧУП «Василёк»'],
      ['new-1', 'ООО «Ромашка»'],
    ]);
    // Василёк's token: the very same record (ciphertexts included), in its own organisation.
    expect(result.next.tokens[0]).toEqual(current.tokens[0]);
    const plain = await readVault(result.next, box);
    expect(plain.tokens).toHaveLength(2);
    expect(plain.tokens[1]).toMatchObject({ id: 'new-2', organisationId: 'new-1', label: 'Ромашка 1С', secret: SECRET_B, notes: 'ромашка' });
  });

  it('importing the same file again changes nothing and adds no duplicate', async () => {
    const { once, twice } = await importTwice(source, target, box);
    expect(twice.added).toEqual({ organisations: 0, tokens: 0 });
    expect(twice.updated).toEqual({ organisations: 0, tokens: 0 });
    expect(twice.skipped).toEqual({ organisations: 1, tokens: 1 });
    expect(twice.next).toEqual(once.next);
  });

  it('also when the organisations matched by УНП/ИНН have other ids than the token ids suggest', async () => {
    // Both vaults know both organisations (matched by УНП/ИНН); the file's token «x» is Ромашка's, ours is Василёк's.
    const both: PlainVault = {
      organisations: [
        { id: 'r', name: 'ООО «Ромашка»', taxId: '190000000', createdAt: day(0) },
        { id: 'v', name: 'ЧУП «Василёк»', taxId: '191111111', createdAt: day(0) },
      ],
      tokens: [token({ id: 'x', organisationId: 'v', secret: SECRET_A, obtainedAt: day(0) })],
    };
    const file: PlainVault = {
      organisations: [
        { id: 'r2', name: 'Ромашка', taxId: '190000000', createdAt: day(0) },
        { id: 'v2', name: 'Василёк', taxId: '191111111', createdAt: day(0) },
      ],
      tokens: [token({ id: 'x', organisationId: 'r2', secret: SECRET_B, obtainedAt: day(40) })],
    };
    const current = await buildVault(both, box);
    const result = await importInto(file, current);
    expect(result.added).toEqual({ organisations: 0, tokens: 1 });
    expect(result.updated.tokens).toBe(0);
    expect(result.next.tokens[0]).toEqual(current.tokens[0]);
    const plain = await readVault(result.next, box);
    expect(plain.tokens.map((stored) => [stored.id, stored.organisationId, stored.secret])).toEqual([
      ['x', 'v', SECRET_A],
      ['new-1', 'r', SECRET_B],
    ]);
  });
});

describe('the same secret with other fields', () => {
  const organisation = { id: 'o', name: 'ООО «Ромашка»', taxId: '190000000', createdAt: day(0) };
  const vault = (tokens: PlainToken[]): PlainVault => ({ organisations: [organisation], tokens });

  it('a later expiry from the file (same obtainedAt) updates ours, with its notes; no duplicate, history kept', async () => {
    const local = token({
      id: 'x',
      organisationId: 'o',
      secret: SECRET_A,
      obtainedAt: day(0),
      expiresAt: day(90),
      notes: 'старые заметки',
      history: [{ secret: OLD_SECRET, obtainedAt: day(-90), expiresAt: day(0), replacedAt: day(0) }],
    });
    const current = await buildVault(vault([local]), box);
    const result = await importInto(vault([token({ id: 'x', organisationId: 'o', secret: SECRET_A, obtainedAt: day(0), expiresAt: day(365), notes: 'продлён на год' })]), current);
    expect(result.updated.tokens).toBe(1);
    expect(result.added.tokens).toBe(0);
    expect(result.skipped.tokens).toBe(0);
    const plain = await readVault(result.next, box);
    expect(plain.tokens).toHaveLength(1);
    expect(plain.tokens[0]).toMatchObject({ id: 'x', secret: SECRET_A, expiresAt: day(365), notes: 'продлён на год' });
    expect(plain.tokens[0]?.history).toEqual(local.history);
    // The secret did not change: its record stays ours.
    expect(result.next.tokens[0]?.secretCipher).toBe(current.tokens[0]?.secretCipher);
  });

  it('a later-saved version from the file (later obtainedAt) brings its label and notes, matched by id', async () => {
    const current = await buildVault(vault([token({ id: 'x', organisationId: 'o', secret: SECRET_A, label: 'Бухгалтерия', obtainedAt: day(0), notes: '' })]), box);
    const result = await importInto(
      vault([token({ id: 'x', organisationId: 'o', secret: SECRET_A, label: 'Бухгалтерия (новая база)', obtainedAt: day(10), notes: 'перенесли на новый сервер' })]),
      current,
    );
    expect(result.updated.tokens).toBe(1);
    expect(result.added.tokens).toBe(0);
    const plain = await readVault(result.next, box);
    expect(plain.tokens).toHaveLength(1);
    expect(plain.tokens[0]).toMatchObject({ id: 'x', label: 'Бухгалтерия (новая база)', notes: 'перенесли на новый сервер', obtainedAt: day(10), history: [] });
  });

  it('matched by its fields under another id: ours is updated and keeps its id', async () => {
    const current = await buildVault(vault([token({ id: 'ours', organisationId: 'o', secret: SECRET_A, expiresAt: day(90) })]), box);
    const result = await importInto(vault([token({ id: 'theirs', organisationId: 'o', secret: SECRET_A, expiresAt: day(180) })]), current);
    expect(result.updated.tokens).toBe(1);
    expect(result.added.tokens).toBe(0);
    expect(result.next.tokens.map((stored) => [stored.id, stored.expiresAt])).toEqual([['ours', day(180)]]);
  });

  it('an older file never rolls back newer data here', async () => {
    const newer = token({ id: 'x', organisationId: 'o', secret: SECRET_A, label: 'Новое имя', obtainedAt: day(10), expiresAt: day(365), notes: 'новые заметки' });
    for (const older of [
      token({ id: 'x', organisationId: 'o', secret: SECRET_A, label: 'Старое имя', obtainedAt: day(0), expiresAt: day(400), notes: 'старые' }),
      token({ id: 'x', organisationId: 'o', secret: SECRET_A, label: 'Старое имя', obtainedAt: day(10), expiresAt: day(90), notes: 'старые' }),
      // Nothing says which edit came later: ours stays.
      token({ id: 'x', organisationId: 'o', secret: SECRET_A, label: 'Другое имя', obtainedAt: day(10), expiresAt: day(365), notes: 'другие' }),
      token({ id: 'x', organisationId: 'o', secret: SECRET_A, obtainedAt: day(10), expiresAt: null }),
    ]) {
      const current = await buildVault(vault([newer]), box);
      const result = await importInto(vault([older]), current);
      expect(result.updated.tokens).toBe(0);
      expect(result.skipped.tokens).toBe(1);
      expect(result.next).toEqual(current);
    }
  });

  it('importing the newer file twice updates once', async () => {
    const source = vault([token({ id: 'x', organisationId: 'o', secret: SECRET_A, expiresAt: day(365), notes: 'продлён' })]);
    const { once, twice } = await importTwice(source, vault([token({ id: 'x', organisationId: 'o', secret: SECRET_A })]), box);
    expect(once.updated.tokens).toBe(1);
    expect(twice.updated.tokens).toBe(0);
    expect(twice.skipped.tokens).toBe(1);
    expect(twice.next).toEqual(once.next);
  });
});
