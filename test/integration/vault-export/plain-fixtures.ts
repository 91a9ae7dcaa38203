import type { SecretBox } from '../../../electron/core/ports';
import type { VaultData } from '../../../electron/core/vault/vault-schema';
import { exportEncrypted, importEncrypted } from '../../../electron/core/vault/export-import';
import { START } from '../../unit/vault/fixtures';
import { buildVault } from './vault-builder';
import type { PlainToken, PlainVault } from './vault-builder';

/** What the export and import tests share: cheap scrypt, one password, days counted from START, an ОАИС token, export files. */

/** Cheap scrypt for the many files these tests make; a test that needs the real cost leaves it out. */
export const FAST = { N: 2 ** 10, r: 8, p: 1 };
export const PASSWORD = 'верный конь батарейка скрепка';

/** START moved by n days, as stored (ISO). */
export function day(n: number): string {
  return new Date(START.getTime() + n * 86_400_000).toISOString();
}

/**
 * The importing PC's clock: after every date these fixtures make. An import refuses
 * dates later than its own tomorrow, so the clock must not lag behind the file.
 */
export const IMPORT_NOW = new Date(START.getTime() + 1000 * 86_400_000);

/** An ОАИС token obtained on day 0 that expires on day 90, with whatever the test sets on top. */
export function token(overrides: Partial<PlainToken> & Pick<PlainToken, 'id' | 'organisationId' | 'secret'>): PlainToken {
  return {
    kind: 'oais',
    label: 'Бухгалтерия 1С',
    systemName: 'buh_1c',
    techEmail: 'it@company.by',
    expiresAt: day(90),
    obtainedAt: day(0),
    notes: '',
    history: [],
    ...overrides,
  };
}

/** The plain vault as an export file, sealed with PASSWORD at the cheap cost. */
export async function exportPlain(source: PlainVault, box: SecretBox): Promise<Buffer> {
  return exportEncrypted(await buildVault(source, box), box, PASSWORD, { kdf: FAST });
}

/** Ids for the records an import adds: new-1, new-2, … */
export function numberedIds(): () => string {
  let counter = 0;
  return () => `new-${++counter}`;
}

/** The source's export file imported into `current`. */
export async function importPlain(source: PlainVault, current: VaultData, box: SecretBox, newId = numberedIds()) {
  return importEncrypted(await exportPlain(source, box), PASSWORD, current, box, { newId, now: IMPORT_NOW });
}

/** The source's export file imported into `target`, then the same file again into the result; added records are numbered across both. */
export async function importTwice(source: PlainVault, target: PlainVault, box: SecretBox) {
  const file = await exportPlain(source, box);
  const newId = numberedIds();
  const once = await importEncrypted(file, PASSWORD, await buildVault(target, box), box, { newId, now: IMPORT_NOW });
  const twice = await importEncrypted(file, PASSWORD, once.next, box, { newId, now: IMPORT_NOW });
  return { once, twice };
}
