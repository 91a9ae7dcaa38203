import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCore } from '../../../electron/core/app-core';
import type { Core } from '../../../electron/core/app-core';
import { AesSecretBox } from '../../../electron/core/vault/aes-secret-box';
import type { TokenView } from '../../../shared/model/types';
import { ManualClock, QueuedSignerPicker, RecordingClipboard, RecordingFileOpener, RecordingFileSaver, RecordingOpener } from '../../support/os-fakes';
import { call } from '../../support/router-calls';

/** One user's PC: a real core over a temporary folder; only the OS edge is faked. */
export interface Pc {
  core: Core;
  clock: ManualClock;
  clipboard: RecordingClipboard;
  fileSaver: RecordingFileSaver;
  fileOpener: RecordingFileOpener;
  signerPicker: QueuedSignerPicker;
  close(): Promise<void>;
}

export const TRANSFER_PASSWORD = 'вот-хранилище-вашего-клиента';

export async function startPc(now: Date): Promise<Pc> {
  const dataDir = mkdtempSync(join(tmpdir(), 'token-assistant-hosts-'));
  const clock = new ManualClock(now);
  const clipboard = new RecordingClipboard();
  const fileSaver = new RecordingFileSaver();
  const fileOpener = new RecordingFileOpener();
  const signerPicker = new QueuedSignerPicker();
  const core = await createCore({ dataDir, secretBox: new AesSecretBox(randomBytes(32)), clipboard, opener: new RecordingOpener(), clock, fileSaver, fileOpener, signerPicker });
  return {
    core,
    clock,
    clipboard,
    fileSaver,
    fileOpener,
    signerPicker,
    async close() {
      await core.dispose();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** The attacker exports their vault with a password they then send along with the file. */
export async function exportFile(pc: Pc): Promise<Buffer> {
  await call(pc, 'exportVault', { password: TRANSFER_PASSWORD });
  return Buffer.from(pc.fileSaver.saved.at(-1)?.content ?? '', 'utf8');
}

/** «Загрузить из файла» with the password from the message; answers the imported record of `kind`. */
export async function importFile(pc: Pc, file: Buffer, kind: TokenView['kind']): Promise<TokenView> {
  pc.fileOpener.queued.push(file);
  await call(pc, 'importVault', { password: TRANSFER_PASSWORD });
  const token = pc.core.vault
    .snapshot()
    .organisations.flatMap((organisation) => organisation.tokens)
    .find((candidate) => candidate.kind === kind);
  if (!token) throw new Error(`no ${kind} record was imported`);
  return token;
}

export function storedToken(pc: Pc, tokenId: string): TokenView {
  const token = pc.core.vault
    .snapshot()
    .organisations.flatMap((organisation) => organisation.tokens)
    .find((candidate) => candidate.id === tokenId);
  if (!token) throw new Error('token vanished');
  return token;
}
