import { z } from 'zod';
import type { UpdateFailureCode } from '../../../shared/updates/update-state';

/** The part of electron-updater's UpdateInfo (latest.yml) the core reads; everything else is ignored. */
const feedInfoSchema = z.object({
  version: z.string().min(1).max(64),
  releaseNotes: z.unknown().optional(),
  releaseName: z.string().max(200).nullish(),
  releaseDate: z.string().max(64).nullish(),
});

export type FeedInfo = z.infer<typeof feedInfoSchema>;

/** A failure with a reason the user can be told; thrown by the controller's own checks. */
export class UpdateFeedFailure extends Error {
  constructor(readonly reason: UpdateFailureCode) {
    super(`update feed: ${reason}`);
    this.name = 'UpdateFeedFailure';
  }
}

/** The feed's answer, or UpdateFeedFailure('invalid_answer') when it is not an UpdateInfo. */
export function readFeedInfo(raw: unknown): FeedInfo {
  const parsed = feedInfoSchema.safeParse(raw);
  if (!parsed.success) throw new UpdateFeedFailure('invalid_answer');
  return parsed.data;
}

/** A release date the window may show: a valid ISO instant, else null. */
export function releaseDateOf(info: FeedInfo): string | null {
  if (!info.releaseDate) return null;
  const time = Date.parse(info.releaseDate);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

const OFFLINE_CODES = new Set(['ENOTFOUND', 'EAI_AGAIN', 'ECONNREFUSED', 'ECONNRESET', 'ENETUNREACH', 'EHOSTUNREACH', 'ENETDOWN', 'EPIPE', 'ETIMEDOUT', 'ECONNABORTED']);

/**
 * Why reading the feed failed, from the error's code or HTTP status only (its message may
 * carry a URL or a server's text and is never shown). electron-updater's own codes:
 * ERR_UPDATER_CHANNEL_FILE_NOT_FOUND, ERR_UPDATER_INVALID_*; Chromium's net errors
 * (electron's net module) arrive as «net::ERR_…» in the message.
 */
export function failureReason(error: unknown): UpdateFailureCode {
  if (error instanceof UpdateFeedFailure) return error.reason;
  if (typeof error !== 'object' || error === null) return 'unknown';
  const { code, statusCode, message } = error as { code?: unknown; statusCode?: unknown; message?: unknown };
  if (typeof code === 'string') {
    if (OFFLINE_CODES.has(code)) return 'offline';
    if (code === 'ERR_UPDATER_CHANNEL_FILE_NOT_FOUND' || code === 'ERR_UPDATER_LATEST_VERSION_NOT_FOUND' || code === 'ERR_UPDATER_NO_PUBLISHED_VERSIONS') return 'not_found';
    if (code.startsWith('ERR_UPDATER_INVALID') || code === 'ERR_UPDATER_INVALID_UPDATE_INFO') return 'invalid_answer';
    if (code === 'HTTP_ERROR_404') return 'not_found';
  }
  if (statusCode === 404) return 'not_found';
  if (typeof statusCode === 'number' && statusCode >= 400) return 'unknown';
  if (typeof message === 'string' && /net::ERR_(INTERNET_DISCONNECTED|NAME_NOT_RESOLVED|CONNECTION_|ADDRESS_UNREACHABLE|NETWORK_|PROXY_|TIMED_OUT)/.test(message)) return 'offline';
  if (error instanceof SyntaxError || (error as { name?: unknown }).name === 'YAMLException') return 'invalid_answer';
  return 'unknown';
}
