import type { Clock, ClipboardPort } from '../ports';

/**
 * Puts a secret on the clipboard and wipes it after a delay, but only if the
 * clipboard still holds that secret: whatever the user copied since is theirs
 * (KeePassXC behaves the same way).
 */
export class ClipboardGuard {
  private pending: { handle: unknown; secret: string } | null = null;

  constructor(
    private readonly clipboard: ClipboardPort,
    private readonly clock: Clock,
  ) {}

  async copy(secret: string, clearAfterSeconds: number): Promise<void> {
    this.cancelPending();
    await this.clipboard.writeText(secret);
    if (clearAfterSeconds <= 0) return;
    const handle = this.clock.setTimeout(() => void this.clearIfUnchanged(secret), clearAfterSeconds * 1000);
    this.pending = { handle, secret };
  }

  /** Called on quit: a secret we put there must not outlive the app. */
  async clearNow(): Promise<void> {
    const pending = this.pending;
    this.cancelPending();
    if (pending) await this.clearIfUnchanged(pending.secret);
  }

  private async clearIfUnchanged(secret: string): Promise<void> {
    this.pending = null;
    if ((await this.clipboard.readText()) === secret) await this.clipboard.writeText('');
  }

  private cancelPending(): void {
    if (this.pending) this.clock.clearTimeout(this.pending.handle);
    this.pending = null;
  }
}
