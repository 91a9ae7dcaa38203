import { chmodSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestCore } from '../../support/test-core';
import type { TestCore } from '../../support/test-core';
import { call, saveTokenOfNewOrganisation } from '../../support/router-calls';

/** Shared by the backups' integration tests: a core with cheap scrypt, a temp folder, a few records. */

/** The smallest scrypt the export format accepts: these tests count files, not attackers. */
export const CHEAP_KDF = { N: 1024, r: 8, p: 1 } as const;
export const START = new Date('2026-12-05T10:00:00Z');
export const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;
export const OAIS_SECRET = 'oais-7f3e9a1c4b2d8e6f0a5c3b1d9e7f2a4c';
export const SMDO_KEY = 'Tq4_zW8nHs2LpV6xRc9Kb3Jm7Gf';
export const SMDO_LOGIN = 'romashka-vsed-app';

const cleanups: (() => void)[] = [];

export function cleanUpAll(): void {
  for (const cleanup of cleanups.splice(0)) cleanup();
}

export function tempFolder(prefix = 'token-assistant-backups-'): string {
  const folder = mkdtempSync(join(tmpdir(), prefix));
  cleanups.push(() => {
    try {
      chmodSync(folder, 0o700);
    } catch {
      // already gone
    }
    rmSync(folder, { recursive: true, force: true });
  });
  return folder;
}

export interface LoggedCore extends TestCore {
  logs: string[];
}

export async function startBackupCore(options: { dataDir?: string; key?: Buffer; now?: Date; logs?: string[] } = {}): Promise<LoggedCore> {
  const logs = options.logs ?? [];
  const started = await startTestCore({
    now: options.now ?? START,
    backupKdf: CHEAP_KDF,
    log: (entry) => logs.push(JSON.stringify(entry)),
    ...(options.dataDir ? { dataDir: options.dataDir } : {}),
    ...(options.key ? { key: options.key } : {}),
  });
  if (!options.dataDir) cleanups.push(started.cleanup);
  cleanups.push(() => void started.core.dispose());
  return { ...started, logs };
}

/** An ОАИС token of «Ромашка» and an СМДО login and key of «Лютик». */
export async function seedRecords(app: TestCore): Promise<{ oaisId: string; smdoId: string }> {
  const oaisId = await saveTokenOfNewOrganisation(
    app,
    { name: 'ООО «Ромашка»', taxId: '191234567' },
    {
      kind: 'oais',
      label: 'Бухгалтерия 1С',
      systemName: 'buh_1c',
      techEmail: 'it@romashka.by',
      secret: OAIS_SECRET,
      expiresAt: new Date(START.getTime() + 60 * DAY_MS).toISOString(),
      notes: '',
    },
  );
  const lyutik = await call(app, 'saveOrganisation', { name: 'ЧУП «Лютик»', taxId: '192345678' });
  const smdo = await call(app, 'smdoSave', { organisationId: lyutik.id, label: 'СМДО, канцелярия', login: SMDO_LOGIN, key: SMDO_KEY, tokenUrl: 'https://smdo.example.by/token' });
  return { oaisId, smdoId: smdo.id };
}

/** Our copies in the folder, oldest first (names sort by time). */
export function backupNames(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isFile() && /^token-assistant-backup-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}Z(-\d+)?\.tavault$/.test(entry.name))
    .map((entry) => entry.name)
    .sort();
}

/**
 * A folder the app cannot write to. chmod does not stop root (as in CI containers), so there
 * the kernel's read-only /sys stands in; elsewhere a folder without write permission.
 */
export function readOnlyFolder(): string {
  if (process.getuid?.() === 0) {
    try {
      writeFileSync('/sys/token-assistant-probe', 'x');
    } catch {
      return '/sys';
    }
    throw new Error('no read-only folder available to root');
  }
  const folder = tempFolder();
  chmodSync(folder, 0o500);
  return folder;
}
