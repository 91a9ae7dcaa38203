import type { Clock, ClipboardPort, ExternalOpener, FolderPickerPort, SignerPickerPort } from '../../electron/core/ports';

/** The OS clipboard, faked: the only thing a test can observe of it is what it holds. */
export class RecordingClipboard implements ClipboardPort {
  text = '';
  async readText(): Promise<string> {
    return this.text;
  }
  async writeText(text: string): Promise<void> {
    this.text = text;
  }
  /** What the OS would mark as a secret; here it is plain text, so fakes that log writes see it too. */
  async writeSecret(secret: string): Promise<void> {
    await this.writeText(secret);
  }
}

export class RecordingOpener implements ExternalOpener {
  readonly opened: string[] = [];
  async open(url: string): Promise<void> {
    this.opened.push(url);
  }
}

/** A clock the test moves by hand; timers fire when their moment is passed. */
export class ManualClock implements Clock {
  private timers: { at: number; callback: () => void; id: number }[] = [];
  private nextId = 1;
  constructor(private current: Date) {}
  now(): Date {
    return new Date(this.current.getTime());
  }
  setTimeout(callback: () => void, ms: number): unknown {
    const id = this.nextId++;
    this.timers.push({ at: this.current.getTime() + ms, callback, id });
    return id;
  }
  clearTimeout(handle: unknown): void {
    this.timers = this.timers.filter((timer) => timer.id !== handle);
  }
  /** Moves the wall clock without firing timers: the PC slept, and its timers slept with it. */
  jump(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }
  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
    const due = this.timers.filter((timer) => timer.at <= this.current.getTime()).sort((a, b) => a.at - b.at);
    this.timers = this.timers.filter((timer) => !due.includes(timer));
    for (const timer of due) timer.callback();
  }
}

/** Desktop notifications, faked: what was shown, and a way to click one. */
export class RecordingNotifier {
  readonly shown: { title: string; body: string; click: () => void }[] = [];
  show(notification: { title: string; body: string }, onClick: () => void): void {
    this.shown.push({ ...notification, click: onClick });
  }
}

/** The save dialog, faked: the user always picks a place; the content is kept. */
export class RecordingFileSaver {
  readonly saved: { name: string; content: string }[] = [];
  cancelNext = false;
  async saveText(suggestedName: string, content: string): Promise<boolean> {
    if (this.cancelNext) {
      this.cancelNext = false;
      return false;
    }
    this.saved.push({ name: suggestedName, content });
    return true;
  }
}

/** The open dialog, faked: answers the queued files in order, or null (cancelled) when none is queued. */
export class RecordingFileOpener {
  readonly queued: Buffer[] = [];
  readonly asked: { name: string; extensions: string[] }[] = [];
  readonly limits: { maxBytes: number }[] = [];
  async openFile(filter: { name: string; extensions: string[] }, limits?: { maxBytes: number }): Promise<Buffer | null> {
    this.asked.push(filter);
    if (limits) this.limits.push(limits);
    return this.queued.shift() ?? null;
  }
}

/**
 * Main's native dialogs for the signer, faked: each answers what the test queued, in
 * order, or null (cancelled). Whatever it hands over is still checked by the core.
 */
export class QueuedSignerPicker implements SignerPickerPort {
  readonly tools: (string | null)[] = [];
  readonly files: (string | null)[] = [];
  readonly asked: string[] = [];
  async chooseCryptoProTool(): Promise<string | null> {
    this.asked.push('cryptopro');
    return this.tools.shift() ?? null;
  }
  async chooseSignerFile(which: 'certificate' | 'key'): Promise<string | null> {
    this.asked.push(which);
    return this.files.shift() ?? null;
  }
}

/** Main's folder dialog, faked: answers the queued folders in order, or null (cancelled). The core still checks each. */
export class QueuedFolderPicker implements FolderPickerPort {
  readonly folders: (string | null)[] = [];
  asked = 0;
  async chooseFolder(): Promise<string | null> {
    this.asked += 1;
    return this.folders.shift() ?? null;
  }
}
