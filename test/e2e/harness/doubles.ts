import { ManualClock, QueuedSignerPicker, RecordingClipboard, RecordingFileOpener, RecordingFileSaver, RecordingNotifier, RecordingOpener } from '../../support/os-fakes';

export { ManualClock, QueuedSignerPicker, RecordingFileOpener, RecordingFileSaver, RecordingNotifier, RecordingOpener };

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
