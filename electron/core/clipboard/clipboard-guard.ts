import type { Clock, ClipboardPort } from '../ports';

/**
 * Puts a secret on the clipboard and wipes it after a delay, but only if the
 * clipboard still holds that secret: whatever the user copied since is theirs
 * (KeePassXC behaves the same way). The last secret is remembered even when the
 * delay is off (0), so that quitting, logging off or shutting down still wipes it.
 */
export class ClipboardGuard {
  private last: string | null = null;
  private timer: unknown = null;

  constructor(
    private readonly clipboard: ClipboardPort,
    private readonly clock: Clock,
  ) {}

  async copy(secret: string, clearAfterSeconds: number): Promise<void> {
    this.cancelTimer();
    // Remembered before the write: a quit that races the write must still wipe it.
    this.last = secret;
    await this.clipboard.writeSecret(secret);
    if (clearAfterSeconds <= 0) return;
    this.timer = this.clock.setTimeout(() => void this.wipe(), clearAfterSeconds * 1000);
  }

  /** Called on quit, log-off and shutdown: a secret we put there must not outlive the app or the session. */
  async clearNow(): Promise<void> {
    this.cancelTimer();
    await this.wipe();
  }

  private async wipe(): Promise<void> {
    this.timer = null;
    const secret = this.last;
    this.last = null;
    if (secret !== null && (await this.clipboard.readText()) === secret) await this.clipboard.writeText('');
  }

  private cancelTimer(): void {
    if (this.timer !== null) this.clock.clearTimeout(this.timer);
    this.timer = null;
  }
}
