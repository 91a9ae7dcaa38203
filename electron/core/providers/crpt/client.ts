import { AppFailure } from '../../errors';
import { HttpFailure, createJsonClient, type JsonClient, type RetryPolicy, type Transport } from '../../http/json-client';
import type { Signer } from '../../signing/signer';
import type { Clock } from '../../ports';
import type { Language } from '../../../../shared/model/types';
import { message } from '../../../../shared/texts/messages';
import { validateTaxId } from '../../../../shared/validation/fields';
import { crptHttpFailure, signInWithoutToken, suzErrorText, type CrptStep } from './errors';
import { authKeySchema, registrationSchema, signInSchema } from './schemas';
import { acceptableChallenge } from './challenge';
import { ConnectionLock } from './single-flight';
import { CLIENT_TOKEN_LIFETIME_MS, normaliseBaseUrl } from './stands';

/**
 * What a Честный знак token is for (shared/kinds/crpt.ts): `suz`, the clientToken of one СУЗ
 * connection (`POST /auth/simpleSignIn/{omsConnection}`), or `trueapi`, the token of True API
 * itself (`POST /auth/simpleSignIn`: documents, balances, codes). Both live 10 hours.
 */
export type { CrptTokenPurpose } from '../../../../shared/kinds/crpt';

interface SignInCommon {
  /** True API base, e.g. https://markirovka.crpt.ru/api/v3/true-api; `/auth/key` is appended. */
  trueApiBase: string;
  /** Only for a person signing for an organisation under a machine-readable power of attorney. */
  inn?: string;
  signer: Signer;
  signal?: AbortSignal;
}

/** One sign-in: a СУЗ connection's clientToken, or the True API token (which needs no omsConnection). */
export type CrptSignInRequest =
  | (SignInCommon & { purpose: 'suz'; /** The connection (integration installation) the token is for. */ omsConnection: string })
  | (SignInCommon & { purpose: 'trueapi'; omsConnection?: undefined });

/** The СУЗ clientToken request of older callers (purpose `suz`). */
export interface ClientTokenRequest extends SignInCommon {
  omsConnection: string;
}

export interface ClientToken {
  token: string;
  /** ISO 8601. */
  obtainedAt: string;
  /** obtainedAt + 10 hours, ISO 8601. */
  expiresAt: string;
}

export interface RegistrationRequest {
  /** СУЗ host base, e.g. https://suzgrid.crpt.ru:16443; `/api/v2/integration/connection` is appended. */
  suzBase: string;
  omsId: string;
  registrationKey: string;
  address: string;
  name?: string;
  signer: Signer;
  signal?: AbortSignal;
}

export interface RegistrationResult {
  status: 'SUCCESS' | 'REJECTED';
  omsConnection?: string;
  name?: string;
  rejectionReason?: string;
}

export interface CrptServiceOptions {
  http?: JsonClient;
  /** How requests travel when no `http` client is given: fetch by default, node:http in the CLI. */
  transport?: Transport;
  clock?: Pick<Clock, 'now'>;
  language?: Language;
  /** Per HTTP request, all its retries included (30 s by default). */
  timeoutMs?: number;
  /** Largest answer read. */
  maxBytes?: number;
  /** Tries and delays for `GET /auth/key` (network errors and 5xx only). */
  authKeyRetry?: Omit<RetryPolicy, 'mode'>;
  /** Tries and delays for the registration POST (only when the request certainly never left). */
  registrationRetry?: Omit<RetryPolicy, 'mode'>;
  userAgent?: string;
}

export interface CrptService {
  /**
   * The one sign-in for both purposes: challenge, attached signature, token. One request at a
   * time per connection (per stand and ИНН for True API); an identical call shares the running one.
   */
  signIn(request: CrptSignInRequest): Promise<ClientToken>;
  /** The СУЗ clientToken: `signIn` with purpose `suz`. */
  getClientToken(request: ClientTokenRequest): Promise<ClientToken>;
  registerConnection(request: RegistrationRequest): Promise<RegistrationResult>;
  /** Whether a request for this connection is running. */
  busy(omsConnection: string): boolean;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DEFAULT_TIMEOUT_MS = 30_000;
const DEFAULT_MAX_BYTES = 256 * 1024;
const DEFAULT_AUTH_KEY_RETRY = { attempts: 3, baseDelayMs: 500, maxDelayMs: 4_000 };
const DEFAULT_REGISTRATION_RETRY = { attempts: 2, baseDelayMs: 500, maxDelayMs: 2_000 };

function invalid(field: string, text: string): AppFailure {
  return new AppFailure('invalid_field', text, field);
}

function checkUuid(value: string, field: string, language: Language, hint = ''): string {
  const trimmed = value.trim();
  if (!UUID.test(trimmed)) throw invalid(field, message('crpt_uuid_format', language, { field, hint }).trim());
  return trimmed.toLowerCase();
}

function checkBase(value: string, field: string, example: string, language: Language): string {
  const base = normaliseBaseUrl(value);
  if (!base) throw invalid(field, message('crpt_stand_url', language, { example }));
  return base;
}

function checkInn(value: string | undefined, language: Language): string | undefined {
  const inn = value?.trim() ?? '';
  if (inn === '') return undefined;
  if (!/^\d{10}$|^\d{12}$/.test(inn) || validateTaxId(inn)) throw invalid('inn', message('crpt_inn_format', language));
  return inn;
}

export function createCrptService(options: CrptServiceOptions = {}): CrptService {
  const language = options.language ?? 'ru';
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const clock = options.clock ?? { now: () => new Date() };
  const http = options.http ?? createJsonClient({ userAgent: options.userAgent ?? 'token-assistant', ...(options.transport ? { transport: options.transport } : {}) });
  const lock = new ConnectionLock();

  async function call<T>(step: CrptStep, work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (error instanceof HttpFailure) throw crptHttpFailure(error, step, language, timeoutMs);
      throw error;
    }
  }

  function badAnswer(url: string, detail: string): AppFailure {
    return new AppFailure('server_bad_answer', message('http_bad_answer', language, { host: new URL(url).host, detail }));
  }

  /** `omsConnection` null: the True API token. */
  async function obtain(base: string, omsConnection: string | null, inn: string | undefined, request: SignInCommon): Promise<ClientToken> {
    // 1. The challenge. Idempotent: repeated on network errors and 5xx, with backoff and jitter.
    const keyUrl = `${base}/auth/key`;
    const keyAnswer = await call('auth-key', () =>
      http.request({
        method: 'GET',
        url: keyUrl,
        timeoutMs,
        maxBytes,
        retry: { mode: 'network-and-5xx', ...DEFAULT_AUTH_KEY_RETRY, ...options.authKeyRetry },
        ...(request.signal ? { signal: request.signal } : {}),
      }),
    );
    const key = authKeySchema.safeParse(keyAnswer.body);
    if (!key.success) {
      const fromServer = signInWithoutToken(keyAnswer.body, language);
      if (fromServer.code !== 'server_bad_answer') throw fromServer;
      throw badAnswer(keyUrl, language === 'ru' ? 'нет полей uuid и data' : 'no uuid and data');
    }

    if (!acceptableChallenge(key.data.data)) {
      throw new AppFailure('server_bad_answer', message('crpt_challenge_refused', language, { host: new URL(keyUrl).host }));
    }

    // 2. Attached signature of the exact challenge bytes.
    const signature = await request.signer.sign(Buffer.from(key.data.data, 'utf8'), {
      detached: false,
      ...(request.signal ? { signal: request.signal } : {}),
    });

    // 3. The token. Never repeated: the first try may already have issued a token,
    //    and a second request would kill it.
    const signInUrl = omsConnection === null ? `${base}/auth/simpleSignIn` : `${base}/auth/simpleSignIn/${encodeURIComponent(omsConnection)}`;
    const body = JSON.stringify(inn ? { uuid: key.data.uuid, data: signature, inn } : { uuid: key.data.uuid, data: signature });
    // The token's 10 hours are counted from just before the request: the server issued it
    // somewhere between sending and answering, so expiresAt errs on the early side.
    const obtained = clock.now();
    const answer = await call('sign-in', () =>
      http.request({
        method: 'POST',
        url: signInUrl,
        body,
        timeoutMs,
        maxBytes,
        retry: { mode: 'never', attempts: 1, baseDelayMs: 0, maxDelayMs: 0 },
        ...(request.signal ? { signal: request.signal } : {}),
      }),
    );
    const parsed = signInSchema.safeParse(answer.body);
    if (!parsed.success) throw badAnswer(signInUrl, language === 'ru' ? 'ответ не похож на { token }' : 'not a { token } answer');
    const token = parsed.data.token?.trim() ?? '';
    if (token === '') throw signInWithoutToken(answer.body, language);
    return {
      token,
      obtainedAt: obtained.toISOString(),
      expiresAt: new Date(obtained.getTime() + CLIENT_TOKEN_LIFETIME_MS).toISOString(),
    };
  }

  async function signIn(request: CrptSignInRequest): Promise<ClientToken> {
    const base = checkBase(request.trueApiBase, 'trueApiBase', 'https://markirovka.crpt.ru/api/v3/true-api', language);
    const inn = checkInn(request.inn, language);
    if (request.purpose === 'trueapi') {
      // The True API token belongs to the participant: one sign-in at a time per stand and ИНН.
      return lock.run(`${base}|trueapi|${inn ?? ''}`, request.signer.kind, () => obtain(base, null, inn, request));
    }
    const omsConnection = checkUuid(request.omsConnection, 'omsConnection', language, message('crpt_oms_connection_hint', language));
    // One request per connection: a second identical call shares the running one,
    // so two clicks never make two tokens (the second would kill the first).
    return lock.run(`${base}|${omsConnection}`, `${inn ?? ''}|${request.signer.kind}`, () => obtain(base, omsConnection, inn, request));
  }

  return {
    signIn,

    getClientToken: (request: ClientTokenRequest): Promise<ClientToken> => signIn({ ...request, purpose: 'suz' }),

    async registerConnection(request: RegistrationRequest): Promise<RegistrationResult> {
      const base = checkBase(request.suzBase, 'suzBase', 'https://suzgrid.crpt.ru:16443', language);
      const omsId = checkUuid(request.omsId, 'omsId', language);
      const registrationKey = request.registrationKey.trim();
      if (registrationKey === '') throw invalid('registrationKey', message('required', language));
      const address = request.address.trim();
      if (address === '') throw invalid('address', message('crpt_address_required', language));
      const name = request.name?.trim() || undefined;
      if (name !== undefined && name.length > 256) throw invalid('name', message('crpt_name_length', language));
      const payload = name ? { address, name } : { address };
      // The signature covers these exact bytes, and exactly these bytes are sent.
      const bodyBytes = Buffer.from(JSON.stringify(payload), 'utf8');
      const signature = await request.signer.sign(bodyBytes, { detached: true, ...(request.signal ? { signal: request.signal } : {}) });
      const url = `${base}/api/v2/integration/connection?omsId=${encodeURIComponent(omsId)}`;
      const answer = await call('registration', () =>
        http.request({
          method: 'POST',
          url,
          body: bodyBytes,
          headers: {
            'content-type': 'application/json;charset=UTF-8',
            'X-Signature': signature,
            'X-RegistrationKey': registrationKey,
          },
          timeoutMs,
          maxBytes,
          // Only a refused connection is tried again: then not a byte reached the server.
          retry: { mode: 'connect-only', ...DEFAULT_REGISTRATION_RETRY, ...options.registrationRetry },
          ...(request.signal ? { signal: request.signal } : {}),
        }),
      );
      const parsed = registrationSchema.safeParse(answer.body);
      if (!parsed.success) {
        const serverText = suzErrorText(answer.body);
        if (serverText) {
          throw new AppFailure('request_rejected', message('suz_error', language, { status: String(answer.status), detail: serverText }));
        }
        throw badAnswer(url, language === 'ru' ? 'нет поля status' : 'no status field');
      }
      const data = parsed.data;
      if (data.status === 'REJECTED') {
        return { status: 'REJECTED', rejectionReason: data.rejectionReason?.trim() || (language === 'ru' ? 'причина не указана' : 'no reason given') };
      }
      const connection = data.omsConnection?.trim() ?? '';
      if (!UUID.test(connection)) throw badAnswer(url, language === 'ru' ? 'нет omsConnection в ответе SUCCESS' : 'SUCCESS without omsConnection');
      return { status: 'SUCCESS', omsConnection: connection, ...(data.name ? { name: data.name } : {}) };
    },

    busy(omsConnection: string): boolean {
      const suffix = `|${omsConnection.trim().toLowerCase()}`;
      return lock.busyWhere((key) => key.endsWith(suffix));
    },
  };
}

/**
 * One Честный знак sign-in with a service of its own (no lock shared with other calls): for a
 * caller that keeps its own one-sign-in-per-connection rule, such as the local token service.
 */
export function crptSignIn(request: CrptSignInRequest, options: CrptServiceOptions = {}): Promise<ClientToken> {
  return createCrptService(options).signIn(request);
}

/** Message shown next to the «get token» button: a new token kills the previous one. */
export function replacesPreviousWarning(language: Language = 'ru'): string {
  return message('crpt_token_replaces_previous', language);
}

/** The registration outcome as a message (for REJECTED). */
export function rejectionMessage(result: RegistrationResult, language: Language = 'ru'): string {
  return message('suz_registration_rejected', language, { reason: result.rejectionReason ?? '' });
}
