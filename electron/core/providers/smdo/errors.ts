import type { ErrorCode } from '../../../../shared/ipc/result';
import type { Language } from '../../../../shared/model/types';
import { message } from '../../../../shared/texts/messages';
import type { MessageCode } from '../../../../shared/texts/messages';
import { AppFailure } from '../../errors';
import type { HttpFailure } from '../../http/json-client';

/**
 * What the СМДО token endpoint says when it refuses, turned into a sentence for
 * a person. The endpoint is a WSO2-style API gateway: its faults look like
 * `{"code":"900901","message":"Invalid Credentials","description":"…"}`
 * (sometimes wrapped in `{"fault":{…}}`), and its OAuth2 token service answers
 * `{"error":"invalid_client","error_description":"…"}`.
 *
 * No message ever contains the login, the key, the Basic header or a token:
 * only the host, the HTTP status, the gateway's numeric code and, for errors we
 * do not recognise, the server's own words with every known secret removed.
 */

export class SmdoFailure extends AppFailure {
  /** Seconds the server asked us to wait (429 / throttling), when it said. */
  readonly retryAfterSeconds: number | undefined;
  /** HTTP status of the answer, when one came. */
  readonly status: number | undefined;
  /** The gateway's code (900901, …) or the OAuth2 error (invalid_client, …), when given. */
  readonly serverCode: string | undefined;

  constructor(code: ErrorCode, text: string, extra: { field?: string; retryAfterSeconds?: number; status?: number; serverCode?: string } = {}) {
    super(code, text, extra.field);
    this.name = 'SmdoFailure';
    this.retryAfterSeconds = extra.retryAfterSeconds;
    this.status = extra.status;
    this.serverCode = extra.serverCode;
  }
}

/** WSO2 gateway codes. */
export const WSO2 = {
  invalidCredentials: '900901',
  missingCredentials: '900902',
  apiBlocked: '900907',
  resourceForbidden: '900908',
  subscriptionInactive: '900909',
  scopeDenied: '900910',
} as const;

/** 9008xx: the gateway's throttling family (“Message throttled out”, quota exceeded, …). */
const THROTTLE_CODE = /^9008\d\d$/;
const SUBSCRIPTION_CODES = new Set<string>([WSO2.apiBlocked, WSO2.resourceForbidden, WSO2.subscriptionInactive, WSO2.scopeDenied]);

export interface ErrorAnswer {
  /** The gateway's numeric code, as a string. */
  code?: string;
  /** The OAuth2 error name. */
  error?: string;
  /** Whatever the server wrote for a person (message, description, error_description). */
  text?: string;
}

function asText(value: unknown): string | undefined {
  if (typeof value === 'string' && value.trim() !== '') return value.trim();
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

/** Reads a WSO2 fault or an OAuth2 error out of a parsed JSON body; undefined when it is neither. */
export function readErrorAnswer(body: unknown): ErrorAnswer | undefined {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return undefined;
  const record = body as Record<string, unknown>;
  const fault = record.fault && typeof record.fault === 'object' && !Array.isArray(record.fault) ? (record.fault as Record<string, unknown>) : record;
  const code = asText(fault.code);
  const error = asText(record.error);
  const texts = [asText(fault.message), asText(fault.description), asText(record.error_description)].filter((part): part is string => part !== undefined);
  if (code === undefined && error === undefined) return undefined;
  return {
    ...(code !== undefined ? { code } : {}),
    ...(error !== undefined ? { error } : {}),
    ...(texts.length > 0 ? { text: texts.join(' — ') } : {}),
  };
}

/**
 * Retry-After as seconds: a number of seconds or an HTTP date. Absent or
 * unreadable gives undefined; a date in the past gives 1.
 */
export function parseRetryAfter(value: string | null | undefined, now: Date): number | undefined {
  if (value === null || value === undefined || value.trim() === '') return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Math.max(1, Number(text));
  const date = Date.parse(text);
  if (Number.isNaN(date)) return undefined;
  return Math.max(1, Math.ceil((date - now.getTime()) / 1000));
}

/** Removes every known secret and anything shaped like a credential header from a server's words. */
export function scrub(text: string, secrets: readonly string[]): string {
  let result = text;
  for (const secret of secrets) {
    if (secret.length >= 3) result = result.split(secret).join('***');
  }
  return result
    .replace(/\b(Basic|Bearer)\s+[^\s"',;]+/gi, '$1 ***')
    .replace(/[\p{Cc}\p{Cf}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 200);
}

export interface FailureContext {
  host: string;
  timeoutMs: number;
  language: Language;
  /** The login, the key, the Basic credentials: removed from anything the server echoes. */
  secrets: readonly string[];
  now: Date;
}

function failure(
  code: ErrorCode,
  messageCode: MessageCode,
  context: FailureContext,
  params: Record<string, string>,
  extra: ConstructorParameters<typeof SmdoFailure>[2] = {},
): SmdoFailure {
  return new SmdoFailure(code, message(messageCode, context.language, { host: context.host, ...params }), extra);
}

/** A throttling failure, with the wait when the server named one. */
export function throttled(context: Pick<FailureContext, 'language'>, retryAfterSeconds: number | undefined, extra: { status?: number; serverCode?: string } = {}): SmdoFailure {
  return retryAfterSeconds === undefined
    ? new SmdoFailure('rate_limited', message('smdo_throttled_later', context.language), extra)
    : new SmdoFailure('rate_limited', message('smdo_throttled', context.language, { seconds: String(retryAfterSeconds) }), { ...extra, retryAfterSeconds });
}

/** Whether an error answer is throttling, which must never be retried at once. */
export function isThrottling(status: number | undefined, answer: ErrorAnswer | undefined): boolean {
  return status === 429 || (answer?.code !== undefined && THROTTLE_CODE.test(answer.code));
}

/** An HTTP answer that refused (any status, including a 200 without a token). */
export function answerFailure(status: number, body: unknown, retryAfter: string | null | undefined, context: FailureContext): SmdoFailure {
  const answer = readErrorAnswer(body);
  const serverCode = answer?.code ?? answer?.error;
  const extra = { status, ...(serverCode !== undefined ? { serverCode } : {}) };
  const code = answer?.code;
  const error = answer?.error?.toLowerCase();

  if (isThrottling(status, answer)) return throttled(context, parseRetryAfter(retryAfter, context.now), extra);
  if (code === WSO2.missingCredentials) return failure('access_denied', 'smdo_missing_credentials', context, { code }, extra);
  if (code === WSO2.invalidCredentials || error === 'invalid_client') return failure('access_denied', 'smdo_invalid_credentials', context, {}, extra);
  if (code !== undefined && SUBSCRIPTION_CODES.has(code)) return failure('access_denied', 'smdo_subscription', context, { code }, extra);
  if (error === 'unauthorized_client' || error === 'invalid_grant') return failure('request_rejected', 'smdo_grant_refused', context, { code: answer?.error ?? '' }, extra);
  if (error === 'unsupported_grant_type' || error === 'invalid_request' || error === 'invalid_scope') {
    return failure('request_rejected', 'smdo_request_refused', context, { code: answer?.error ?? '' }, extra);
  }
  if (status === 401) return failure('access_denied', 'smdo_invalid_credentials', context, {}, extra);
  if (status === 403) return failure('access_denied', 'smdo_forbidden', context, {}, extra);
  if (status === 404) return failure('request_rejected', 'smdo_not_found', context, {}, { ...extra, field: 'tokenUrl' });
  if (status >= 500) return failure('server_failure', 'smdo_server_failure', context, { status: String(status) }, extra);
  if (answer === undefined && status >= 200 && status < 300) return failure('server_bad_answer', 'smdo_bad_answer', context, {}, extra);
  const said = answer?.text ? scrub(answer.text, context.secrets) : '';
  return failure(
    'server_bad_answer',
    'smdo_error',
    context,
    {
      status: String(status),
      code: serverCode !== undefined ? `, ${context.language === 'ru' ? 'код' : 'code'} ${scrub(serverCode, context.secrets)}` : '',
      detail: said ? `: «${said}»` : '',
    },
    extra,
  );
}

/** Any failure of the JSON client, as a sentence. `retryAfter` is the header of the answer, when there was one. */
export function httpFailureToSmdo(error: HttpFailure, retryAfter: string | null | undefined, context: FailureContext): SmdoFailure {
  switch (error.kind) {
    case 'timeout':
      return failure('request_timeout', 'smdo_timeout', context, { seconds: String(Math.round(context.timeoutMs / 1000)) });
    case 'network':
      return failure('network_unavailable', 'smdo_network', context, { detail: error.causeCode ? `: ${error.causeCode}` : '' });
    case 'redirect':
      return failure('server_bad_answer', 'smdo_redirect', context, {}, error.status !== undefined ? { status: error.status } : {});
    case 'non-json':
      return failure('server_bad_answer', 'smdo_not_json', context, { status: String(error.status ?? '') }, error.status !== undefined ? { status: error.status } : {});
    case 'too-large':
      return failure('server_bad_answer', 'smdo_bad_answer', context, {}, error.status !== undefined ? { status: error.status } : {});
    case 'http':
      return answerFailure(error.status ?? 0, error.body, retryAfter, context);
    case 'aborted':
      // Only reached when the caller's signal fired; callers normally see their own abort reason.
      return new SmdoFailure('request_timeout', message('smdo_timeout', context.language, { host: context.host, seconds: '0' }));
  }
}
