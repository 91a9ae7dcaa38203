import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { createCore } from '../../electron/core/app-core';
import type { Core } from '../../electron/core/app-core';
import type { CrptHandlerOptions } from '../../electron/core/ipc/features/crpt-handlers';
import { AesSecretBox } from '../../electron/core/vault/aes-secret-box';
import { ManualClock, QueuedFolderPicker, QueuedSignerPicker, RecordingClipboard, RecordingFileOpener, RecordingFileSaver, RecordingNotifier, RecordingOpener } from './os-fakes';
import type { ScryptParams } from '../../electron/core/vault/export-file';
import type { FailureLog } from '../../electron/core/ipc/router';

export { ManualClock, QueuedFolderPicker, QueuedSignerPicker, RecordingClipboard, RecordingFileSaver, RecordingNotifier, RecordingOpener };

export interface TestCore {
  core: Core;
  dataDir: string;
  clipboard: RecordingClipboard;
  opener: RecordingOpener;
  clock: ManualClock;
  notifier: RecordingNotifier;
  fileSaver: RecordingFileSaver;
  /** The open dialog: queue the bytes of the file the user «picks». */
  fileOpener: RecordingFileOpener;
  /** Main's dialogs for the signer's program and files: queue what the user «picks». */
  signerPicker: QueuedSignerPicker;
  /** Main's folder dialog (backups): queue the folders the user «picks». */
  folderPicker: QueuedFolderPicker;
  key: Buffer;
  reopen(): Promise<TestCore>;
  cleanup(): void;
}

/** A real core over a real temporary data directory; only the OS edge is faked. */
export async function startTestCore(
  options: { now?: Date; dataDir?: string; key?: Buffer; crpt?: (clock: ManualClock) => CrptHandlerOptions; backupKdf?: ScryptParams; log?: FailureLog } = {},
): Promise<TestCore> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'token-assistant-'));
  const key = options.key ?? randomBytes(32);
  const clipboard = new RecordingClipboard();
  const opener = new RecordingOpener();
  const clock = new ManualClock(options.now ?? new Date('2026-11-22T09:00:00Z'));
  const notifier = new RecordingNotifier();
  const fileSaver = new RecordingFileSaver();
  const signerPicker = new QueuedSignerPicker();
  const fileOpener = new RecordingFileOpener();
  const folderPicker = new QueuedFolderPicker();
  const core = await createCore({
    dataDir,
    secretBox: new AesSecretBox(key),
    clipboard,
    opener,
    clock,
    notifier,
    fileSaver,
    fileOpener,
    signerPicker,
    folderPicker,
    ...(options.backupKdf ? { backupKdf: options.backupKdf } : {}),
    ...(options.log ? { log: options.log } : {}),
    ...(options.crpt ? { crpt: options.crpt(clock) } : {}),
  });
  return {
    core,
    dataDir,
    clipboard,
    opener,
    clock,
    notifier,
    fileSaver,
    fileOpener,
    signerPicker,
    folderPicker,
    key,
    reopen: () =>
      startTestCore({
        now: clock.now(),
        dataDir,
        key,
        ...(options.crpt ? { crpt: options.crpt } : {}),
        ...(options.backupKdf ? { backupKdf: options.backupKdf } : {}),
        ...(options.log ? { log: options.log } : {}),
      }),
    cleanup: () => rmSync(dataDir, { recursive: true, force: true }),
  };
}
