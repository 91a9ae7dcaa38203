import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { AesSecretBox } from '../../../electron/core/vault/aes-secret-box';
import { Vault } from '../../../electron/core/vault/vault';
import { emptyVaultData, vaultFileSchema } from '../../../electron/core/vault/vault-schema';
import { DEFAULT_SERVICE_PORT } from '../../../shared/token-service/limits';

/** The token service's part of vault.json: absent in older files, bounded and key-free in new ones. */

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const program = (n: number) => ({
  id: `p-${n}`,
  name: `Программа ${n}`,
  keySha256: 'a'.repeat(64),
  tokenIds: ['t-1'],
  createdAt: '2026-12-01T10:00:00.000Z',
  lastAccessAt: null,
});
const service = (patch: object = {}) => ({ enabled: true, port: 47615, programs: [program(1)], journal: [], ...patch });
const parses = (tokenService: unknown) => vaultFileSchema.safeParse({ ...emptyVaultData(), tokenService }).success;

describe('tokenService in vault.json', () => {
  it('a file written before the service existed opens unchanged: off, default port, no programs', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'token-assistant-schema-'));
    dirs.push(dir);
    writeFileSync(join(dir, 'vault.json'), JSON.stringify(emptyVaultData()));
    const vault = await Vault.open({ dataDir: dir, secretBox: new AesSecretBox(randomBytes(32)) });
    expect(vault.tokenService()).toEqual({ enabled: false, port: DEFAULT_SERVICE_PORT, programs: [], journal: [] });
    expect(vault.snapshot().notices).toEqual([]);
    expect(readdirSync(dir).filter((name) => name.includes('damaged') || /vault-.*\.json/.test(name))).toEqual([]);
  });

  it('accepts what the app writes', () => {
    expect(parses(service())).toBe(true);
    expect(parses(service({ journal: [{ at: '2026-12-01T10:00:00.000Z', programId: null, program: null, tokenId: null, status: 401 }] }))).toBe(true);
  });

  it('refuses a stored key, a hash that is not SHA-256 hex, a privileged port and lists longer than the app writes', () => {
    expect(parses(service({ programs: [{ ...program(1), key: 'x'.repeat(43) }] }))).toBe(false);
    expect(parses(service({ programs: [{ ...program(1), keySha256: 'A'.repeat(64) }] }))).toBe(false);
    expect(parses(service({ programs: [{ ...program(1), keySha256: 'a'.repeat(63) }] }))).toBe(false);
    expect(parses(service({ port: 80 }))).toBe(false);
    expect(parses(service({ programs: Array.from({ length: 101 }, (_, n) => program(n)) }))).toBe(false);
    expect(parses(service({ programs: [{ ...program(1), tokenIds: Array.from({ length: 501 }, () => 't') }] }))).toBe(false);
    expect(parses(service({ programs: [{ ...program(1), name: 'x'.repeat(101) }] }))).toBe(false);
    const entry = { at: '2026-12-01T10:00:00.000Z', programId: null, program: null, tokenId: null, status: 200 };
    expect(parses(service({ journal: Array.from({ length: 501 }, () => entry) }))).toBe(false);
    expect(parses(service({ journal: [{ ...entry, token: 'leaked' }] }))).toBe(false);
  });
});
