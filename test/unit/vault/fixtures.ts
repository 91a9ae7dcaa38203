import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import type { EncryptionState } from '../../../shared/model/types';
import { AesSecretBox } from '../../../electron/core/vault/aes-secret-box';
import type { SecretBox } from '../../../electron/core/ports';
import { Vault } from '../../../electron/core/vault/vault';
import type { TokenInput, VaultOptions } from '../../../electron/core/vault/vault';
import { ManualClock } from '../../support/os-fakes';

export const START = new Date('2026-11-22T09:00:00Z');
export const OAIS_SECRET = 'a085d755-1d26-3af1-a2b8-e34759278719';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A fresh real directory under the OS temp dir, removed after the test. */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'vault-test-'));
  made.push(dir);
  return dir;
}

export const testKey = randomBytes(32);

export interface OpenedVault {
  vault: Vault;
  dataDir: string;
  clock: ManualClock;
  reopen(options?: Partial<VaultOptions>): Promise<Vault>;
}

/** A real vault in a real directory; ids are readable and predictable. */
export async function openVault(options: Partial<VaultOptions> = {}): Promise<OpenedVault> {
  const dataDir = options.dataDir ?? tempDir();
  const clock = new ManualClock(START);
  let counter = 0;
  const open = (overrides: Partial<VaultOptions> = {}) =>
    Vault.open({
      dataDir,
      secretBox: new AesSecretBox(testKey),
      clock,
      newId: () => `id-${++counter}`,
      ...options,
      ...overrides,
    });
  return { vault: await open(), dataDir, clock, reopen: open };
}

export function tokenInput(organisationId: string, overrides: Partial<TokenInput> = {}): TokenInput {
  return {
    organisationId,
    kind: 'oais',
    label: 'Бухгалтерия 1С',
    systemName: 'buh_1c',
    techEmail: 'it@company.by',
    secret: OAIS_SECRET,
    expiresAt: '2027-02-15T08:00:00.000Z',
    notes: '',
    ...overrides,
  };
}

/** A keychain that is locked or broken, and careless enough to quote its input in errors. */
export class BrokenSecretBox implements SecretBox {
  constructor(readonly state: EncryptionState = 'os-keychain') {}
  async encrypt(plain: string): Promise<string> {
    throw new Error(`keychain locked, could not encrypt ${plain}`);
  }
  async decrypt(cipher: string): Promise<string> {
    throw new Error(`keychain locked, could not decrypt ${cipher}`);
  }
}

/** A working box that reports a given protection level (e.g. Linux without a keychain). */
export class LabelledSecretBox extends AesSecretBox {
  constructor(override readonly state: EncryptionState) {
    super(testKey);
  }
}

/** For test data that must exist; fails the test with a clear message instead of a TypeError later. */
export function defined<T>(value: T | undefined | null, what = 'value'): T {
  if (value === undefined || value === null) throw new Error(`expected a ${what}`);
  return value;
}
