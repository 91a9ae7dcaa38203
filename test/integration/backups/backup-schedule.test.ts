import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { VAULT_FILE } from '../../../electron/core/vault/vault-file';
import { call, failure } from '../../support/router-calls';
import type { LoggedCore } from './backup-fixtures';
import { DAY_MS, HOUR_MS, OAIS_SECRET, SMDO_KEY, SMDO_LOGIN, START, backupNames, cleanUpAll, readOnlyFolder, seedRecords, startBackupCore, tempFolder } from './backup-fixtures';

/**
 * Automatic backups through the core router, in plain Node: real files in a temp folder, the
 * real export format, the core's manual clock (a «day» is a day the test advances).
 */

afterEach(cleanUpAll);

/** The copies appear after the clock fires the timer: the write itself is asynchronous. */
async function expectCopies(folder: string, count: number): Promise<string[]> {
  await vi.waitFor(() => expect(backupNames(folder)).toHaveLength(count), { timeout: 5000 });
  return backupNames(folder);
}

/** Waits until the copy of `at` is recorded and the next one is armed (a macrotask after the bookkeeping). */
async function copyRecorded(app: LoggedCore, at: Date): Promise<void> {
  await vi.waitFor(async () => expect((await call(app, 'backupsGetState', {})).lastSuccessAt).toBe(at.toISOString()), { timeout: 5000 });
  await new Promise((resolve) => setTimeout(resolve, 20));
}

describe('automatic backups', () => {
  it('a vault written before backups existed opens with them off, ten kept, nothing in any folder', async () => {
    const app = await startBackupCore();
    // A fresh vault is written exactly like an older version's: without the backups' part.
    expect(JSON.parse(readFileSync(join(app.dataDir, VAULT_FILE), 'utf8'))).not.toHaveProperty('backups');
    const state = await call(app, 'backupsGetState', {});
    expect(state).toMatchObject({ enabled: false, folder: null, keep: 10, files: [], lastSuccessAt: null, nextAt: null });
  });

  it('switching on asks for a folder, makes the first copy at once, then one a day, keeping the last N', async () => {
    const app = await startBackupCore();
    await seedRecords(app);
    app.core.startBackups();
    const folder = tempFolder();
    // Somebody else's files in the same folder, some looking a lot like ours.
    const strangers = ['отчёт.xlsx', 'token-assistant-backup-manual.tavault', 'token-assistant-backup-2020-01-01T00-00-00Z.tavault.bak'];
    for (const name of strangers) writeFileSync(join(folder, name), 'not ours');
    mkdirSync(join(folder, 'token-assistant-backup-2020-01-01T00-00-00Z.tavault'));

    app.folderPicker.folders.push(null);
    const cancelled = await call(app, 'backupsSetEnabled', { enabled: true });
    expect(cancelled).toMatchObject({ cancelled: true, enabled: false });

    app.folderPicker.folders.push(folder);
    const on = await call(app, 'backupsSetEnabled', { enabled: true });
    expect(on).toMatchObject({ cancelled: false, enabled: true, folder });
    const [first] = await expectCopies(folder, 1);
    await copyRecorded(app, START);
    expect(first).toBe('token-assistant-backup-2026-12-05T10-00-00Z.tavault');
    expect(readFileSync(join(folder, first ?? ''), 'utf8')).toMatch(/^\{"format":"token-assistant-export","version":1,/);
    const state = await call(app, 'backupsGetState', {});
    expect(state.files).toEqual([{ name: first, createdAt: START.toISOString(), sizeBytes: statSync(join(folder, first ?? '')).size }]);
    expect(state.nextAt).toBe(new Date(START.getTime() + DAY_MS).toISOString());

    await call(app, 'backupsSetKeep', { keep: 3 });
    app.clock.advance(DAY_MS - HOUR_MS);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(backupNames(folder)).toHaveLength(1);
    app.clock.advance(HOUR_MS);
    await expectCopies(folder, 2);
    await copyRecorded(app, new Date(START.getTime() + DAY_MS));
    for (let day = 2; day <= 6; day += 1) {
      app.clock.advance(DAY_MS);
      await copyRecorded(app, new Date(START.getTime() + day * DAY_MS));
    }
    // Only the newest three of ours; every other file is where it was.
    expect(backupNames(folder)).toEqual([
      'token-assistant-backup-2026-12-09T10-00-00Z.tavault',
      'token-assistant-backup-2026-12-10T10-00-00Z.tavault',
      'token-assistant-backup-2026-12-11T10-00-00Z.tavault',
    ]);
    for (const name of strangers) expect(readFileSync(join(folder, name), 'utf8')).toBe('not ours');
    expect(statSync(join(folder, 'token-assistant-backup-2020-01-01T00-00-00Z.tavault')).isDirectory()).toBe(true);
  });

  it('a day missed while the app was closed is made up at the next start, and after sleep', async () => {
    const first = await startBackupCore();
    await seedRecords(first);
    const folder = tempFolder();
    first.core.startBackups();
    first.folderPicker.folders.push(folder);
    await call(first, 'backupsSetEnabled', { enabled: true });
    await expectCopies(folder, 1);
    await copyRecorded(first, START);
    await first.core.dispose();

    // Three days later the PC is switched on again.
    const again = await startBackupCore({ dataDir: first.dataDir, key: first.key, now: new Date(START.getTime() + 3 * DAY_MS + 5 * HOUR_MS) });
    expect(backupNames(folder)).toHaveLength(1);
    again.core.startBackups();
    const names = await expectCopies(folder, 2);
    expect(names[1]).toBe('token-assistant-backup-2026-12-08T15-00-00Z.tavault');
    await copyRecorded(again, new Date(START.getTime() + 3 * DAY_MS + 5 * HOUR_MS));

    // Asleep for two days: the timers slept too; the wake-up (main's powerMonitor 'resume') catches up.
    again.clock.jump(2 * DAY_MS);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(backupNames(folder)).toHaveLength(2);
    await again.core.recomputeReminders();
    const woken = await expectCopies(folder, 3);
    expect(woken[2]).toBe('token-assistant-backup-2026-12-10T15-00-00Z.tavault');
  });

  it('a folder that is gone gives a plain message and a notice, keeps the vault, and recovers when it is back', async () => {
    const app = await startBackupCore();
    const { oaisId } = await seedRecords(app);
    const folder = tempFolder();
    app.core.startBackups();
    app.folderPicker.folders.push(folder);
    await call(app, 'backupsSetEnabled', { enabled: true });
    await expectCopies(folder, 1);
    await copyRecorded(app, START);

    rmSync(folder, { recursive: true, force: true });
    app.clock.advance(DAY_MS);
    await vi.waitFor(async () => expect((await call(app, 'backupsGetState', {})).lastFailure).toContain('Папка для резервных копий не найдена'));
    await new Promise((resolve) => setTimeout(resolve, 20));
    const state = await call(app, 'backupsGetState', {});
    expect(state.folderProblem).toContain('не найдена');
    expect(state.lastFailure).toContain('Токены в приложении не затронуты');
    const notice = app.core.vault.snapshot().notices.find((entry) => entry.code === 'backup_failed');
    expect(notice?.message).toContain('Автоматическая резервная копия не сделана');
    expect(await app.core.vault.revealSecret(oaisId)).toBe(OAIS_SECRET);

    // Said once from the tray too; a click opens the dashboard.
    expect(app.notifier.shown.map((shown) => shown.title)).toEqual(['Резервная копия не сделана']);
    expect(app.notifier.shown[0]?.body).toContain('не найдена');

    // «Сделать копию сейчас» says the same at once.
    const refused = await failure(app, 'backupsMakeNow', {});
    expect(refused).toMatchObject({ code: 'backup_failed' });
    expect(refused.message).toContain('не найдена');

    // The drive is back: the hourly retry makes the copy and takes the notice down.
    mkdirSync(folder);
    app.clock.advance(HOUR_MS);
    await expectCopies(folder, 1);
    await vi.waitFor(() => expect(app.core.vault.snapshot().notices.some((entry) => entry.code === 'backup_failed')).toBe(false));
    expect((await call(app, 'backupsGetState', {})).lastFailure).toBeNull();
    expect(app.notifier.shown).toHaveLength(1);
    expect(app.logs).toEqual([]);
  });

  it('a folder the app may not write to is said plainly, without a crash', async () => {
    const app = await startBackupCore();
    await seedRecords(app);
    const folder = readOnlyFolder();
    app.folderPicker.folders.push(folder);
    await call(app, 'backupsChooseFolder', {});
    const refused = await failure(app, 'backupsMakeNow', {});
    expect(refused.code).toBe('backup_failed');
    expect(refused.message).toContain('Нет прав на запись в папку резервных копий');
    expect((await call(app, 'backupsGetState', {})).lastFailure).toContain('Нет прав');
    expect(app.logs).toEqual([]);
  });

  it('a file instead of a folder is refused when chosen', async () => {
    const app = await startBackupCore();
    const file = join(tempFolder(), 'not-a-folder.txt');
    writeFileSync(file, 'x');
    app.folderPicker.folders.push(file);
    const refused = await failure(app, 'backupsChooseFolder', {});
    expect(refused).toMatchObject({ code: 'invalid_field', field: 'folder' });
    expect((await call(app, 'backupsGetState', {})).folder).toBeNull();
  });

  it('the password is kept sealed: never in the vault file, a copy, a log or the console', async () => {
    const consoleLines: string[] = [];
    const spies = (['log', 'info', 'warn', 'error', 'debug'] as const).map((level) =>
      vi.spyOn(console, level).mockImplementation((...args: unknown[]) => consoleLines.push(args.map(String).join(' '))),
    );
    try {
      const app = await startBackupCore();
      await seedRecords(app);
      const folder = tempFolder();
      app.folderPicker.folders.push(folder);
      await call(app, 'backupsSetEnabled', { enabled: true });
      const made = await call(app, 'backupsMakeNow', {});
      expect(made.passwordRevealed).toBe(false);
      const { password } = await call(app, 'backupsRevealPassword', {});
      expect(password).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){5}$/);
      expect((await call(app, 'backupsGetState', {})).passwordRevealed).toBe(true);

      const vaultText = readFileSync(join(app.dataDir, VAULT_FILE), 'utf8');
      expect(JSON.parse(vaultText).backups.passwordCipher).toEqual(expect.any(String));
      const copies = backupNames(folder).map((name) => readFileSync(join(folder, name), 'utf8'));
      for (const text of [vaultText, ...copies, ...app.logs, ...consoleLines]) {
        expect(text).not.toContain(password);
        for (const secret of [OAIS_SECRET, SMDO_KEY, SMDO_LOGIN]) expect(text).not.toContain(secret);
      }

      // «Скопировать пароль»: on the clipboard, wiped like a token.
      const copied = await call(app, 'backupsCopyPassword', {});
      expect(app.clipboard.text).toBe(password);
      app.clock.advance(copied.clearsAfterSeconds * 1000);
      await vi.waitFor(() => expect(app.clipboard.text).toBe(''));

      // The user's own password: too short is refused by the core; a good one seals the next copy.
      expect(await failure(app, 'backupsSetPassword', { password: 'короткий' })).toMatchObject({ code: 'invalid_field', field: 'password' });
      await call(app, 'backupsSetPassword', { password: 'мой-пароль-копий-2026' });
      expect(readFileSync(join(app.dataDir, VAULT_FILE), 'utf8')).not.toContain('мой-пароль-копий-2026');
      expect((await call(app, 'backupsRevealPassword', {})).password).toBe('мой-пароль-копий-2026');
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
  });
});
