import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../shared/model/types';
import { VAULT_FILE } from '../../../electron/core/vault/vault-file';
import { openVault, tempDir } from './fixtures';

/**
 * Issue 10, point 16: the clipboard is wiped after 60 s by default (30 s before). A vault
 * written before that keeps the user's own wipe time and moves from the old default to the new.
 */

/** A vault.json as the previous version wrote it: settings without the «chosen» marker. */
async function previousVersionVault(clipboardClearSeconds: number): Promise<string> {
  const dataDir = tempDir();
  const { vault } = await openVault({ dataDir });
  vault.saveOrganisation({ name: 'ООО «Ромашка»', taxId: '' });
  const path = join(dataDir, VAULT_FILE);
  const stored = JSON.parse(readFileSync(path, 'utf8')) as { settings: Record<string, unknown> };
  delete stored.settings.clipboardClearSecondsChosen;
  stored.settings.clipboardClearSeconds = clipboardClearSeconds;
  writeFileSync(path, JSON.stringify(stored));
  return dataDir;
}

const storedSettings = (dataDir: string) => (JSON.parse(readFileSync(join(dataDir, VAULT_FILE), 'utf8')) as { settings: Record<string, unknown> }).settings;

describe('the clipboard wipe time', () => {
  it('is 60 s in a new vault', async () => {
    const { vault } = await openVault();
    expect(DEFAULT_SETTINGS.clipboardClearSeconds).toBe(60);
    expect(vault.snapshot().settings.clipboardClearSeconds).toBe(60);
    // The marker is the vault's bookkeeping, not a setting the window sees.
    expect(vault.snapshot().settings).toEqual(DEFAULT_SETTINGS);
  });

  it('moves from the old default (30 s) to the new one when a vault of the previous version is opened', async () => {
    const dataDir = await previousVersionVault(30);
    const { vault } = await openVault({ dataDir });
    expect(vault.snapshot().settings.clipboardClearSeconds).toBe(60);
    expect(vault.snapshot().organisations).toHaveLength(1);
    expect(storedSettings(dataDir)).toMatchObject({ clipboardClearSeconds: 60, clipboardClearSecondsChosen: false });
  });

  it.each([0, 10, 45, 120])('keeps a time the user set before (%i s), and keeps it on the next start', async (seconds) => {
    const dataDir = await previousVersionVault(seconds);
    await openVault({ dataDir });
    const { vault } = await openVault({ dataDir });
    expect(vault.snapshot().settings.clipboardClearSeconds).toBe(seconds);
  });

  it('30 s chosen now in Settings stays 30 s: only a vault without the marker is moved', async () => {
    const dataDir = tempDir();
    const first = await openVault({ dataDir });
    first.vault.updateSettings({ clipboardClearSeconds: 30 });
    const { vault } = await openVault({ dataDir });
    expect(vault.snapshot().settings.clipboardClearSeconds).toBe(30);
  });

  it('saving Settings with the time unchanged chooses nothing: a later default may still apply', async () => {
    const dataDir = tempDir();
    const { vault } = await openVault({ dataDir });
    vault.updateSettings({ clipboardClearSeconds: 60, language: 'en' });
    expect(storedSettings(dataDir)).toMatchObject({ clipboardClearSeconds: 60, clipboardClearSecondsChosen: false });
    vault.updateSettings({ clipboardClearSeconds: 90 });
    expect(storedSettings(dataDir)).toMatchObject({ clipboardClearSeconds: 90, clipboardClearSecondsChosen: true });
  });
});
