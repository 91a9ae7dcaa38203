import type { ClipboardSource, ClipboardState } from '../../../shared/model/clipboard-state';
import type { Clock, ClipboardPort } from '../ports';

export type ClipboardListener = (state: ClipboardState) => void;

/**
 * Puts a secret on the clipboard and wipes it after a delay, but only if the
 * clipboard still holds that secret: whatever the user copied since is theirs
 * (KeePassXC behaves the same way). The last secret is remembered even when the
 * delay is off (0), so that quitting, logging off or shutting down still wipes it.
 *
 * The guard owns the wipe and says so: listeners hear when a copy is armed (and the
 * moment of its wipe, by this clock), and whether the wipe happened or the user's own
 * copy was left alone. The window's countdown follows these events (issue 10, point 16).
 */
export class ClipboardGuard {
  private last: string | null = null;
  private timer: unknown = null;
  private copyId = 0;
  private source: ClipboardSource | null = null;
  private readonly listeners = new Set<ClipboardListener>();

  constructor(
    private readonly clipboard: ClipboardPort,
    private readonly clock: Clock,
  ) {}

  /** Returns when the clipboard will be wiped (null: kept until the app quits). */
  async copy(secret: string, clearAfterSeconds: number, source: ClipboardSource | null = null): Promise<{ clearsAt: Date | null }> {
    this.cancelTimer();
    // Remembered before the write: a quit that races the write must still wipe it.
    this.last = secret;
    this.source = source;
    this.copyId += 1;
    const copyId = this.copyId;
    await this.clipboard.writeSecret(secret);
    if (clearAfterSeconds <= 0) {
      this.emit({ state: 'kept', copyId, source });
      return { clearsAt: null };
    }
    const clearsAt = new Date(this.clock.now().getTime() + clearAfterSeconds * 1000);
    this.timer = this.clock.setTimeout(() => void this.wipe(), clearAfterSeconds * 1000);
    this.emit({ state: 'armed', copyId, source, clearsAt: clearsAt.toISOString(), seconds: clearAfterSeconds });
    return { clearsAt };
  }

  /** Called on quit, log-off and shutdown: a secret we put there must not outlive the app or the session. */
  async clearNow(): Promise<void> {
    this.cancelTimer();
    await this.wipe();
  }

  onChange(listener: ClipboardListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private async wipe(): Promise<void> {
    this.timer = null;
    const secret = this.last;
    const copyId = this.copyId;
    const source = this.source;
    this.last = null;
    if (secret === null) return;
    if ((await this.clipboard.readText()) === secret) {
      await this.clipboard.writeText('');
      this.emit({ state: 'wiped', copyId, source });
    } else {
      this.emit({ state: 'left', copyId, source });
    }
  }

  private emit(state: ClipboardState): void {
    for (const listener of this.listeners) {
      try {
        listener(state);
      } catch {
        // A window that went away must not stop the wipe or the other listeners.
      }
    }
  }

  private cancelTimer(): void {
    if (this.timer !== null) this.clock.clearTimeout(this.timer);
    this.timer = null;
  }
}
