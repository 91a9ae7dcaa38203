import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { VAULT_FILE } from '../../../electron/core/vault/vault-file';
import { openVault, tokenInput } from '../vault/fixtures';

const SMDO = { kind: 'smdo' as const, expiresAt: null, secret: 'vN8_qL2xKp5RmT7wZc3Hb9Ys1Df', settings: { tokenUrl: 'https://smdo.example.by/token' } };

async function smdoVault() {
  const opened = await openVault();
  const organisationId = opened.vault.saveOrganisation({ name: 'Райисполком', taxId: '' }).id;
  const token = await opened.vault.saveToken(tokenInput(organisationId, SMDO));
  return { ...opened, organisationId, token };
}

const storedHosts = (dataDir: string) =>
  (JSON.parse(readFileSync(join(dataDir, VAULT_FILE), 'utf8')) as { tokens: { confirmedHosts?: string[] }[] }).tokens.map((token) => token.confirmedHosts);

describe('a record’s confirmed host', () => {
  it('is none for a new record, the record’s own origin once confirmed, and kept on disk', async () => {
    const { vault, token, dataDir, reopen } = await smdoVault();
    expect(vault.hostConfirmed(token.id, 'https://smdo.example.by')).toBe(false);
    vault.confirmHost(token.id, 'https://smdo.example.by');
    expect(vault.hostConfirmed(token.id, 'https://smdo.example.by')).toBe(true);
    expect(vault.hostConfirmed(token.id, 'https://smdo.example.by:8443')).toBe(false);
    expect(storedHosts(dataDir)).toEqual([['https://smdo.example.by']]);
    expect((await reopen()).hostConfirmed(token.id, 'https://smdo.example.by')).toBe(true);
  });

  it('cannot be another host than the record’s address', async () => {
    const { vault, token } = await smdoVault();
    expect(() => vault.confirmHost(token.id, 'https://elsewhere.example')).toThrow();
    expect(vault.hostConfirmed(token.id, 'https://elsewhere.example')).toBe(false);
  });

  it('survives a renewal with the same address and goes with a new one, whichever way the address changes', async () => {
    const { vault, token, organisationId } = await smdoVault();
    vault.confirmHost(token.id, 'https://smdo.example.by');
    await vault.saveToken(tokenInput(organisationId, { ...SMDO, secret: 'Zq4_wE8rTy2uIo6pAs1dFg5hJk9', replacesTokenId: token.id }));
    expect(vault.hostConfirmed(token.id, 'https://smdo.example.by')).toBe(true);
    vault.updateTokenSettings(token.id, { tokenUrl: 'https://other.example/token' });
    vault.updateTokenSettings(token.id, { tokenUrl: 'https://smdo.example.by/token' });
    expect(vault.hostConfirmed(token.id, 'https://smdo.example.by')).toBe(false);
  });

  it('is read as none from a vault written before it existed', async () => {
    const { vault, token, dataDir, reopen } = await smdoVault();
    vault.confirmHost(token.id, 'https://smdo.example.by');
    const raw = JSON.parse(readFileSync(join(dataDir, VAULT_FILE), 'utf8')) as { tokens: Record<string, unknown>[] };
    for (const stored of raw.tokens) delete stored.confirmedHosts;
    writeFileSync(join(dataDir, VAULT_FILE), JSON.stringify(raw));
    const older = await reopen();
    expect(older.snapshot().organisations[0]?.tokens).toHaveLength(1);
    expect(older.hostConfirmed(token.id, 'https://smdo.example.by')).toBe(false);
  });
});
