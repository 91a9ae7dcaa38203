/**
 * What the core tells the window about a secret it put on the clipboard (issue 10, point 16).
 * The core owns the wipe: the window shows the countdown to `clearsAt` and learns from
 * «wiped» that it happened, never from a timer of its own.
 */

/** What was copied, so that «скопировать снова» can ask the core for the same thing. */
export type ClipboardWhat = 'secret' | 'login' | 'accessToken' | 'letter';

export interface ClipboardSource {
  tokenId: string;
  what: ClipboardWhat;
}

export type ClipboardState =
  /** On the clipboard, to be wiped at `clearsAt` (the core's clock, ISO). */
  | { state: 'armed'; copyId: number; source: ClipboardSource | null; clearsAt: string; seconds: number }
  /** On the clipboard with the wipe switched off (0 s in Settings): kept until the app quits. */
  | { state: 'kept'; copyId: number; source: ClipboardSource | null }
  /** The time was up and the clipboard still held it: wiped. */
  | { state: 'wiped'; copyId: number; source: ClipboardSource | null }
  /** The user copied something else meanwhile: theirs, left alone, nothing was wiped. */
  | { state: 'left'; copyId: number; source: ClipboardSource | null };
