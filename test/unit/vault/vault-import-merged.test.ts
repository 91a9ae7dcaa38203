import { describe, expect, it } from 'vitest';
import type { VaultData } from '../../../electron/core/vault/vault-schema';
import { openVault } from './fixtures';

describe('Vault.exportData and importMerged', () => {
  it('hands out a copy that cannot change the vault', async () => {
    const { vault } = await openVault();
    vault.saveOrganisation({ name: 'ООО «Ромашка»', taxId: '' });
    const data = vault.exportData();
    data.organisations.length = 0;
    expect(vault.exportData().organisations).toHaveLength(1);
  });

  it('takes only organisations and tokens from the merge, and merges again when the vault changed meanwhile', async () => {
    const { vault } = await openVault();
    vault.updateSettings({ clipboardClearSeconds: 45 });
    let runs = 0;
    const result = await vault.importMerged(async (current: VaultData) => {
      runs += 1;
      // The first run is overtaken by a change made while it was awaiting.
      if (runs === 1) vault.saveOrganisation({ name: 'Добавлена во время импорта', taxId: '' });
      await Promise.resolve();
      const next = structuredClone(current);
      next.organisations.push({ id: `imported-${runs}`, name: 'Из файла', taxId: '', createdAt: new Date().toISOString() });
      next.settings.clipboardClearSeconds = 0;
      return { next, marker: runs };
    });
    expect(runs).toBe(2);
    expect(result.marker).toBe(2);
    const names = vault
      .snapshot()
      .organisations.map((organisation) => organisation.name)
      .sort();
    expect(names).toEqual(['Добавлена во время импорта', 'Из файла']);
    expect(vault.snapshot().settings.clipboardClearSeconds).toBe(45);
  });

  it('leaves the vault as it was when the merge fails', async () => {
    const { vault } = await openVault();
    vault.saveOrganisation({ name: 'ООО «Ромашка»', taxId: '' });
    const before = vault.exportData();
    await expect(vault.importMerged(async () => Promise.reject(new Error('wrong password')))).rejects.toThrow('wrong password');
    expect(vault.exportData()).toEqual(before);
  });
});
