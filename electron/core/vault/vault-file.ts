import { freeze } from 'immer';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Language } from '../../../shared/model/types';
import { message } from '../../../shared/texts/messages';
import { AppFailure } from '../errors';
import { TEMP_FILE_SUFFIX, contentLength, prepareAtomicWrite, writeFileAtomicSync } from './atomic-write';
import type { FileContent } from './atomic-write';
import { CONF_PROJECT_VERSION, emptyVaultData, vaultFileSchema } from './vault-schema';
import type { VaultData } from './vault-schema';
import { VaultSerialiser } from './vault-serialiser';

/**
 * Persistence of the vault, and nothing else: vault.json (written atomically),
 * vault.backup.json (the last good state before each write), and the recovery
 * from a damaged or missing file at start-up.
 *
 * Earlier versions wrote vault.json through conf; the file keeps conf's format and
 * its migration marker (`__internal__.migrations.version`), so those files open as
 * they are and an older app still reads what this one writes. conf itself is gone:
 * it re-read and re-parsed the whole file on every access, which at thousands of
 * tokens cost more than the save (issue #12). Opening reads and parses the file once.
 */

export const VAULT_FILE = 'vault.json';
export const BACKUP_FILE = 'vault.backup.json';
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

type Inspection = { state: 'missing' } | { state: 'good'; bytes: Buffer; file: Record<string, unknown> } | { state: 'damaged' } | { state: 'unreadable'; error: unknown };

/**
 * Reads a vault file without changing it. Every schema version but the current
 * one counts as damaged: there are no older versions yet, and a newer one is not
 * ours to rewrite. (When version 2 comes, version 1 files must pass here and be
 * upgraded on open.)
 */
function inspect(path: string): Inspection {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? { state: 'missing' } : { state: 'unreadable', error };
  }
  try {
    const parsed = vaultFileSchema.safeParse(JSON.parse(bytes.toString('utf8')));
    return parsed.success ? { state: 'good', bytes, file: parsed.data } : { state: 'damaged' };
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

interface Recovered {
  recovery: Recovery | null;
  /** The file brought back, as read; null when there was nothing to bring back. */
  restored: { bytes: Buffer; file: Record<string, unknown> } | null;
}

/** Brings back vault.json when it is damaged or missing; returns what the user must be told. */
function recover(dataDir: string, main: Inspection, now: Date): Recovered {
  const damagedFile = main.state === 'damaged' ? moveAside(dataDir, VAULT_FILE, 'vault.damaged', now) : null;
  const backupPath = join(dataDir, BACKUP_FILE);
  const backup = inspect(backupPath);
  if (backup.state === 'good') {
    writeFileAtomicSync(join(dataDir, VAULT_FILE), backup.bytes);
    const backupSavedAt = statSync(backupPath).mtime;
    const recovery: Recovery = damagedFile ? { kind: 'restored-from-backup', damagedFile, backupSavedAt } : { kind: 'restored-missing-file', backupSavedAt };
    return { recovery, restored: backup };
  }
  if (backup.state === 'damaged') {
    // Kept for whoever tries a manual recovery; the next write would otherwise replace it.
    const damagedBackup = moveAside(dataDir, BACKUP_FILE, 'vault.backup.damaged', now);
    return { recovery: { kind: 'unrecoverable', damagedFile: damagedFile ?? damagedBackup }, restored: null };
  }
  return { recovery: damagedFile ? { kind: 'unrecoverable', damagedFile } : null, restored: null };
}

function writeFailed(error: unknown, language: Language): AppFailure {
  const failure = new AppFailure('vault_write_failed', message('vault_write_failed', language));
  // fs errors name paths and codes (ENOSPC, EACCES), never file content: safe to keep for logs.
  failure.cause = error;
  return failure;
}

/** conf's bookkeeping as the file had it, with the marker of this schema version (conf's migration marker). */
function bookkeepingOf(file: Record<string, unknown> | null): Record<string, unknown> {
  const internal = (file?.__internal__ ?? {}) as Record<string, unknown>;
  const migrations = (internal.migrations ?? {}) as Record<string, unknown>;
  return { ...internal, migrations: { ...migrations, version: CONF_PROJECT_VERSION } };
}

function withoutBookkeeping(file: Record<string, unknown>): VaultData {
  const { __internal__: _bookkeeping, ...data } = file;
  return data as VaultData;
}

export class VaultFile {
  private readonly serialiser = new VaultSerialiser();

  private constructor(
    private readonly dataDir: string,
    /** The bytes of vault.json as this process last read or wrote them: valid, and the next backup. */
    private lastBytes: FileContent,
    /** vault.backup.json as it is (null: there is none), to put it back when a write fails after refreshing it. */
    private backupBytes: FileContent | null,
    /** conf's migration marker and whatever else it kept there: written back unchanged, so conf still reads the file. */
    private readonly bookkeeping: Record<string, unknown>,
    /** The language of the last state on disk, for the message of a failed write. */
    private language: Language,
  ) {}

  /** Opens (or creates) the vault in `dataDir`, recovering from damage; `now` names damaged files. */
  static open(dataDir: string, now: Date): OpenedVaultFile {
    let recovery: Recovery | null;
    let opened: { bytes: Buffer; file: Record<string, unknown> } | null;
    try {
      mkdirSync(dataDir, { recursive: true, mode: 0o700 });
      removeStaleTemps(dataDir);
      const main = inspect(join(dataDir, VAULT_FILE));
      if (main.state === 'unreadable') throw main.error;
      if (main.state === 'good') {
        recovery = null;
        opened = main;
      } else {
        ({ recovery, restored: opened } = recover(dataDir, main, now));
      }
    } catch (error) {
      throw writeFailed(error, 'ru');
    }
    const bookkeeping = bookkeepingOf(opened?.file ?? null);
    // Frozen: the vault changes by structural sharing, and the serialiser caches by identity.
    const data = freeze(opened ? withoutBookkeeping(opened.file) : emptyVaultData(), true);
    const file = new VaultFile(dataDir, opened?.bytes ?? Buffer.alloc(0), readBackup(dataDir), bookkeeping, data.settings.language);
    if (opened) {
      file.serialiser.trust(data);
      file.serialiser.warmUp(data);
    } else {
      // A first start (or nothing left to recover) gets the empty vault in a single write, as conf did.
      file.write(data);
    }
    return { file, data, recovery };
  }

  /**
   * Persists `next`, or throws AppFailure('vault_write_failed') with both files
   * as they were. The backup is refreshed first, with the bytes this process last
   * read or wrote (valid by construction), so a good backup is never replaced by a damaged one.
   */
  write(next: VaultData): void {
    // A bug in the vault must never reach the disk: such a file would be set aside at the next start.
    const bytes = this.serialiser.serialise(next, this.bookkeeping);
    const refreshBackup = contentLength(this.lastBytes) > 0;
    try {
      // The new file is written in full before anything else changes: a full disk or a read-only folder fails here.
      const prepared = prepareAtomicWrite(join(this.dataDir, VAULT_FILE), bytes);
      try {
        if (refreshBackup) writeFileAtomicSync(join(this.dataDir, BACKUP_FILE), this.lastBytes);
        prepared.commit();
      } catch (error) {
        prepared.discard();
        if (refreshBackup) this.putBackupBack();
        throw error;
      }
    } catch (error) {
      throw writeFailed(error, this.language);
    }
    if (refreshBackup) this.backupBytes = this.lastBytes;
    this.lastBytes = bytes;
    this.language = next.settings.language;
  }

  /** After a failed write: the backup as it was before it (it may have been refreshed already). */
  private putBackupBack(): void {
    const path = join(this.dataDir, BACKUP_FILE);
    try {
      if (this.backupBytes === null) rmSync(path, { force: true });
      else writeFileAtomicSync(path, this.backupBytes);
    } catch {
      // The disk refuses: the backup then holds the main file's current state, which is good too.
    }
  }
}

/** The backup's bytes as they are, unparsed (only ever written back as they were); null when there is none. */
function readBackup(dataDir: string): Buffer | null {
  try {
    return readFileSync(join(dataDir, BACKUP_FILE));
  } catch {
    return null;
  }
}
