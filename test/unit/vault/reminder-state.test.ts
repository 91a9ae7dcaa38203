import { writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RETENTION_DAYS } from '../../../electron/core/reminders/announcement-store';
import { openVault, tokenInput } from './fixtures';

describe('the reminder memory kept in the vault', () => {
  it('remembers announced reminders across a restart, so nothing is announced twice', async () => {
    const { vault, reopen, clock } = await openVault();
    const store = vault.announcements();
    expect(store.lastCheckedAt()).toBeNull();
    store.record(['t1|14d', 't1|10d'], clock.now());
    const reopened = (await reopen()).announcements();
    expect(reopened.isAnnounced('t1|14d')).toBe(true);
    expect(reopened.isAnnounced('t1|10d')).toBe(true);
    expect(reopened.isAnnounced('t1|5d')).toBe(false);
    expect(reopened.lastCheckedAt()?.toISOString()).toBe(clock.now().toISOString());
  });

  it('a check that announces nothing keeps the memory as it is and moves only the time; old keys go when keys come in or a new day starts', async () => {
    const { vault, reopen, clock } = await openVault();
    const store = vault.announcements();
    store.record(['old|14d'], clock.now());
    clock.advance(60_000);
    store.record([], clock.now());
    store.record(['old|14d'], clock.now());
    expect(store.lastCheckedAt()?.toISOString()).toBe(clock.now().toISOString());
    expect(store.isAnnounced('old|14d')).toBe(true);
    // Past the retention, on a later day: the old key goes with the next check.
    clock.advance((RETENTION_DAYS + 1) * 86_400_000);
    store.record([], clock.now());
    expect(store.isAnnounced('old|14d')).toBe(false);
    store.record(['new|7d'], clock.now());
    const reopened = (await reopen()).announcements();
    expect(reopened.isAnnounced('new|7d')).toBe(true);
    expect(reopened.isAnnounced('old|14d')).toBe(false);
  });

  it('records silently: bookkeeping does not look like a change of the user’s data', async () => {
    const { vault, clock } = await openVault();
    let changes = 0;
    vault.onChange(() => changes++);
    vault.announcements().record(['k'], clock.now());
    expect(changes).toBe(0);
  });

  it('keeps per-token reminder choices and a snooze, and forgets them with the token', async () => {
    const { vault, clock, reopen } = await openVault();
    const orgId = vault.saveOrganisation({ name: 'ООО «Ромашка»', taxId: '' }).id;
    const token = await vault.saveToken(tokenInput(orgId));
    vault.updateReminderPreferences(token.id, { thresholdsDays: [7, 1] });
    const snoozed = vault.snoozeReminders(token.id, 3);
    expect(snoozed).toEqual({ thresholdsDays: [7, 1], snoozedUntil: new Date(clock.now().getTime() + 3 * 86_400_000).toISOString() });
    expect((await reopen()).snapshot().reminders[token.id]).toEqual(snoozed);
    vault.deleteToken(token.id);
    expect(vault.snapshot().reminders).toEqual({});
  });

  it('refuses reminder choices for a token that does not exist', async () => {
    const { vault } = await openVault();
    expect(() => vault.updateReminderPreferences('missing', { enabled: false })).toThrow(/не найден/);
  });

  it('opens a vault file written before reminders existed, with reminders on and start-at-login on', async () => {
    const { vault, dataDir, reopen } = await openVault();
    vault.saveOrganisation({ name: 'ООО «Ромашка»', taxId: '' });
    const file = join(dataDir, 'vault.json');
    const stored = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown> & { settings: Record<string, unknown> };
    delete stored.reminders;
    delete stored.settings.startAtLogin;
    writeFileSync(file, JSON.stringify(stored));
    const snapshot = (await reopen()).snapshot();
    expect(snapshot.organisations).toHaveLength(1);
    expect(snapshot.settings.startAtLogin).toBe(true);
    expect(snapshot.notices).toEqual([]);
  });
});
