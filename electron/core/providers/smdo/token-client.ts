import { z } from 'zod';
import type { Language } from '../../../../shared/model/types';
import { message } from '../../../../shared/texts/messages';
import { SMDO_TOKEN_LIFETIME_SECONDS, validateSmdoCredential } from '../../../../shared/kinds/smdo';
import { HttpFailure, NO_RETRY, backoffDelay, createJsonClient, hostOf } from '../../http/json-client';
import type { JsonClientOptions, RetryPolicy } from '../../http/json-client';
import { SmdoFailure, answerFailure, httpFailureToSmdo, isThrottling, readErrorAnswer } from './errors';
import type { FailureContext } from './errors';
import { normaliseSmdoTokenUrl } from './token-url';

/**
 * The СМДО Bearer token, fetched the way a ВСЭД does it (seed 002): an OAuth2
 * client-credentials grant, `POST {tokenUrl}` with
 * `Content-Type: application/x-www-form-urlencoded`, body
 * `grant_type=client_credentials` and `Authorization: Basic base64(login:key)`, each
 * of login and key form-urlencoded first (RFC 6749 §2.3.1), so a key with `+ / = : %`
 * reaches a standards-compliant server intact;
 * the answer is `{access_token, token_type, expires_in}`.
 *
 * Built on the shared JSON client (electron/core/http/json-client.ts) for the
 * timeout, the size cap and the failure classification; the retries are our
 * own, because only two kinds of failure may be repeated here: a network error
 * and a 5xx, at most twice, with exponential backoff and full jitter. A timeout
 * is not repeated (the user would wait three times as long), nor is any refusal:
 * a 401 will not heal, and a 429 says how long to wait, which we tell the user
 * instead of sleeping for minutes.
 */

export interface SmdoTokenRequest {
  tokenUrl: string;
  login: string;
  key: string;
  signal?: AbortSignal;
  /** Per try; default 15 s. */
  timeoutMs?: number;
  /** The whole fetch, every try and pause included; default SMDO_OPERATION_BOUND_MS. */
  operationBoundMs?: number;
  /** Language of the failure messages; Russian by default. */
  language?: Language;
}

export interface SmdoToken {
  token: string;
  /** As the server named it; «Bearer» when it did not. */
  tokenType: string;
  /** ISO 8601: when the request was sent (so the expiry errs on the early side). */
  obtainedAt: string;
  /** ISO 8601: obtainedAt + expires_in. */
  expiresAt: string;
  expiresInSeconds: number;
}

export interface SmdoClientDeps {
  fetch?: typeof fetch;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** In [0, 1), for the jitter. */
  random?: () => number;
  now?: () => Date;
  /** Total tries including the first; default 3 (two retries). */
  retry?: Omit<RetryPolicy, 'mode'>;
  userAgent?: string;
}

export const SMDO_DEFAULT_TIMEOUT_MS = 15_000;
/**
 * As with the other stands: a server that answers slowly with 5xx must not keep the user
 * waiting tries × 15 s; the whole fetch ends after 30 s and the message says that time.
 */
export const SMDO_OPERATION_BOUND_MS = 30_000;
export const SMDO_RETRY: Omit<RetryPolicy, 'mode'> = { attempts: 3, baseDelayMs: 500, maxDelayMs: 4_000 };
/** A token answer is a few hundred bytes; anything near this is not one. */
const MAX_ANSWER_BYTES = 64 * 1024;

/** RFC 6750 b64token characters: a token that will go into an Authorization header as it is. */
const B64TOKEN = /^[A-Za-z0-9\-._~+/]+=*$/;

const tokenAnswerSchema = z.looseObject({
  access_token: z
    .string()
    .min(1)
    .max(16 * 1024)
    .regex(B64TOKEN),
  token_type: z.string().max(40).optional(),
  expires_in: z.union([z.number(), z.string().regex(/^\d+$/)]).optional(),
});

/**
 * expires_in as a positive number of seconds. The answer should carry it; if it
 * does not (or carries nonsense), the instruction's fixed lifetime applies:
 * «выдается потребителю на срок 3600 секунд» (seed 002).
 */
function lifetimeSeconds(value: number | string | undefined): number {
  const seconds = typeof value === 'string' ? Number(value) : value;
  if (seconds === undefined || !Number.isFinite(seconds) || seconds <= 0 || seconds > 366 * 86_400) return SMDO_TOKEN_LIFETIME_SECONDS;
  return Math.floor(seconds);
}

const defaultSleep = (ms: number, signal?: AbortSignal): Promise<void> =>
  new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });

function retryable(error: HttpFailure): boolean {
  if (error.kind === 'network') return !error.permanent;
  if (error.kind !== 'http' || error.status === undefined || error.status < 500) return false;
  // A gateway may throttle with a 503 and a 9008xx code: that is a “wait”, not a glitch.
  return !isThrottling(error.status, readErrorAnswer(error.body));
}

function abortReason(signal: AbortSignal | undefined): unknown {
  return signal?.reason ?? new DOMException('The operation was aborted.', 'AbortError');
}

/** Fetches one token. Throws SmdoFailure (an AppFailure) with a Russian message, or the caller's abort reason. */
export async function fetchSmdoToken(request: SmdoTokenRequest, deps: SmdoClientDeps = {}): Promise<SmdoToken> {
  const language = request.language ?? 'ru';
  const url = normaliseSmdoTokenUrl(request.tokenUrl);
  if (url === null) throw new SmdoFailure('invalid_field', message('smdo_token_url', language), { field: 'tokenUrl' });
  const login = request.login.trim();
  const key = request.key.trim();
  for (const [field, value] of [
    ['login', login],
    ['key', key],
  ] as const) {
    const problem = validateSmdoCredential(field, value);
    if (problem) throw new SmdoFailure('invalid_field', message(problem.code, language), { field });
  }

  const now = deps.now ?? (() => new Date());
  const sleep = deps.sleep ?? defaultSleep;
  const random = deps.random ?? Math.random;
  const policy = deps.retry ?? SMDO_RETRY;
  const timeoutMs = request.timeoutMs ?? SMDO_DEFAULT_TIMEOUT_MS;
  const boundMs = request.operationBoundMs ?? SMDO_OPERATION_BOUND_MS;
  const deadline = Date.now() + boundMs;
  // A try cut short by the deadline reports the whole bound: that is how long the user waited.
  let reportedTimeoutMs = timeoutMs;
  const basic = Buffer.from(`${formUrlEncode(login)}:${formUrlEncode(key)}`, 'utf8').toString('base64');

  // The JSON client does not hand out the headers of a failed answer; Retry-After is read here on the way through.
  const seen: { headers?: Headers | undefined } = {};
  const baseFetch = deps.fetch ?? ((input: string | URL | Request, init?: RequestInit) => fetch(input, init));
  const clientOptions: JsonClientOptions = {
    fetch: async (input, init) => {
      const response = await baseFetch(input, init);
      seen.headers = response.headers;
      return response;
    },
    ...(deps.userAgent ? { userAgent: deps.userAgent } : {}),
  };
  const client = createJsonClient(clientOptions);
  const retryAfter = (): string | null | undefined => seen.headers?.get('retry-after');
  const context = (): FailureContext => ({ host: hostOf(url), timeoutMs: reportedTimeoutMs, language, secrets: [key, basic, login], now: now() });

  for (let attempt = 1; ; attempt += 1) {
    if (request.signal?.aborted) throw abortReason(request.signal);
    seen.headers = undefined;
    const sentAt = now();
    const remainingMs = deadline - Date.now();
    const attemptTimeoutMs = Math.max(1, Math.min(timeoutMs, remainingMs));
    reportedTimeoutMs = attemptTimeoutMs < timeoutMs ? boundMs : timeoutMs;
    let body: unknown;
    try {
      const response = await client.request({
        method: 'POST',
        url,
        headers: {
          authorization: `Basic ${basic}`,
          'content-type': 'application/x-www-form-urlencoded',
        },
        body: 'grant_type=client_credentials',
        timeoutMs: attemptTimeoutMs,
        maxBytes: MAX_ANSWER_BYTES,
        retry: NO_RETRY,
        ...(request.signal ? { signal: request.signal } : {}),
      });
      body = response.body;
    } catch (error) {
      if (!(error instanceof HttpFailure)) throw error;
      if (error.kind === 'aborted' || request.signal?.aborted) throw abortReason(request.signal);
      if (attempt < policy.attempts && retryable(error)) {
        const delayMs = backoffDelay(attempt, { mode: 'network-and-5xx', ...policy }, random);
        // A retry that could not even start before the deadline is not made.
        if (Date.now() + delayMs < deadline) {
          await sleep(delayMs, request.signal);
          continue;
        }
      }
      throw httpFailureToSmdo(error, retryAfter(), context());
    }

    const parsed = tokenAnswerSchema.safeParse(body);
    if (!parsed.success) throw answerFailure(200, body, retryAfter(), context());
    const seconds = lifetimeSeconds(parsed.data.expires_in);
    return {
      token: parsed.data.access_token,
      tokenType: parsed.data.token_type?.trim() || 'Bearer',
      obtainedAt: sentAt.toISOString(),
      expiresAt: new Date(sentAt.getTime() + seconds * 1000).toISOString(),
      expiresInSeconds: seconds,
    };
  }
}

/** application/x-www-form-urlencoded, as RFC 6749 §2.3.1 asks of a client id and secret before Basic. */
export function formUrlEncode(value: string): string {
  return new URLSearchParams([['', value]]).toString().slice(1);
}
