/**
 * A small fetch-based JSON client for the government stands: a timeout per
 * request (AbortSignal), a cap on the answer's size, a content-type check,
 * typed failures, and retries with exponential backoff and full jitter only
 * where repeating a request is safe.
 */

export type HttpFailureKind = 'network' | 'timeout' | 'http' | 'non-json' | 'too-large' | 'redirect' | 'aborted';

export class HttpFailure extends Error {
  readonly kind: HttpFailureKind;
  readonly url: string;
  readonly host: string;
  /** HTTP status, when an answer came. */
  readonly status: number | undefined;
  /** The parsed JSON body of an error answer, when it was JSON. */
  readonly body: unknown;
  readonly contentType: string;
  /** The request certainly never reached the server (refused connection, unknown host). */
  readonly notSent: boolean;
  /** A TLS certificate problem or similar: repeating will not help. */
  readonly permanent: boolean;
  /** Low-level cause code (ECONNREFUSED, CERT_HAS_EXPIRED, …), when known. */
  readonly causeCode: string;
  /** How many times the request was sent (or tried). */
  attempts = 1;

  constructor(
    kind: HttpFailureKind,
    url: string,
    detail: string,
    extra: { status?: number; body?: unknown; contentType?: string; notSent?: boolean; permanent?: boolean; causeCode?: string } = {},
  ) {
    super(`${kind}: ${detail}`);
    this.name = 'HttpFailure';
    this.kind = kind;
    this.url = url;
    this.host = hostOf(url);
    this.status = extra.status;
    this.body = extra.body;
    this.contentType = extra.contentType ?? '';
    this.notSent = extra.notSent ?? false;
    this.permanent = extra.permanent ?? false;
    this.causeCode = extra.causeCode ?? '';
  }
}

export function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

/**
 * - `never`: one try (a POST that may have issued a token).
 * - `connect-only`: again only when the request certainly never left (connection refused, DNS).
 * - `network-and-5xx`: again on any network error, timeout or 5xx (idempotent GET).
 */
export type RetryMode = 'never' | 'connect-only' | 'network-and-5xx';

export interface RetryPolicy {
  mode: RetryMode;
  /** Total tries, the first included. */
  attempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

export const NO_RETRY: RetryPolicy = { mode: 'never', attempts: 1, baseDelayMs: 0, maxDelayMs: 0 };

export interface JsonRequest {
  method: 'GET' | 'POST';
  url: string;
  headers?: Record<string, string>;
  /** Sent byte for byte (a signature may cover these exact bytes). */
  body?: string | Uint8Array;
  /**
   * The whole request, every retry and backoff included: the user waits this long at
   * most, not attempts × this. Each try covers the connection, headers and body.
   */
  timeoutMs?: number;
  maxBytes?: number;
  retry?: RetryPolicy;
  signal?: AbortSignal;
}

export interface JsonResponse {
  status: number;
  header(name: string): string | null;
  /** The parsed JSON body. */
  body: unknown;
}

export interface AttemptInfo {
  attempt: number;
  url: string;
  failure?: HttpFailure;
  /** Milliseconds until the next try, when there is one. */
  nextDelayMs?: number;
}

/** One HTTP exchange, whatever carries it: the global fetch (default) or node:http for the lean CLI. */
export interface RawRequest {
  method: 'GET' | 'POST';
  url: string;
  headers: Record<string, string>;
  body?: string | Uint8Array;
  /** Aborts the exchange, body reading included. */
  signal: AbortSignal;
}

export interface RawAnswer {
  status: number;
  header(name: string): string | null;
  /** The whole body; throws HttpFailure('too-large') past maxBytes without reading the rest. */
  read(maxBytes: number): Promise<Uint8Array>;
  discard(): Promise<void>;
}

export type Transport = (request: RawRequest) => Promise<RawAnswer>;

export interface JsonClientOptions {
  /** How requests travel; by default the global fetch. */
  transport?: Transport;
  /** A fetch implementation for the default transport (tests). */
  fetch?: typeof fetch;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** In [0, 1): full jitter draws each delay uniformly below the exponential cap. */
  random?: () => number;
  userAgent?: string;
  defaultTimeoutMs?: number;
  defaultMaxBytes?: number;
  onAttempt?: (info: AttemptInfo) => void;
}

export interface JsonClient {
  request(request: JsonRequest): Promise<JsonResponse>;
}

export const DEFAULT_TIMEOUT_MS = 30_000;
export const DEFAULT_MAX_BYTES = 1024 * 1024;

/** Codes of failures that happen before a single byte of the request is written. */
const NOT_SENT_CODES = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EAI_NONAME',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EADDRNOTAVAIL',
  'UND_ERR_CONNECT_TIMEOUT',
  'ENETDOWN',
  'EHOSTDOWN',
]);
const TLS_CODE = /^(CERT_|UNABLE_TO_|DEPTH_ZERO|SELF_SIGNED|ERR_TLS_|ERR_SSL_|HOSTNAME_MISMATCH|ERR_TLS_CERT)/;

function causeCodes(error: unknown): string[] {
  const codes: string[] = [];
  const visit = (value: unknown, depth: number): void => {
    if (!value || typeof value !== 'object' || depth > 4) return;
    const record = value as { code?: unknown; cause?: unknown; errors?: unknown };
    if (typeof record.code === 'string') codes.push(record.code);
    if (Array.isArray(record.errors)) for (const inner of record.errors) visit(inner, depth + 1);
    visit(record.cause, depth + 1);
  };
  visit(error, 0);
  return codes;
}

/** Exponential backoff with full jitter: uniform in [0, min(max, base·2^(n−1))). */
export function backoffDelay(attempt: number, policy: RetryPolicy, random: () => number = Math.random): number {
  const cap = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  return Math.floor(random() * cap);
}

export function shouldRetry(failure: HttpFailure, policy: RetryPolicy): boolean {
  if (policy.mode === 'never' || failure.permanent || failure.kind === 'aborted') return false;
  if (policy.mode === 'connect-only') return failure.kind === 'network' && failure.notSent;
  if (failure.kind === 'network' || failure.kind === 'timeout') return true;
  return failure.kind === 'http' && failure.status !== undefined && failure.status >= 500;
}

const defaultSleep = (ms: number, signal?: AbortSignal): Promise<void> =>
  new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });

function isJsonType(contentType: string): boolean {
  return /\bjson\b/i.test(contentType);
}

export function tooLarge(url: string, status: number, contentType: string, detail: string): HttpFailure {
  return new HttpFailure('too-large', url, detail, { status, contentType });
}

/** The default transport: the global fetch (undici), redirects not followed. */
export function fetchTransport(fetchImpl: typeof fetch = (input, init) => fetch(input, init)): Transport {
  return async (request) => {
    const response = await fetchImpl(request.url, {
      method: request.method,
      headers: request.headers,
      // A fresh Uint8Array over its own ArrayBuffer: what BodyInit accepts.
      ...(request.body !== undefined ? { body: typeof request.body === 'string' ? request.body : new Uint8Array(request.body) } : {}),
      signal: request.signal,
      redirect: 'manual',
    });
    const contentType = response.headers.get('content-type') ?? '';
    return {
      status: response.status,
      header: (name) => response.headers.get(name),
      discard: async () => {
        await response.body?.cancel().catch(() => undefined);
      },
      read: async (maxBytes) => {
        const declared = Number(response.headers.get('content-length') ?? '');
        if (Number.isFinite(declared) && declared > maxBytes) {
          await response.body?.cancel().catch(() => undefined);
          throw tooLarge(request.url, response.status, contentType, `declared ${declared} bytes`);
        }
        if (!response.body) return new Uint8Array(0);
        const reader = response.body.getReader();
        const chunks: Uint8Array[] = [];
        let total = 0;
        for (;;) {
          const { done, value } = await reader.read();
          if (done) break;
          total += value.byteLength;
          if (total > maxBytes) {
            await reader.cancel().catch(() => undefined);
            throw tooLarge(request.url, response.status, contentType, `more than ${maxBytes} bytes`);
          }
          chunks.push(value);
        }
        const bytes = new Uint8Array(total);
        let offset = 0;
        for (const chunk of chunks) {
          bytes.set(chunk, offset);
          offset += chunk.byteLength;
        }
        return bytes;
      },
    };
  };
}

function classifyThrown(error: unknown, url: string, timeoutSignal: AbortSignal, callerSignal: AbortSignal | undefined): HttpFailure {
  if (error instanceof HttpFailure) return error;
  if (callerSignal?.aborted) return new HttpFailure('aborted', url, 'cancelled');
  const name = error instanceof Error ? error.name : '';
  if (timeoutSignal.aborted || name === 'TimeoutError') return new HttpFailure('timeout', url, 'no answer in time');
  const codes = causeCodes(error);
  const code = codes.find((c) => NOT_SENT_CODES.has(c)) ?? codes.find((c) => TLS_CODE.test(c)) ?? codes[0] ?? '';
  const detail = code || (error instanceof Error ? error.message : String(error));
  return new HttpFailure('network', url, detail, {
    notSent: NOT_SENT_CODES.has(code),
    permanent: TLS_CODE.test(code),
    causeCode: code,
  });
}

export function createJsonClient(options: JsonClientOptions = {}): JsonClient {
  const transport = options.transport ?? fetchTransport(options.fetch);
  const sleep = options.sleep ?? defaultSleep;
  const random = options.random ?? Math.random;

  async function once(request: JsonRequest, timeoutSignal: AbortSignal): Promise<JsonResponse> {
    const maxBytes = request.maxBytes ?? options.defaultMaxBytes ?? DEFAULT_MAX_BYTES;
    const signal = request.signal ? AbortSignal.any([timeoutSignal, request.signal]) : timeoutSignal;
    const headers: Record<string, string> = { accept: 'application/json', ...request.headers };
    if (options.userAgent) headers['user-agent'] = options.userAgent;
    if (request.body !== undefined && !Object.keys(headers).some((key) => key.toLowerCase() === 'content-type')) {
      headers['content-type'] = 'application/json;charset=UTF-8';
    }
    try {
      const response = await transport({
        method: request.method,
        url: request.url,
        headers,
        ...(request.body !== undefined ? { body: request.body } : {}),
        signal,
      });
      const contentType = response.header('content-type') ?? '';
      if (response.status >= 300 && response.status < 400) {
        await response.discard();
        throw new HttpFailure('redirect', request.url, `redirect to ${response.header('location') ?? '?'}`, { status: response.status, contentType });
      }
      const bytes = await response.read(maxBytes);
      const text = new TextDecoder('utf-8').decode(bytes);
      let body: unknown;
      let parsed = false;
      if (text.trim() !== '' && (isJsonType(contentType) || contentType === '')) {
        try {
          body = JSON.parse(text);
          parsed = true;
        } catch {
          parsed = false;
        }
      }
      if (response.status < 200 || response.status > 299) {
        throw new HttpFailure('http', request.url, `HTTP ${response.status}`, { status: response.status, body: parsed ? body : undefined, contentType });
      }
      if (!parsed) {
        throw new HttpFailure('non-json', request.url, `HTTP ${response.status} ${contentType || 'without content-type'}`, { status: response.status, contentType });
      }
      return { status: response.status, header: (name: string) => response.header(name), body };
    } catch (error) {
      throw classifyThrown(error, request.url, timeoutSignal, request.signal);
    }
  }

  return {
    async request(request: JsonRequest): Promise<JsonResponse> {
      const policy = request.retry ?? NO_RETRY;
      const maxAttempts = policy.mode === 'never' ? 1 : Math.max(1, policy.attempts);
      const timeoutMs = request.timeoutMs ?? options.defaultTimeoutMs ?? DEFAULT_TIMEOUT_MS;
      // One clock for all the tries: a stand that never answers is reported after timeoutMs, not attempts × timeoutMs.
      const deadline = Date.now() + timeoutMs;
      const budget = AbortSignal.timeout(timeoutMs);
      for (let attempt = 1; ; attempt += 1) {
        try {
          const response = await once(request, budget);
          options.onAttempt?.({ attempt, url: request.url });
          return response;
        } catch (error) {
          const failure = error as HttpFailure;
          failure.attempts = attempt;
          const retryable = attempt < maxAttempts && shouldRetry(failure, policy) && !budget.aborted;
          const delayMs = retryable ? backoffDelay(attempt, policy, random) : 0;
          // A retry that could not start before the deadline is not made.
          const again = retryable && Date.now() + delayMs < deadline;
          const nextDelayMs = again ? delayMs : undefined;
          options.onAttempt?.({ attempt, url: request.url, failure, ...(nextDelayMs !== undefined ? { nextDelayMs } : {}) });
          if (!again) throw failure;
          await sleep(nextDelayMs ?? 0, request.signal).catch(() => {
            throw new HttpFailure('aborted', request.url, 'cancelled');
          });
        }
      }
    },
  };
}
