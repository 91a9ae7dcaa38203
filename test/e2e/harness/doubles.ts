import {
  ManualClock,
  QueuedFolderPicker,
  QueuedSignerPicker,
  RecordingClipboard,
  RecordingFileOpener,
  RecordingFileSaver,
  RecordingNotifier,
  RecordingOpener,
} from '../../support/os-fakes';
import type { SecretBox } from '../../../electron/core/ports';
import { AesSecretBox } from '../../../electron/core/vault/aes-secret-box';

export { ManualClock, QueuedFolderPicker, QueuedSignerPicker, RecordingFileOpener, RecordingFileSaver, RecordingNotifier, RecordingOpener };

/**
 * The OS clipboard, faked (test/support/os-fakes.ts) plus a log of the app's writes, so a
 * test can tell "the app wiped it" from "it was never there".
 */
export class LoggingClipboard extends RecordingClipboard {
  readonly writes: string[] = [];

  override async writeText(text: string): Promise<void> {
    this.writes.push(text);
    await super.writeText(text);
  }

  /** What another program does when the user copies something there: not one of the app's writes. */
  userCopies(text: string): void {
    this.text = text;
  }
}

/**
 * safeStorage's `basic_text` backend as the Linux app meets it without a keychain:
 * a fixed key any program knows, ciphertexts in plain base64 (no version prefix).
 */
export function basicTextBoxDouble(): SecretBox {
  const fixed = new AesSecretBox(Buffer.alloc(32, 0x42));
  return {
    state: 'os-keychain',
    encrypt: async (plain) => (await fixed.encrypt(plain)).replace(/^v1:/, ''),
    decrypt: (cipher) => fixed.decrypt(`v1:${cipher}`),
  };
}
