import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { message } from '../../../shared/texts/messages';
import { AppFailure } from '../../../electron/core/errors';
import { AesSecretBox } from '../../../electron/core/vault/aes-secret-box';
import { BACKUP_FILE, VAULT_FILE } from '../../../electron/core/vault/vault-file';
import type { Vault } from '../../../electron/core/vault/vault';
import { OAIS_SECRET, START, defined, openVault, tempDir, testKey, tokenInput } from '../../unit/vault/fixtures';

const isRoot = process.getuid?.() === 0;
const posix = process.platform !== 'win32';

const read = (dataDir: string, name: string) => readFileSync(join(dataDir, name));
const filesIn = (dataDir: string) => readdirSync(dataDir).sort();
const damagedFiles = (dataDir: string) => filesIn(dataDir).filter((name) => name.startsWith('vault.damaged-'));
const firstDamaged = (dataDir: string) => defined(damagedFiles(dataDir)[0], 'damaged file kept aside');

/** A vault with two saved states, so the backup (the state before the last write) differs from the main file. */
async function vaultWithHistory() {
  const opened = await openVault();
  const { vault } = opened;
  const first = vault.saveOrganisation({ name: 'Первая', taxId: '' });
  const token = await vault.saveToken(tokenInput(first.id));
  vault.saveOrganisation({ name: 'Вторая (после резервной копии)', taxId: '' });
  return { ...opened, token, stateInBackup: ['Первая'], stateInMain: ['Вторая (после резервной копии)', 'Первая'] };
}

const names = (vault: Vault) => vault.snapshot().organisations.map((organisation) => organisation.name);

async function writeFailure(action: () => unknown): Promise<AppFailure> {
  try {
    await action();
  } catch (error) {
    if (error instanceof AppFailure) return error;
    throw error;
  }
  throw new Error('expected the write to fail');
}

describe('the vault on disk', () => {
  it('keeps everything across a restart: organisations, tokens with history, settings, drafts, notices', async () => {
    const { vault, reopen, clock } = await openVault();
    const orgId = vault.saveOrganisation({ name: 'ООО «Ромашка»', taxId: '190000000' }).id;
    const token = await vault.saveToken(tokenInput(orgId));
    clock.advance(60_000);
    await vault.saveToken(tokenInput(orgId, { secret: 'c207f977-3f48-4ca3-c4da-a56971490931', replacesTokenId: token.id }));
    vault.updateSettings({ language: 'en', soonThresholdDays: 30 });
    vault.saveDraft('wizard', { kind: 'smdo', stepIndex: 1, organisationId: orgId, replacesTokenId: '', values: { label: 'СМДО' } });

    const again = await reopen();
    expect(again.snapshot()).toEqual(vault.snapshot());
    expect(await again.revealSecret(token.id)).toBe('c207f977-3f48-4ca3-c4da-a56971490931');
  });

  it('keeps the ciphertext of replaced tokens, so an old token could still be recovered later', async () => {
    const { vault, dataDir } = await openVault();
    const orgId = vault.saveOrganisation({ name: 'ООО «Ромашка»', taxId: '' }).id;
    const token = await vault.saveToken(tokenInput(orgId));
    await vault.saveToken(tokenInput(orgId, { secret: 'the-renewed-token-1234', replacesTokenId: token.id }));
    const stored = JSON.parse(read(dataDir, VAULT_FILE).toString()) as { tokens: { history: { secretCipher: string }[] }[] };
    const oldCipher = defined(stored.tokens[0]?.history[0]).secretCipher;
    expect(await new AesSecretBox(testKey).decrypt(oldCipher)).toBe(OAIS_SECRET);
  });

  it('never contains a secret in plain text, in the vault file or its backup', async () => {
    const { vault, dataDir } = await openVault();
    const orgId = vault.saveOrganisation({ name: 'ООО «Ромашка»', taxId: '' }).id;
    const token = await vault.saveToken(tokenInput(orgId));
    const renewal = 'RENEWED-TOKEN-7f3a9c-visible-if-leaked';
    await vault.saveToken(tokenInput(orgId, { secret: renewal, replacesTokenId: token.id }));
    vault.saveDraft('wizard', { kind: 'oais', stepIndex: 3, organisationId: orgId, replacesTokenId: '', values: { secret: renewal } });
    expect(filesIn(dataDir)).toEqual([BACKUP_FILE, VAULT_FILE]);
    for (const name of filesIn(dataDir)) {
      const bytes = read(dataDir, name);
      expect(bytes.includes(OAIS_SECRET), name).toBe(false);
      expect(bytes.includes(renewal), name).toBe(false);
      expect(bytes.includes('7f3a9c'), name).toBe(false);
    }
  });

  it.runIf(posix)('is readable by its owner only', async () => {
    const { vault, dataDir } = await vaultWithHistory();
    vault.updateSettings({ language: 'ru' });
    expect(statSync(join(dataDir, VAULT_FILE)).mode & 0o777).toBe(0o600);
    expect(statSync(join(dataDir, BACKUP_FILE)).mode & 0o777).toBe(0o600);
  });

  it('keeps in the backup the state from just before the last change', async () => {
    const { dataDir, vault } = await openVault();
    vault.saveOrganisation({ name: 'A', taxId: '' });
    const afterA = read(dataDir, VAULT_FILE);
    vault.saveOrganisation({ name: 'B', taxId: '' });
    expect(read(dataDir, BACKUP_FILE)).toEqual(afterA);
  });

  it('creates its data directory on first start', async () => {
    const dataDir = join(tempDir(), 'Token Assistant', 'data');
    const { vault } = await openVault({ dataDir });
    vault.saveOrganisation({ name: 'A', taxId: '' });
    expect(existsSync(join(dataDir, VAULT_FILE))).toBe(true);
  });
});

describe('a damaged vault file', () => {
  const damages: [string, (original: Buffer) => Buffer | string][] = [
    ['cut off in the middle', (original) => original.subarray(0, Math.floor(original.length / 2))],
    ['empty', () => ''],
    ['overwritten with garbage bytes', () => Buffer.from([0xff, 0xfe, 0x00, 0x13, 0x37, 0x80, 0x81])],
    ['valid JSON of the wrong shape', () => JSON.stringify({ organisations: 'lots', tokens: 42 })],
    [
      'valid JSON with a token missing its ciphertext',
      (original) => {
        const json = JSON.parse(original.toString('utf8')) as { tokens: Record<string, unknown>[] };
        delete json.tokens[0]?.secretCipher;
        return JSON.stringify(json);
      },
    ],
  ];

  it.each(damages)('(%s) is set aside untouched, and the last good state comes back from the backup with a warning', async (_how, damage) => {
    const { dataDir, reopen, stateInBackup, token } = await vaultWithHistory();
    const damaged = damage(read(dataDir, VAULT_FILE));
    writeFileSync(join(dataDir, VAULT_FILE), damaged);

    const vault = await reopen();

    expect(names(vault)).toEqual(stateInBackup);
    expect(await vault.revealSecret(token.id)).toBe(OAIS_SECRET);
    const kept = firstDamaged(dataDir);
    expect(kept).toBe(`vault.damaged-${START.toISOString().replace(/[:.]/g, '-')}.json`);
    expect(read(dataDir, kept)).toEqual(Buffer.from(damaged));
    const [notice] = vault.snapshot().notices;
    expect(notice).toMatchObject({ level: 'warning', code: 'vault_restored_from_backup' });
    expect(notice?.message).toContain(kept);
    expect(notice?.message).toMatch(/^Файл хранилища был повреждён\. Данные восстановлены из резервной копии от \d\d\.\d\d\.\d{4}/);
  });

  it('keeps the warning until the user dismisses it, then never shows it again', async () => {
    const { dataDir, reopen } = await vaultWithHistory();
    writeFileSync(join(dataDir, VAULT_FILE), '{"truncated": ');
    const restored = await reopen();
    const notice = defined(restored.snapshot().notices[0], 'notice');
    expect((await reopen()).snapshot().notices).toEqual([notice]);
    restored.dismissNotice(notice.id);
    expect((await reopen()).snapshot().notices).toEqual([]);
  });

  it('with no backup: the vault starts empty, says so as an error, and keeps the damaged file', async () => {
    const { dataDir, reopen } = await vaultWithHistory();
    rmSync(join(dataDir, BACKUP_FILE));
    writeFileSync(join(dataDir, VAULT_FILE), 'not json at all');

    const vault = await reopen();

    expect(vault.snapshot().organisations).toEqual([]);
    const kept = firstDamaged(dataDir);
    expect(read(dataDir, kept).toString()).toBe('not json at all');
    expect(vault.snapshot().notices).toEqual([
      expect.objectContaining({ level: 'error', code: 'vault_unrecoverable', message: message('vault_unrecoverable', 'ru', { file: kept }) }),
    ]);
  });

  it('with a damaged backup too: starts empty with an error, and keeps both files', async () => {
    const { dataDir, reopen } = await vaultWithHistory();
    writeFileSync(join(dataDir, VAULT_FILE), '{');
    writeFileSync(join(dataDir, BACKUP_FILE), '[');

    const vault = await reopen();
    vault.saveOrganisation({ name: 'Новая', taxId: '' });

    expect(vault.snapshot().notices.map((notice) => notice.code)).toEqual(['vault_unrecoverable']);
    expect(read(dataDir, firstDamaged(dataDir)).toString()).toBe('{');
    const backupKept = defined(
      filesIn(dataDir).find((name) => name.startsWith('vault.backup.damaged-')),
      'damaged backup',
    );
    expect(read(dataDir, backupKept).toString()).toBe('[');
  });

  it('damaged twice in the same second keeps both damaged files', async () => {
    const { dataDir, reopen } = await vaultWithHistory();
    writeFileSync(join(dataDir, VAULT_FILE), 'first damage');
    await reopen();
    writeFileSync(join(dataDir, VAULT_FILE), 'second damage');
    await reopen();
    const kept = damagedFiles(dataDir).map((name) => read(dataDir, name).toString());
    expect(kept.sort()).toEqual(['first damage', 'second damage']);
  });
});

describe('a missing vault file', () => {
  it('is restored from the backup, and the user is told to check their tokens', async () => {
    const { dataDir, reopen, stateInBackup } = await vaultWithHistory();
    rmSync(join(dataDir, VAULT_FILE));
    const vault = await reopen();
    expect(names(vault)).toEqual(stateInBackup);
    expect(vault.snapshot().notices).toEqual([expect.objectContaining({ level: 'warning', code: 'vault_restored_missing' })]);
    expect(damagedFiles(dataDir)).toEqual([]);
  });

  it('with no backup either is simply a first start, without notices', async () => {
    const { vault } = await openVault();
    expect(vault.snapshot().notices).toEqual([]);
  });
});

describe('a vault written by a newer version of the app', () => {
  it('is set aside byte for byte, never overwritten, and the older state is restored', async () => {
    const { dataDir, reopen, stateInBackup } = await vaultWithHistory();
    const future = JSON.parse(read(dataDir, VAULT_FILE).toString()) as Record<string, unknown>;
    future.schemaVersion = 2;
    future.certificates = [{ thumbprint: 'abc' }];
    future.__internal__ = { migrations: { version: '2.0.0' } };
    const futureBytes = Buffer.from(JSON.stringify(future, null, '\t'));
    writeFileSync(join(dataDir, VAULT_FILE), futureBytes);

    const vault = await reopen();
    vault.saveOrganisation({ name: 'После отката', taxId: '' });

    expect(names(vault)).toEqual([...stateInBackup, 'После отката']);
    expect(read(dataDir, firstDamaged(dataDir))).toEqual(futureBytes);
    expect(vault.snapshot().notices.map((notice) => notice.code)).toEqual(['vault_restored_from_backup']);
  });

  it('with only a newer migration marker is set aside too, so conf never lowers the marker', async () => {
    const { dataDir, reopen } = await vaultWithHistory();
    const stored = JSON.parse(read(dataDir, VAULT_FILE).toString()) as Record<string, unknown>;
    stored.__internal__ = { migrations: { version: '3.1.0' } };
    const bytes = Buffer.from(JSON.stringify(stored));
    writeFileSync(join(dataDir, VAULT_FILE), bytes);
    await reopen();
    expect(read(dataDir, firstDamaged(dataDir))).toEqual(bytes);
  });
});

describe('an interrupted write', () => {
  it('leaves temp files that do not disturb the next start; old ones are cleaned up, recent ones left to their writer', async () => {
    const { dataDir, reopen, stateInMain } = await vaultWithHistory();
    const half = read(dataDir, VAULT_FILE).subarray(0, 40);
    const stale = [`${VAULT_FILE}.tmp-1764000000abc123`, `${BACKUP_FILE}.tmp-0a1b2c3d4e5f`];
    const recent = `${VAULT_FILE}.tmp-1764999999def456`;
    for (const name of [...stale, recent]) writeFileSync(join(dataDir, name), half);
    const hourAgo = new Date(Date.now() - 3_600_000);
    for (const name of stale) utimesSync(join(dataDir, name), hourAgo, hourAgo);
    writeFileSync(join(dataDir, 'notes.txt'), 'not ours');

    const vault = await reopen();

    expect(names(vault)).toEqual(stateInMain);
    expect(vault.snapshot().notices).toEqual([]);
    expect(filesIn(dataDir)).toEqual([BACKUP_FILE, VAULT_FILE, recent, 'notes.txt'].sort());
  });
});

describe('a write that fails', () => {
  async function expectNothingChanged(setup: Awaited<ReturnType<typeof vaultWithHistory>>, breakDisk: () => void, repairDisk: () => void) {
    const { vault, dataDir, reopen, token } = setup;
    const before = vault.snapshot();
    const mainBefore = read(dataDir, VAULT_FILE);
    const backupBefore = read(dataDir, BACKUP_FILE);
    let heard = 0;
    vault.onChange(() => (heard += 1));
    breakDisk();

    const attempts = [
      () => vault.saveOrganisation({ name: 'Не сохранится', taxId: '' }),
      () => vault.saveToken(tokenInput(token.organisationId, { secret: 'never-saved-secret', replacesTokenId: token.id })),
      () => vault.deleteToken(token.id),
      () => vault.updateSettings({ language: 'en' }),
    ];
    for (const attempt of attempts) {
      const error = await writeFailure(attempt);
      expect(error.code).toBe('vault_write_failed');
      expect(error.message).toBe(message('vault_write_failed', 'ru'));
    }

    expect(vault.snapshot()).toEqual(before);
    expect(heard).toBe(0);
    repairDisk();
    expect(read(dataDir, VAULT_FILE)).toEqual(mainBefore);
    expect(read(dataDir, BACKUP_FILE)).toEqual(backupBefore);
    expect(filesIn(dataDir)).toEqual([BACKUP_FILE, VAULT_FILE]);
    expect((await reopen()).snapshot()).toEqual(before);
    // And once the disk is fine again, saving works.
    vault.saveOrganisation({ name: 'Сохранится', taxId: '' });
    expect(names(await reopen())).toContain('Сохранится');
  }

  it('because the vault file cannot be replaced (works even as root) changes neither memory nor disk', async () => {
    const setup = await vaultWithHistory();
    const mainPath = join(setup.dataDir, VAULT_FILE);
    const mainBytes = read(setup.dataDir, VAULT_FILE);
    await expectNothingChanged(
      setup,
      () => {
        // A directory in the file's place: conf's rename onto it fails with EISDIR, whoever we are.
        rmSync(mainPath);
        mkdirSync(join(mainPath, 'blocker'), { recursive: true });
      },
      () => {
        rmSync(mainPath, { recursive: true });
        writeFileSync(mainPath, mainBytes, { mode: 0o600 });
      },
    );
  });

  it('because the backup cannot be refreshed changes neither memory nor disk', async () => {
    const setup = await vaultWithHistory();
    const backupPath = join(setup.dataDir, BACKUP_FILE);
    const backupBytes = read(setup.dataDir, BACKUP_FILE);
    await expectNothingChanged(
      setup,
      () => {
        rmSync(backupPath);
        mkdirSync(join(backupPath, 'blocker'), { recursive: true });
      },
      () => {
        rmSync(backupPath, { recursive: true });
        writeFileSync(backupPath, backupBytes, { mode: 0o600 });
      },
    );
  });

  it.skipIf(isRoot || !posix)('because the folder is read-only (EACCES) changes neither memory nor disk', async () => {
    const setup = await vaultWithHistory();
    await expectNothingChanged(
      setup,
      () => chmodSync(setup.dataDir, 0o500),
      () => chmodSync(setup.dataDir, 0o700),
    );
  });

  it('at the very first start, when the data folder cannot be created, says so', async () => {
    const blocker = join(tempDir(), 'a-file');
    writeFileSync(blocker, '');
    const error = await writeFailure(() => openVault({ dataDir: join(blocker, 'data') }));
    expect(error.code).toBe('vault_write_failed');
    expect(error.message).toBe(message('vault_write_failed', 'ru'));
  });
});
