import Conf from 'conf';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Language } from '../../../shared/model/types';
import { message } from '../../../shared/texts/messages';
import { AppFailure } from '../errors';
import { TEMP_FILE_SUFFIX, writeFileAtomicSync } from './atomic-write';
import { CONF_PROJECT_VERSION, emptyVaultData, vaultDataSchema, vaultFileSchema } from './vault-schema';
import type { VaultData } from './vault-schema';

/**
 * Persistence of the vault, and nothing else: vault.json (written by conf,
 * atomically), vault.backup.json (the last good state before each write), and
 * the recovery from a damaged or missing file at start-up.
 *
 * Why the file is checked before conf sees it: conf writes on construction (its
 * migration marker, and for an unknown newer marker it would even lower it), so
 * a file we do not understand must be set aside first, untouched.
 */

export const VAULT_FILE = 'vault.json';
export const BACKUP_FILE = 'vault.backup.json';
const CONF_NAME = 'vault';
/** A temp file this old cannot belong to a write still in progress: it is left over from a crash. */
const STALE_TEMP_MS = 10 * 60_000;

/** What happened at start-up that the user must be told about. */
export type Recovery =
  | { kind: 'restored-from-backup'; damagedFile: string; backupSavedAt: Date }
  | { kind: 'restored-missing-file'; backupSavedAt: Date }
  | { kind: 'unrecoverable'; damagedFile: string };

export interface OpenedVaultFile {
  file: VaultFile;
  data: VaultData;
  recovery: Recovery | null;
}

type Inspection =
  | { state: 'missing' }
  | { state: 'good'; bytes: Buffer }
  | { state: 'damaged' }
  | { state: 'unreadable'; error: unknown };

/**
 * Reads a vault file without changing it. Every schema version but the current
 * one counts as damaged: there are no older versions yet, and a newer one is not
 * ours to rewrite. (When version 2 comes, version 1 files must pass here and be
 * upgraded by a conf migration.)
 */
function inspect(path: string): Inspection {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? { state: 'missing' } : { state: 'unreadable', error };
  }
  try {
    return vaultFileSchema.safeParse(JSON.parse(bytes.toString('utf8'))).success ? { state: 'good', bytes } : { state: 'damaged' };
  } catch {
    return { state: 'damaged' };
  }
}

/** Renames a damaged file to a name no later start will overwrite; it is evidence, never deleted. */
function moveAside(dataDir: string, fileName: string, stem: string, now: Date): string {
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  let target = `${stem}-${stamp}.json`;
  for (let n = 2; existsSync(join(dataDir, target)); n += 1) target = `${stem}-${stamp}-${n}.json`;
  renameSync(join(dataDir, fileName), join(dataDir, target));
  return target;
}

function removeStaleTemps(dataDir: string): void {
  for (const name of readdirSync(dataDir)) {
    if (!(name.startsWith(`${VAULT_FILE}.`) || name.startsWith(`${BACKUP_FILE}.`)) || !TEMP_FILE_SUFFIX.test(name)) continue;
    const path = join(dataDir, name);
    try {
      // File times come from the OS clock, so the OS clock (not the injected one) judges their age.
      if (Date.now() - statSync(path).mtimeMs > STALE_TEMP_MS) rmSync(path, { force: true });
    } catch {
      // Gone already, or not ours to remove: harmless either way.
    }
  }
}

/** Brings back vault.json when it is damaged or missing; returns what the user must be told. */
function recover(dataDir: string, main: Inspection, now: Date): Recovery | null {
  const damagedFile = main.state === 'damaged' ? moveAside(dataDir, VAULT_FILE, 'vault.damaged', now) : null;
  const backupPath = join(dataDir, BACKUP_FILE);
  const backup = inspect(backupPath);
  if (backup.state === 'good') {
    writeFileAtomicSync(join(dataDir, VAULT_FILE), backup.bytes);
    const backupSavedAt = statSync(backupPath).mtime;
    return damagedFile
      ? { kind: 'restored-from-backup', damagedFile, backupSavedAt }
      : { kind: 'restored-missing-file', backupSavedAt };
  }
  if (backup.state === 'damaged') {
    // Kept for whoever tries a manual recovery; the next write would otherwise replace it.
    const damagedBackup = moveAside(dataDir, BACKUP_FILE, 'vault.backup.damaged', now);
    return { kind: 'unrecoverable', damagedFile: damagedFile ?? damagedBackup };
  }
  return damagedFile ? { kind: 'unrecoverable', damagedFile } : null;
}

function writeFailed(error: unknown, language: Language): AppFailure {
  const failure = new AppFailure('vault_write_failed', message('vault_write_failed', language));
  // fs errors name paths and codes (ENOSPC, EACCES), never file content: safe to keep for logs.
  failure.cause = error;
  return failure;
}

function withoutConfBookkeeping(store: Record<string, unknown>): VaultData {
  const { __internal__: _bookkeeping, ...data } = store;
  return vaultDataSchema.parse(data);
}

export class VaultFile {
  private constructor(
    private readonly conf: Conf<Record<string, unknown>>,
    private readonly dataDir: string,
    /** The language of the last state on disk, for the message of a failed write. */
    private language: Language,
  ) {}

  /** Opens (or creates) the vault in `dataDir`, recovering from damage; `now` names damaged files. */
  static open(dataDir: string, now: Date): OpenedVaultFile {
    let recovery: Recovery | null;
    let conf: Conf<Record<string, unknown>>;
    try {
      mkdirSync(dataDir, { recursive: true, mode: 0o700 });
      removeStaleTemps(dataDir);
      const main = inspect(join(dataDir, VAULT_FILE));
      if (main.state === 'unreadable') throw main.error;
      recovery = main.state === 'good' ? null : recover(dataDir, main, now);
      conf = new Conf<Record<string, unknown>>({
        cwd: dataDir,
        configName: CONF_NAME,
        projectVersion: CONF_PROJECT_VERSION,
        migrations: {
          // Version 0 is "no file": a first start gets the empty vault in a single write.
          [CONF_PROJECT_VERSION]: (store) => {
            if (store.size === 0) store.store = emptyVaultData();
          },
        },
        clearInvalidConfig: false,
        configFileMode: 0o600,
        accessPropertiesByDotNotation: false,
        watch: false,
      });
    } catch (error) {
      throw writeFailed(error, 'ru');
    }
    const data = withoutConfBookkeeping(conf.store);
    return { file: new VaultFile(conf, dataDir, data.settings.language), data, recovery };
  }

  /**
   * Persists `next`, or throws AppFailure('vault_write_failed') with both files
   * as they were. The backup is refreshed first, and only from a main file that
   * is itself good, so a good backup is never replaced by a damaged one.
   */
  write(next: VaultData): void {
    // A bug in the vault must never reach the disk: such a file would be set aside at the next start.
    const checked = vaultDataSchema.parse(next);
    try {
      const current = inspect(join(this.dataDir, VAULT_FILE));
      if (current.state === 'good') writeFileAtomicSync(join(this.dataDir, BACKUP_FILE), current.bytes);
      this.conf.store = checked;
    } catch (error) {
      throw writeFailed(error, this.language);
    }
    this.language = checked.settings.language;
  }
}
