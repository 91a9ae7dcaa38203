/**
 * What the app knows about its own updates, as the core decides it and the window shows it.
 * The core (electron/core/updates) owns every decision; the renderer only displays this.
 */

/**
 * - `unsupported`: this build cannot update itself (development, tests without a feed).
 * - `disabled`: the user switched the checks off.
 * - `idle`: waiting for the first check.
 * - `checking`, `up-to-date`, `available` (a newer version is offered), `downloading`
 *   (after the user agreed), `ready` (installs when the app quits), `failed` (said plainly).
 */
export const UPDATE_PHASES = ['unsupported', 'disabled', 'idle', 'checking', 'up-to-date', 'available', 'downloading', 'ready', 'failed'] as const;
export type UpdatePhase = (typeof UPDATE_PHASES)[number];

/** Why a check or a download failed; the message says it in the user's language. */
export type UpdateFailureCode = 'offline' | 'timeout' | 'not_found' | 'invalid_answer' | 'download_failed' | 'unknown';

export interface UpdateOffer {
  /** The offered version as the feed names it, normalised (no leading «v»). */
  version: string;
  /** What changed, as plain text: tags stripped, entities decoded, length bounded. Empty when the feed says nothing. */
  notes: string;
  /** The release date (ISO) when the feed gives a valid one. */
  releaseDate: string | null;
  /** A pre-release (beta): offered only to a pre-release build. */
  prerelease: boolean;
}

export interface UpdateState {
  /** The Settings switch «Проверять обновления». */
  enabled: boolean;
  phase: UpdatePhase;
  /** The running version; '' in a build that does not update itself (no version to compare). */
  currentVersion: string;
  /** The newer version the feed offers; null when none is known. */
  offer: UpdateOffer | null;
  /** The user agreed to install `offer` when the app quits. */
  consented: boolean;
  /** The user said «Не сейчас» to `offer`: the dashboard banner stays hidden until a newer version. */
  dismissed: boolean;
  lastCheckedAt: string | null;
  nextCheckAt: string | null;
  /** The last failure, in words for the user; null after a check that worked. */
  failure: { code: UpdateFailureCode; message: string; at: string } | null;
}
