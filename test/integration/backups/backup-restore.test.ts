import { execFileSync } from 'node:child_process';
import { lstatSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { exportEncrypted } from '../../../electron/core/vault/export-import';
import { AesSecretBox } from '../../../electron/core/vault/aes-secret-box';
import { call, failure } from '../../support/router-calls';
import { CHEAP_KDF, DAY_MS, OAIS_SECRET, SMDO_KEY, SMDO_LOGIN, START, backupNames, cleanUpAll, seedRecords, startBackupCore, tempFolder } from './backup-fixtures';
import type { LoggedCore } from './backup-fixtures';

/**
 * Restoring a backup through the core router: the copy goes through the import (untrusted
 * input), replaces organisations and tokens, and the state before is saved first.
 */

afterEach(cleanUpAll);

/** What a user sees of the records: organisation, label and the secret behind each token. */
async function records(app: LoggedCore): Promise<string[]> {
  const out: string[] = [];
  for (const organisation of app.core.vault.snapshot().organisations) {
    for (const token of organisation.tokens) out.push(`${organisation.name} / ${token.label} / ${await app.core.vault.revealSecret(token.id)}`);
    if (organisation.tokens.length === 0) out.push(organisation.name);
  }
  return out.sort();
}

async function withBackups(): Promise<{ app: LoggedCore; folder: string; ids: { oaisId: string; smdoId: string } }> {
  const app = await startBackupCore();
  const ids = await seedRecords(app);
  const folder = tempFolder();
  app.folderPicker.folders.push(folder);
  await call(app, 'backupsChooseFolder', {});
  return { app, folder, ids };
}

describe('restoring a backup', () => {
  it('brings the records back as they were, after saving the current state, which restores back in turn', async () => {
    const { app, folder, ids } = await withBackups();
    const before = await records(app);
    const { file } = await call(app, 'backupsMakeNow', {});

    // The day after: one organisation renamed, a token deleted, another added.
    app.clock.advance(DAY_MS);
    const romashka = app.core.vault.snapshot().organisations.find((organisation) => organisation.name === 'ООО «Ромашка»');
    await call(app, 'saveOrganisation', { id: romashka?.id ?? '', name: 'ООО «Ромашка-Плюс»', taxId: '191234567' });
    await call(app, 'deleteToken', { tokenId: ids.smdoId });
    await call(app, 'saveToken', {
      organisationId: romashka?.id ?? '',
      kind: 'tpsclient',
      label: 'Таможня',
      systemName: 'TPSClient',
      techEmail: 'customs@romashka.by',
      secret: 'tps-0a1b2c3d4e5f60718293a4b5c6d7e8f9',
      expiresAt: new Date(START.getTime() + 80 * DAY_MS).toISOString(),
      notes: '',
    });
    const changed = await records(app);
    expect(changed).not.toEqual(before);

    const restored = await call(app, 'backupsRestore', { name: file });
    expect(restored).toMatchObject({ organisations: 2, tokens: 2 });
    expect(await records(app)).toEqual(before);
    const smdo = app.core.vault
      .snapshot()
      .organisations.flatMap((organisation) => organisation.tokens)
      .find((token) => token.kind === 'smdo');
    expect(await app.core.vault.revealLogin(smdo?.id ?? '')).toBe(SMDO_LOGIN);
    // This PC's settings stay: the folder is still the folder.
    expect(restored.folder).toBe(folder);
    expect(backupNames(folder)).toEqual([file, restored.undoFile].sort());

    // Undo: the copy made just before holds the changed state.
    await call(app, 'backupsRestore', { name: restored.undoFile });
    expect(await records(app)).toEqual(changed);
    expect(app.logs).toEqual([]);
  });

  it('a copy opens on another PC through the ordinary import, with the password the user noted', async () => {
    const { app } = await withBackups();
    const { file } = await call(app, 'backupsMakeNow', {});
    const { password } = await call(app, 'backupsRevealPassword', {});
    const bytes = readFileSync(join((await call(app, 'backupsGetState', {})).folder ?? '', file));

    const other = await startBackupCore();
    other.fileOpener.queued.push(bytes);
    const imported = await call(other, 'importVault', { password });
    expect(imported).toMatchObject({ imported: true, added: { organisations: 2, tokens: 2 } });
    expect(await records(other)).toEqual(await records(app));
  });

  it('a copy from another PC in the chosen folder asks for its password, then restores', async () => {
    const { app: oldPc, folder } = await withBackups();
    await call(oldPc, 'backupsMakeNow', {});
    const { password } = await call(oldPc, 'backupsRevealPassword', {});
    const expected = await records(oldPc);

    // A new PC, nothing in it yet: the user picks the same (synced) folder.
    const newPc = await startBackupCore({ now: new Date(START.getTime() + DAY_MS) });
    newPc.folderPicker.folders.push(folder);
    const state = await call(newPc, 'backupsChooseFolder', {});
    const name = state.files[0]?.name ?? '';
    const refused = await failure(newPc, 'backupsRestore', { name });
    expect(refused).toMatchObject({ code: 'wrong_password', field: 'password' });
    expect(refused.message).toContain('введите его');
    expect(backupNames(folder)).toHaveLength(1);

    await call(newPc, 'backupsRestore', { name, password });
    expect(await records(newPc)).toEqual(expected);
  });

  it('refuses a damaged or hostile file in the folder, a name that is not ours, and changes nothing', async () => {
    const { app, folder } = await withBackups();
    const { file } = await call(app, 'backupsMakeNow', {});
    const before = await records(app);

    // Cut in half, as a sync tool may leave it.
    const damaged = 'token-assistant-backup-2026-12-04T10-00-00Z.tavault';
    const whole = readFileSync(join(folder, file), 'utf8');
    writeFileSync(join(folder, damaged), whole.slice(0, Math.floor(whole.length / 2)));
    // Garbage with our name.
    const garbage = 'token-assistant-backup-2026-12-03T10-00-00Z.tavault';
    writeFileSync(join(folder, garbage), '\u0000\u0001 not a backup at all');
    // A well-formed file sealed with our password, holding a date in the future (it would win every merge).
    const { password } = await call(app, 'backupsRevealPassword', {});
    const hostileVault = app.core.vault.exportData();
    for (const token of hostileVault.tokens) token.obtainedAt = new Date(START.getTime() + 400 * DAY_MS).toISOString();
    const hostile = 'token-assistant-backup-2026-12-02T10-00-00Z.tavault';
    writeFileSync(join(folder, hostile), await exportEncrypted(hostileVault, new AesSecretBox(app.key), password, { kdf: CHEAP_KDF, now: START }));
    // A FIFO with our name would block a naive read for ever.
    const fifo = 'token-assistant-backup-2026-12-01T10-00-00Z.tavault';
    let hasFifo = process.platform !== 'win32';
    try {
      if (hasFifo) execFileSync('mkfifo', [join(folder, fifo)]);
    } catch {
      hasFifo = false;
    }

    // A link named like a copy, pointing at the vault (or any file of the user's): never ours to read or delete.
    const link = 'token-assistant-backup-2026-11-30T10-00-00Z.tavault';
    symlinkSync(join(app.dataDir, 'vault.json'), join(folder, link));

    const copiesBefore = backupNames(folder);
    const vaultBefore = readFileSync(join(app.dataDir, 'vault.json'), 'utf8');
    for (const name of [damaged, garbage]) {
      const refused = await failure(app, 'backupsRestore', { name });
      expect(['invalid_file', 'wrong_password']).toContain(refused.code);
      expect(refused.message).toMatch(/Ничего не (изменено|импортировано)/);
    }
    const future = await failure(app, 'backupsRestore', { name: hostile });
    expect(future.code).toBe('invalid_file');
    if (hasFifo) {
      // Not listed at all (not a regular file), so not ours to read.
      expect((await failure(app, 'backupsRestore', { name: fifo })).code).toBe('not_found');
    }
    expect((await failure(app, 'backupsRestore', { name: link })).code).toBe('not_found');
    for (const name of ['../vault.json', 'vault.json', 'token-assistant-backup-2026-13-40T10-00-00Z.tavault']) {
      expect((await failure(app, 'backupsRestore', { name })).code).toBe('not_found');
    }
    // No undo copy was written for a restore that never started, and the vault is as it was.
    expect(backupNames(folder)).toEqual(copiesBefore);
    expect(await records(app)).toEqual(before);
    expect(readFileSync(join(app.dataDir, 'vault.json'), 'utf8')).toBe(vaultBefore);
    expect([OAIS_SECRET, SMDO_KEY].every((secret) => !app.logs.join('\n').includes(secret))).toBe(true);

    // Keeping one prunes our files (damaged ones too), never the link.
    await call(app, 'backupsSetKeep', { keep: 1 });
    expect(backupNames(folder)).toEqual([file]);
    expect(lstatSync(join(folder, link)).isSymbolicLink()).toBe(true);
  });
});
