import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { message } from '../../../shared/texts/messages';
import { AppFailure } from '../../../electron/core/errors';
import { AesSecretBox } from '../../../electron/core/vault/aes-secret-box';
import { EXPORT_FORMAT, readExportHeader } from '../../../electron/core/vault/export-file';
import { exportEncrypted, importEncrypted, normaliseOrganisationName } from '../../../electron/core/vault/export-import';
import { Vault } from '../../../electron/core/vault/vault';
import { VaultFile } from '../../../electron/core/vault/vault-file';
import type { OrganisationView } from '../../../shared/model/types';
import { emptyVaultData } from '../../../electron/core/vault/vault-schema';
import type { VaultData } from '../../../electron/core/vault/vault-schema';
import { BrokenSecretBox, START, defined, openVault, tempDir } from '../../unit/vault/fixtures';
import { buildVault, byPosition, readVault } from './vault-builder';
import type { PlainVault } from './vault-builder';
import { FAST, IMPORT_NOW, PASSWORD, day, exportPlain, importPlain, importTwice, token } from './plain-fixtures';

async function failure(action: () => Promise<unknown>): Promise<AppFailure> {
  try {
    await action();
  } catch (error) {
    if (error instanceof AppFailure) return error;
    throw error;
  }
  throw new Error('expected the action to fail');
}

describe('export → import into a fresh data directory on another PC', () => {
  it('brings every organisation and token across, with their secrets and history, under another machine key', async () => {
    // PC 1: a real vault with renewals, so that tokens have history.
    const one = await openVault();
    const romashka = one.vault.saveOrganisation({ name: 'ООО «Ромашка»', taxId: '190000000' }).id;
    const vasilek = one.vault.saveOrganisation({ name: 'ЧУП «Василёк»', taxId: '' }).id;
    const oais = await one.vault.saveToken({
      organisationId: romashka,
      kind: 'oais',
      label: 'Бухгалтерия 1С',
      systemName: 'buh_1c',
      techEmail: 'it@romashka.by',
      secret: 'a085d755-1d26-3af1-a2b8-e34759278719',
      expiresAt: day(60),
      notes: 'без токена в заметках',
    });
    one.clock.advance(50 * 86_400_000);
    await one.vault.saveToken({
      organisationId: romashka,
      kind: 'oais',
      label: 'Бухгалтерия 1С',
      systemName: 'buh_1c',
      techEmail: 'it@romashka.by',
      secret: 'b185d755-1d26-3af1-a2b8-e34759278710',
      expiresAt: day(150),
      notes: '',
      replacesTokenId: oais.id,
    });
    one.clock.advance(86_400_000);
    await one.vault.saveToken({
      organisationId: vasilek,
      kind: 'tpsclient',
      label: 'TPSClient',
      systemName: 'TPSClient',
      techEmail: 'decl@vasilek.by',
      secret: 'c285d755-1d26-3af1-a2b8-e34759278711',
      expiresAt: day(140),
      notes: '',
    });
    await one.vault.saveToken({
      organisationId: vasilek,
      kind: 'eis',
      label: 'ЕИС',
      systemName: '',
      techEmail: '',
      secret: 'ЕИС-идентификатор-7f3c9a12',
      expiresAt: day(700),
      notes: '',
    });
    await one.vault.saveToken({
      organisationId: vasilek,
      kind: 'smdo',
      label: 'СМДО',
      systemName: 'smdoLogin',
      techEmail: '',
      secret: 'smdo-key-abcdefgh',
      expiresAt: null,
      notes: '',
    });
    const keyOne = randomBytes(32);
    const data = VaultFile.open(one.dataDir, START).data;
    // openVault() encrypts with the shared test key; read it back the same way.
    const { testKey } = await import('../../unit/vault/fixtures');
    const boxOne = new AesSecretBox(testKey);
    expect(keyOne).not.toEqual(testKey);

    const file = await exportEncrypted(data, boxOne, PASSWORD);

    // PC 2: a fresh data directory and a different machine key.
    const dirTwo = tempDir();
    const boxTwo = new AesSecretBox(randomBytes(32));
    const opened = VaultFile.open(dirTwo, START);
    const result = await importEncrypted(file, PASSWORD, opened.data, boxTwo, { now: IMPORT_NOW });
    expect(result.added).toEqual({ organisations: 2, tokens: 4 });
    expect(result.updated).toEqual({ organisations: 0, tokens: 0 });
    expect(result.skipped).toEqual({ organisations: 0, tokens: 0 });
    opened.file.write(result.next);

    const two = await Vault.open({ dataDir: dirTwo, secretBox: boxTwo });
    // Every record has an id of its own on PC 2 (a file's ids are never taken); the rest is the same.
    const withoutIds = (organisations: OrganisationView[]) =>
      organisations.map(({ id: _id, tokens, ...organisation }) => ({ ...organisation, tokens: tokens.map(({ id: _t, organisationId: _o, ...token }) => token) }));
    expect(withoutIds(two.snapshot().organisations)).toEqual(withoutIds(one.vault.snapshot().organisations));
    const onTwo = two.snapshot().organisations.flatMap((organisation) => organisation.tokens);
    const onOne = one.vault.snapshot().organisations.flatMap((organisation) => organisation.tokens);
    for (const [index, view] of onOne.entries()) {
      expect(await two.revealSecret(defined(onTwo[index]).id)).toBe(await one.vault.revealSecret(view.id));
    }
    const stored = VaultFile.open(dirTwo, START).data;
    expect(byPosition(await readVault(stored, boxTwo))).toEqual(byPosition(await readVault(data, boxOne)));
    expect(stored.tokens.find((candidate) => candidate.label === oais.label && candidate.kind === 'oais')?.history).toHaveLength(1);
    // The machine key of PC 1 cannot read PC 2's records: everything was re-encrypted.
    await expect(boxOne.decrypt(defined(defined(stored.tokens[0]).secretCipher))).rejects.toThrow();
  });

  it('uses scrypt N=2^17, r=8, p=1 and AES-256-GCM by default, and writes a readable header and base64', async () => {
    const box = new AesSecretBox(randomBytes(32));
    const data = await buildVault(
      {
        organisations: [{ id: 'o1', name: 'ООО «Ромашка»', taxId: '190000000', createdAt: day(0) }],
        tokens: [token({ id: 't1', organisationId: 'o1', secret: 'a085d755-1d26-3af1-a2b8-e34759278719' })],
      },
      box,
    );
    const file = await exportEncrypted(data, box, PASSWORD);
    const lines = file.toString('utf8').split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe('');
    const header = JSON.parse(lines[0] ?? '');
    expect(header).toMatchObject({
      format: EXPORT_FORMAT,
      version: 1,
      kdf: { name: 'scrypt', N: 131072, r: 8, p: 1, keyLength: 32 },
      cipher: { name: 'aes-256-gcm', tagLength: 16 },
      compression: 'gzip',
    });
    expect(Buffer.from(header.kdf.salt, 'base64')).toHaveLength(16);
    expect(Buffer.from(header.cipher.iv, 'base64')).toHaveLength(12);
    expect(lines[1]).toMatch(/^[A-Za-z0-9+/]+=*$/);
    expect(file.toString('utf8')).not.toContain('a085d755');
    expect(file.toString('utf8')).not.toContain('Ромашка');
    expect(readExportHeader(file).header.kdf.N).toBe(131072);
    const back = await importEncrypted(file, PASSWORD, emptyVaultData(), box, { now: IMPORT_NOW });
    expect(back.next.tokens).toHaveLength(1);
  });

  it('leaves the settings, drafts and notices of the importing machine alone', async () => {
    const box = new AesSecretBox(randomBytes(32));
    const source = await buildVault({ organisations: [{ id: 'o1', name: 'А', taxId: '', createdAt: day(0) }], tokens: [] }, box);
    source.settings.language = 'en';
    source.notices.push({ id: 'n1', level: 'info', code: 'x', message: 'источник', at: day(0) });
    const current = emptyVaultData();
    current.settings.soonThresholdDays = 30;
    const result = await importEncrypted(await exportEncrypted(source, box, PASSWORD, { kdf: FAST }), PASSWORD, current, box, { now: IMPORT_NOW });
    expect(result.next.settings).toEqual(current.settings);
    expect(result.next.notices).toEqual([]);
  });

  it('refuses a short password when exporting', async () => {
    const box = new AesSecretBox(randomBytes(32));
    const error = await failure(() => exportEncrypted(emptyVaultData(), box, 'короткий', { kdf: FAST }));
    expect(error.code).toBe('invalid_field');
    expect(error.field).toBe('password');
    expect(error.message).toBe(message('export_password_too_short', 'ru', { min: '10' }));
    expect((await failure(() => exportEncrypted(emptyVaultData(), box, ' '.repeat(12), { kdf: FAST }))).field).toBe('password');
  });

  it('stops with encryption_unavailable, quoting nothing, when the keychain cannot decrypt', async () => {
    const box = new AesSecretBox(randomBytes(32));
    const data = await buildVault(
      { organisations: [{ id: 'o1', name: 'А', taxId: '', createdAt: day(0) }], tokens: [token({ id: 't1', organisationId: 'o1', secret: 'top-secret-value-1' })] },
      box,
    );
    const error = await failure(() => exportEncrypted(data, new BrokenSecretBox(), PASSWORD, { kdf: FAST }));
    expect(error.code).toBe('encryption_unavailable');
    expect(error.message).not.toContain(defined(data.tokens[0]).secretCipher);
  });
});

describe('a wrong password or a damaged file never imports anything', () => {
  async function sample(): Promise<{ file: Buffer; box: AesSecretBox; current: VaultData }> {
    const box = new AesSecretBox(randomBytes(32));
    const data = await buildVault(
      {
        organisations: [{ id: 'o1', name: 'ООО «Ромашка»', taxId: '190000000', createdAt: day(0) }],
        tokens: [token({ id: 't1', organisationId: 'o1', secret: 'a085d755-1d26-3af1-a2b8-e34759278719' })],
      },
      box,
    );
    const current = await buildVault({ organisations: [{ id: 'x1', name: 'ЧУП «Своё»', taxId: '', createdAt: day(0) }], tokens: [] }, box);
    return { file: await exportEncrypted(data, box, PASSWORD, { kdf: FAST }), box, current };
  }

  it('a wrong password: a clear message under the password field, the current vault untouched', async () => {
    const { file, box, current } = await sample();
    const before = structuredClone(current);
    const error = await failure(() => importEncrypted(file, 'неверный пароль 123', current, box, { now: IMPORT_NOW }));
    expect(error.code).toBe('wrong_password');
    expect(error.field).toBe('password');
    expect(error.message).toBe(message('export_wrong_password', 'ru'));
    expect(current).toEqual(before);
  });

  it('a truncated file, wherever it is cut', async () => {
    const { file, box, current } = await sample();
    const newline = file.indexOf(0x0a);
    for (const cut of [0, 10, newline - 1, newline, newline + 1, newline + 20, file.length - 30, file.length - 6]) {
      const error = await failure(() => importEncrypted(file.subarray(0, cut), PASSWORD, current, box, { now: IMPORT_NOW }));
      expect(['invalid_file', 'wrong_password'], `cut at ${cut}`).toContain(error.code);
    }
    expect((await failure(() => importEncrypted(file.subarray(0, 10), PASSWORD, current, box, { now: IMPORT_NOW }))).message).toBe(message('export_not_a_file', 'ru'));
  });

  it('a changed byte in the body or the header fails authentication (weaker KDF settings included)', async () => {
    const { file, box, current } = await sample();
    const text = file.toString('utf8');
    const [headerLine, body] = text.split('\n');
    const flipped = `${headerLine}\n${body?.slice(0, 40)}${body?.[40] === 'A' ? 'B' : 'A'}${body?.slice(41)}\n`;
    expect((await failure(() => importEncrypted(Buffer.from(flipped), PASSWORD, current, box, { now: IMPORT_NOW }))).code).toBe('wrong_password');
    const weaker = text.replace('"r":8', '"r":4');
    expect((await failure(() => importEncrypted(Buffer.from(weaker), PASSWORD, current, box, { now: IMPORT_NOW }))).code).toBe('wrong_password');
  });

  it('something that is not an export, and an export from a newer version', async () => {
    const { file, box, current } = await sample();
    for (const other of [Buffer.from('{"organisations":[]}\n'), randomBytes(200), Buffer.from('')]) {
      expect((await failure(() => importEncrypted(other, PASSWORD, current, box, { now: IMPORT_NOW }))).message).toBe(message('export_not_a_file', 'ru'));
    }
    const newer = file.toString('utf8').replace('"version":1', '"version":2');
    const error = await failure(() => importEncrypted(Buffer.from(newer), PASSWORD, current, box, { now: IMPORT_NOW }));
    expect(error.code).toBe('invalid_file');
    expect(error.message).toBe(message('export_unsupported_version', 'ru'));
  });

  it('a file asking for an absurd key derivation cost is refused before any work', async () => {
    const { file, box, current } = await sample();
    const costly = file
      .toString('utf8')
      .replace(`"N":${FAST.N}`, `"N":${2 ** 22}`)
      .replace('"r":8', '"r":32');
    const started = Date.now();
    expect((await failure(() => importEncrypted(Buffer.from(costly), PASSWORD, current, box, { now: IMPORT_NOW }))).code).toBe('invalid_file');
    expect(Date.now() - started).toBeLessThan(1000);
  });
});

describe('merging into a vault that already has data', () => {
  const box = new AesSecretBox(randomBytes(32));
  const SECRET_A = 'a085d755-1d26-3af1-a2b8-e34759278719';
  const SECRET_B = 'b185d755-1d26-3af1-a2b8-e34759278710';

  async function merge(source: PlainVault, target: PlainVault) {
    return importPlain(source, await buildVault(target, box), box);
  }

  it('matches organisations by УНП/ИНН, else by the name without case, quotes and ё, and keeps different УНП apart', async () => {
    const source: PlainVault = {
      organisations: [
        { id: 's1', name: 'Ромашка', taxId: '190000000', createdAt: day(0) },
        { id: 's2', name: 'ЧУП «Василёк»', taxId: '', createdAt: day(0) },
        { id: 's3', name: 'ООО «Клён»', taxId: '190000003', createdAt: day(0) },
      ],
      tokens: [],
    };
    const target: PlainVault = {
      organisations: [
        { id: 't1', name: 'ООО «Ромашка»', taxId: '190000000', createdAt: day(0) },
        { id: 't2', name: 'чуп  "василек"', taxId: '191111111', createdAt: day(0) },
        { id: 't3', name: 'ООО «Клён»', taxId: '190000009', createdAt: day(0) },
      ],
      tokens: [],
    };
    const result = await merge(source, target);
    expect(result.added.organisations).toBe(1);
    expect(result.skipped.organisations).toBe(2);
    // The one added gets an id of its own (numberedIds), not the file's «s3».
    expect(result.next.organisations.map((organisation) => organisation.id)).toEqual(['t1', 't2', 't3', 'new-1']);
    expect(normaliseOrganisationName('ЧУП «Василёк»')).toBe(normaliseOrganisationName('чуп  "василек"'));
  });

  it('fills in a missing УНП/ИНН of the organisation it matched by name', async () => {
    const result = await merge(
      { organisations: [{ id: 's1', name: 'Ромашка', taxId: '190000000', createdAt: day(0) }], tokens: [] },
      { organisations: [{ id: 't1', name: 'ромашка', taxId: '', createdAt: day(0) }], tokens: [] },
    );
    expect(result.updated.organisations).toBe(1);
    expect(result.next.organisations).toEqual([{ id: 't1', name: 'ромашка', taxId: '190000000', createdAt: day(0) }]);
  });

  it('the same token with the same secret is skipped; matched by its fields when the ids differ', async () => {
    const result = await merge(
      { organisations: [{ id: 's1', name: 'Ромашка', taxId: '190000000', createdAt: day(0) }], tokens: [token({ id: 'st', organisationId: 's1', secret: SECRET_A })] },
      { organisations: [{ id: 't1', name: 'Ромашка', taxId: '190000000', createdAt: day(0) }], tokens: [token({ id: 'tt', organisationId: 't1', secret: SECRET_A })] },
    );
    expect(result.skipped.tokens).toBe(1);
    expect(result.added.tokens).toBe(0);
    expect(result.next.tokens.map((stored) => stored.id)).toEqual(['tt']);
  });

  it('a newer secret from the file wins, and the older one goes into the history', async () => {
    const result = await merge(
      {
        organisations: [{ id: 'o', name: 'Р', taxId: '', createdAt: day(0) }],
        tokens: [token({ id: 'x', organisationId: 'o', secret: SECRET_B, obtainedAt: day(30), expiresAt: day(120) })],
      },
      {
        organisations: [{ id: 'o', name: 'Р', taxId: '', createdAt: day(0) }],
        tokens: [token({ id: 'x', organisationId: 'o', secret: SECRET_A, obtainedAt: day(0), expiresAt: day(90) })],
      },
    );
    expect(result.updated.tokens).toBe(1);
    const [merged] = (await readVault(result.next, box)).tokens;
    expect(merged).toMatchObject({ id: 'x', secret: SECRET_B, obtainedAt: day(30), expiresAt: day(120) });
    expect(merged?.history).toEqual([{ secret: SECRET_A, obtainedAt: day(0), expiresAt: day(90), replacedAt: day(30) }]);
    expect(defined(result.next.tokens[0]).hint).toBe('…8710');
  });

  it('an older secret from the file only joins the history, once', async () => {
    const source: PlainVault = {
      organisations: [{ id: 'o', name: 'Р', taxId: '', createdAt: day(0) }],
      tokens: [token({ id: 'x', organisationId: 'o', secret: SECRET_A, obtainedAt: day(0) })],
    };
    const target: PlainVault = {
      organisations: [{ id: 'o', name: 'Р', taxId: '', createdAt: day(0) }],
      tokens: [token({ id: 'x', organisationId: 'o', secret: SECRET_B, obtainedAt: day(30) })],
    };
    const first = await merge(source, target);
    expect(first.updated.tokens).toBe(1);
    const [merged] = (await readVault(first.next, box)).tokens;
    expect(merged).toMatchObject({ secret: SECRET_B, history: [{ secret: SECRET_A, replacedAt: day(30) }] });
    const again = await importEncrypted(await exportPlain(source, box), PASSWORD, first.next, box, { now: IMPORT_NOW });
    expect(again.updated.tokens).toBe(0);
    expect(again.skipped.tokens).toBe(1);
    expect(again.next).toEqual(first.next);
  });
});

// ---------------------------------------------------------------- properties

const NAMES = ['ООО «Ромашка»', 'ромашка', 'ЧУП «Василёк»', 'ЧУП "Василек"', 'ИП Иванов', 'Клён', 'Kl\u0451n'];
const TAX_IDS = ['', '', '190000000', '191111111', '7707083893'];

const iso = fc.integer({ min: 0, max: 400 }).map((n) => day(n - 200));

const plainVaultArbitrary = (prefix: string): fc.Arbitrary<PlainVault> =>
  fc
    .record({
      organisations: fc.array(fc.record({ name: fc.constantFrom(...NAMES), taxId: fc.constantFrom(...TAX_IDS) }), { minLength: 0, maxLength: 5 }),
      tokens: fc.array(
        fc.record({
          organisation: fc.nat(),
          kind: fc.constantFrom('oais' as const, 'tpsclient' as const, 'smdo' as const, 'eis' as const, 'crpt' as const),
          label: fc.constantFrom('', 'Бухгалтерия', 'TPSClient', '=HYPERLINK("x")'),
          systemName: fc.constantFrom('', 'buh_1c', 'TPSClient'),
          // A small pool, so that the same secret turns up in both vaults.
          secret: fc.constantFrom('secret-one-11111', 'secret-two-22222', 'secret-three-333', 'secret-four-4444'),
          obtainedAt: iso,
          // Dated or not, so that a later expiry of the same secret is merged too.
          expiresAt: fc.option(iso, { nil: null }),
          // A vault never holds one secret twice in a token's history, nor its current secret there.
          history: fc.uniqueArray(fc.record({ secret: fc.constantFrom('old-secret-aaaa', 'old-secret-bbbb', 'old-secret-cccc'), at: iso }), {
            maxLength: 3,
            selector: (entry) => entry.secret,
          }),
          sharedId: fc.boolean(),
        }),
        { maxLength: 8 },
      ),
    })
    .map(({ organisations, tokens }) => {
      const orgs = organisations.map((organisation, index) => ({ id: `${prefix}-o${index}`, createdAt: day(-300), ...organisation }));
      if (orgs.length === 0) return { organisations: [], tokens: [] };
      return {
        organisations: orgs,
        tokens: tokens.map((entry, index) => ({
          id: entry.sharedId ? `shared-t${index}` : `${prefix}-t${index}`,
          organisationId: defined(orgs[entry.organisation % orgs.length]).id,
          kind: entry.kind,
          label: entry.label,
          systemName: entry.systemName,
          techEmail: '',
          secret: entry.secret,
          expiresAt: entry.expiresAt,
          obtainedAt: entry.obtainedAt,
          notes: '',
          history: entry.history.map((old) => ({ secret: old.secret, obtainedAt: old.at, expiresAt: null, replacedAt: old.at })),
        })),
      };
    });

describe('merging is idempotent (property)', () => {
  const box = new AesSecretBox(randomBytes(32));

  it('importing the same file twice changes nothing the second time and adds no duplicates', async () => {
    await fc.assert(
      fc.asyncProperty(plainVaultArbitrary('a'), plainVaultArbitrary('b'), async (source, target) => {
        const { once, twice } = await importTwice(source, target, box);
        expect(twice.added).toEqual({ organisations: 0, tokens: 0 });
        expect(twice.updated).toEqual({ organisations: 0, tokens: 0 });
        expect(twice.next).toEqual(once.next);
        // Every secret of the file is somewhere in the merged vault.
        const merged = await readVault(once.next, box);
        const everywhere = new Set(merged.tokens.flatMap((stored) => [stored.secret, ...stored.history.map((entry) => entry.secret)]));
        for (const stored of source.tokens) expect(everywhere.has(stored.secret)).toBe(true);
        // No secret twice in one token's history, and never its current secret.
        for (const stored of merged.tokens) {
          const history = stored.history.map((entry) => entry.secret);
          expect(new Set(history).size).toBe(history.length);
        }
        // Ids stay unique.
        expect(new Set(once.next.tokens.map((stored) => stored.id)).size).toBe(once.next.tokens.length);
        expect(new Set(once.next.organisations.map((organisation) => organisation.id)).size).toBe(once.next.organisations.length);
      }),
      { numRuns: 40 },
    );
  });

  it('an import into an empty vault is an exact copy (but for the ids, which are its own)', async () => {
    await fc.assert(
      fc.asyncProperty(plainVaultArbitrary('a'), async (source) => {
        const file = await exportPlain(source, box);
        const result = await importEncrypted(file, PASSWORD, emptyVaultData(), box, { now: IMPORT_NOW });
        expect(byPosition(await readVault(result.next, box))).toEqual(byPosition(source));
      }),
      { numRuns: 30 },
    );
  });
});
