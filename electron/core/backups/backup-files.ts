import { readdir, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomicSync } from '../vault/atomic-write';

/**
 * The backup files in the user's folder. Only names of our own pattern are ever listed,
 * read or deleted: the folder may be «Документы» or a shared drive full of other files.
 *
 *   token-assistant-backup-2026-12-05T10-00-00Z.tavault      (UTC, so that names sort by time)
 *   token-assistant-backup-2026-12-05T10-00-00Z-2.tavault    (a second copy within one second)
 */

export const BACKUP_EXTENSION = 'tavault';
const PREFIX = 'token-assistant-backup-';
const NAME = /^token-assistant-backup-(\d{4})-(\d{2})-(\d{2})T(\d{2})-(\d{2})-(\d{2})Z(?:-(\d{1,3}))?\.tavault$/;
/** A temporary file our own atomic write left behind when the app died mid-write. */
const OUR_TEMP = /^token-assistant-backup-[0-9TZ-]+\.tavault\.tmp-[0-9a-f]+$/;

export interface BackupFile {
  name: string;
  createdAt: Date;
  /** Orders copies made within one second. */
  sequence: number;
  sizeBytes: number;
}

/** The name of a copy made at `at`, with `sequence` > 1 for a second copy within the second. */
export function backupName(at: Date, sequence = 1): string {
  const stamp = at.toISOString().slice(0, 19).replace(/:/g, '-');
  return `${PREFIX}${stamp}Z${sequence > 1 ? `-${sequence}` : ''}.${BACKUP_EXTENSION}`;
}

/** The moment and sequence a name of ours says, or null for any other name. */
export function parseBackupName(name: string): { createdAt: Date; sequence: number } | null {
  const match = NAME.exec(name);
  if (!match) return null;
  const [, year, month, day, hour, minute, second, sequence] = match;
  const createdAt = new Date(`${year}-${month}-${day}T${hour}:${minute}:${second}Z`);
  if (Number.isNaN(createdAt.getTime()) || createdAt.toISOString().slice(0, 19) !== `${year}-${month}-${day}T${hour}:${minute}:${second}`) return null;
  return { createdAt, sequence: sequence === undefined ? 1 : Number(sequence) };
}

/** Our copies in the folder, newest first. Errors of the folder itself (gone, no permission) are thrown. */
export async function listBackups(folder: string): Promise<BackupFile[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  const found: BackupFile[] = [];
  for (const entry of entries) {
    const parsed = parseBackupName(entry.name);
    // A folder or a link named like a copy is not one of ours.
    if (!parsed || !entry.isFile()) continue;
    const info = await stat(join(folder, entry.name)).catch(() => null);
    if (!info?.isFile()) continue;
    found.push({ name: entry.name, ...parsed, sizeBytes: info.size });
  }
  return found.sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || b.sequence - a.sequence);
}

/** Writes one copy atomically under a name not yet taken; answers the name. */
export async function writeBackup(folder: string, at: Date, bytes: Uint8Array): Promise<string> {
  const taken = new Set((await listBackups(folder)).map((file) => file.name));
  let sequence = 1;
  while (taken.has(backupName(at, sequence))) sequence += 1;
  const name = backupName(at, sequence);
  writeFileAtomicSync(join(folder, name), bytes);
  return name;
}

/**
 * Deletes our copies beyond the newest `keep`, and temporary files of ours a crash left.
 * Answers how many copies went. A file that cannot be deleted stays: the next run tries again.
 */
export async function pruneBackups(folder: string, keep: number): Promise<number> {
  const copies = await listBackups(folder);
  let removed = 0;
  for (const old of copies.slice(keep)) {
    if (
      await unlink(join(folder, old.name)).then(
        () => true,
        () => false,
      )
    )
      removed += 1;
  }
  const entries = await readdir(folder, { withFileTypes: true }).catch(() => []);
  for (const entry of entries) {
    if (entry.isFile() && OUR_TEMP.test(entry.name)) await unlink(join(folder, entry.name)).catch(() => undefined);
  }
  return removed;
}
