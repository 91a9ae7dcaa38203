import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { freeze } from 'immer';
import { writeFileAtomicSync } from '../../../electron/core/vault/atomic-write';
import { BACKUP_FILE, VAULT_FILE, VaultFile } from '../../../electron/core/vault/vault-file';
import { CONF_PROJECT_VERSION } from '../../../electron/core/vault/vault-schema';
import type { VaultData } from '../../../electron/core/vault/vault-schema';
import { openVault, tokenInput } from '../../unit/vault/fixtures';

/**
 * The write path of issue #12 (only changed records are checked and serialised again): what
 * reaches the disk is still checked in full, in conf's format, and the backup is the previous good state.
 */

const read = (dataDir: string, name: string) => readFileSync(join(dataDir, name), 'utf8');

async function savedVault() {
  const opened = await openVault();
  const organisation = opened.vault.saveOrganisation({ name: 'Ромашка', taxId: '' });
  await opened.vault.saveToken(tokenInput(organisation.id));
  return opened;
}

describe('writing the vault', () => {
  it('writes the file conf wrote: tab-indented JSON with the migration marker, so earlier versions still read it', async () => {
    const { dataDir } = await savedVault();
    const text = read(dataDir, VAULT_FILE);
    const parsed = JSON.parse(text) as Record<string, unknown> & { __internal__: { migrations: { version: string } } };
    expect(text).toBe(JSON.stringify(parsed, undefined, '\t'));
    expect(parsed.__internal__.migrations.version).toBe(CONF_PROJECT_VERSION);
  });

  it('keeps in the backup exactly the file as it was before the last write', async () => {
    const { vault, dataDir } = await savedVault();
    const before = read(dataDir, VAULT_FILE);
    vault.saveOrganisation({ name: 'Вторая', taxId: '' });
    expect(read(dataDir, BACKUP_FILE)).toBe(before);
    expect(read(dataDir, VAULT_FILE)).not.toBe(before);
  });

  it('refuses a record changed to a shape the schema does not allow, and leaves both files as they were', async () => {
    const { dataDir, reopen } = await savedVault();
    const { file, data } = VaultFile.open(dataDir, new Date());
    const main = read(dataDir, VAULT_FILE);
    const backup = read(dataDir, BACKUP_FILE);
    const [token] = data.tokens;
    // A bug: a record loses its ciphertext, in a new (frozen) object, as a vault change would make it.
    const broken = freeze({ ...data, tokens: [{ ...token, secretCipher: undefined }] } as VaultData, true);
    expect(() => file.write(broken)).toThrow();
    // And one with a field the schema does not know.
    const extra = freeze({ ...data, tokens: [{ ...token, stray: 'x' }] } as unknown as VaultData, true);
    expect(() => file.write(extra)).toThrow();
    expect(read(dataDir, VAULT_FILE)).toBe(main);
    expect(read(dataDir, BACKUP_FILE)).toBe(backup);
    expect((await reopen()).snapshot().organisations[0]?.tokens).toHaveLength(1);
  });

  it('checks an unchanged record again when it is not frozen (it could have been edited in place)', async () => {
    const { dataDir } = await savedVault();
    const { file, data } = VaultFile.open(dataDir, new Date());
    file.write(data);
    const [token] = data.tokens;
    const unfrozen = { ...data, tokens: [{ ...token, kind: 'nonsense' }] } as unknown as VaultData;
    expect(() => file.write(unfrozen)).toThrow();
  });

  it('writes a file given in thousands of pieces (more than one writev takes) byte for byte, empty and multi-byte pieces included', () => {
    const dir = mkdtempSync(join(tmpdir(), 'token-assistant-pieces-'));
    const pieces = Array.from({ length: 5000 }, (_, index) => Buffer.from(index % 7 === 0 ? '' : `«Ромашка» ${index}\n`, 'utf8'));
    writeFileAtomicSync(join(dir, 'pieces.json'), pieces);
    expect(readFileSync(join(dir, 'pieces.json'))).toEqual(Buffer.concat(pieces));
  });

  it('writes the same file after a start whether or not the records were serialised ahead (the warm-up after open)', async () => {
    const { dataDir } = await savedVault();
    const cold = VaultFile.open(dataDir, new Date());
    cold.file.write(cold.data);
    const coldText = read(dataDir, VAULT_FILE);
    const warm = VaultFile.open(dataDir, new Date());
    // The warm-up runs in slices on later turns of the event loop.
    for (let turn = 0; turn < 5; turn += 1) await nextTurn();
    warm.file.write(warm.data);
    expect(read(dataDir, VAULT_FILE)).toBe(coldText);
    expect(read(dataDir, BACKUP_FILE)).toBe(coldText);
  });

  it('writes the reminders part property by property exactly as a whole file would be written, before and after a check that only moves the time', async () => {
    const { vault, dataDir, clock } = await savedVault();
    const store = vault.announcements();
    store.record(
      Array.from({ length: 500 }, (_, index) => `token-${index}|14d`),
      clock.now(),
    );
    for (const minutes of [1, 2]) {
      clock.advance(minutes * 60_000);
      store.record([], clock.now());
      vault.saveOrganisation({ name: `Ещё одна ${minutes}`, taxId: '' });
      const text = read(dataDir, VAULT_FILE);
      const parsed = JSON.parse(text) as { reminders: { announced: Record<string, string>; lastCheckedAt: string } };
      expect(text).toBe(JSON.stringify(parsed, undefined, '\t'));
      expect(Object.keys(parsed.reminders.announced)).toHaveLength(500);
      expect(parsed.reminders.lastCheckedAt).toBe(clock.now().toISOString());
    }
  });

  it('refuses a reminders part the schema does not allow, property by property as a whole: a stray field, a date that is not one', async () => {
    const { dataDir } = await savedVault();
    const { file, data } = VaultFile.open(dataDir, new Date());
    const main = read(dataDir, VAULT_FILE);
    const stray = freeze({ ...data, reminders: { ...data.reminders, stray: 'x' } } as unknown as VaultData, true);
    expect(() => file.write(stray)).toThrow();
    const notADate = freeze({ ...data, reminders: { ...data.reminders, announced: { 'token|14d': 'вчера' } } } as VaultData, true);
    expect(() => file.write(notADate)).toThrow();
    // A good map written once is cached; a bad value in a new map is still checked.
    const good = freeze({ ...data, reminders: { ...data.reminders, announced: { 'token|14d': '2026-12-01T00:00:00.000Z' } } } as VaultData, true);
    file.write(good);
    const bad = freeze({ ...good, reminders: { ...good.reminders, announced: { ...good.reminders.announced, 'token|7d': 'завтра' } } } as VaultData, true);
    expect(() => file.write(bad)).toThrow();
    expect(read(dataDir, VAULT_FILE)).not.toBe(main);
    expect(JSON.parse(read(dataDir, VAULT_FILE)).reminders.announced).toEqual({ 'token|14d': '2026-12-01T00:00:00.000Z' });
  });
});
