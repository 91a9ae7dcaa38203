import type { ErrorCode } from '../../../../shared/ipc/result';
import type { Language } from '../../../../shared/model/types';
import { message } from '../../../../shared/texts/messages';
import type { MessageCode } from '../../../../shared/texts/messages';
import { validateEisIdentifier } from '../../../../shared/kinds/eis';
import { AppFailure } from '../../errors';
import { HttpFailure, fetchTransport } from '../../http/json-client';
import { DEFAULT_EIS_OPERATION, EIS_TOKEN_ELEMENT, buildCheckEnvelope, escapeXml, isTokenProblem } from './soap';
import { readSoapAnswer } from './soap-reader';
import type { SoapReading } from './soap-reader';
import type { EisOperation } from './soap';

/**
 * An optional check of an ЕИС identifier: one SOAP 1.1 request of the
 * «сервисы отдачи» kind (getDocsIP) with the identifier as
 * `individualPerson_token` (in the SOAP header, and in an HTTP header of the
 * same name as some integrations expect), to an endpoint from the settings.
 * Only whether the service accepts the identifier is judged:
 *
 * - a normal answer, or the service's own errorInfo about anything but the
 *   identifier → `{valid: true}` (the request got past the token check);
 * - a Fault or errorInfo about the token (wrong, expired, not allowed), or
 *   HTTP 401/403 → `{valid: false, reason}` with a clear Russian sentence;
 * - a Fault about something else, a 5xx without a Fault, no answer, an answer
 *   that is not SOAP → AppFailure: the check could not tell.
 *
 * The identifier never appears in a message: whatever the server says is
 * quoted only after the identifier has been cut out of it.
 */

export { EIS_GET_DOCS_IP_ENDPOINT_EXAMPLE } from '../../../../shared/kinds/eis-check-settings';

export interface EisCheckRequest {
  endpoint: string;
  identifier: string;
  /** Default 20 s. */
  timeoutMs?: number;
  signal?: AbortSignal;
  language?: Language;
  /** The request to send; DEFAULT_EIS_OPERATION when omitted. */
  operation?: Partial<EisOperation>;
}

export type EisCheckResult = { valid: true; serviceMessage?: string } | { valid: false; reason: string; serverMessage?: string };

export interface EisCheckDeps {
  fetch?: typeof fetch;
  now?: () => Date;
}

export const EIS_DEFAULT_TIMEOUT_MS = 20_000;
/** Reading stops past this many bytes: an answer to the check is a few kilobytes. */
export const EIS_MAX_ANSWER_BYTES = 256 * 1024;
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** https, or http on the loopback (the emulator); no credentials, query or fragment. */
export function normaliseEisEndpoint(text: string): string | null {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && LOOPBACK.has(url.hostname))) return null;
  if (url.search || url.hash || url.username || url.password) return null;
  return `${url.origin}${url.pathname}`;
}

function scrub(text: string, identifier: string): string {
  let result = text;
  for (const form of new Set([identifier, escapeXml(identifier)])) {
    if (form.length >= 3) result = result.split(form).join('***');
  }
  return result
    .replace(/[\p{Cc}\p{Cf}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 300);
}

function causeCode(error: unknown): string {
  for (let value: unknown = error, depth = 0; value && typeof value === 'object' && depth < 5; depth += 1) {
    const record = value as { code?: unknown; cause?: unknown };
    if (typeof record.code === 'string') return record.code;
    value = record.cause;
  }
  return '';
}

const REFUSAL_REASON: Record<Extract<SoapReading, { kind: 'refused' }>['why'], MessageCode> = {
  'too-deep': 'eis_answer_why_too_deep',
  'too-many-elements': 'eis_answer_why_too_many_elements',
  malformed: 'eis_answer_why_malformed',
};

export async function checkEisIdentifier(request: EisCheckRequest, deps: EisCheckDeps = {}): Promise<EisCheckResult> {
  const language = request.language ?? 'ru';
  const endpoint = normaliseEisEndpoint(request.endpoint);
  if (endpoint === null) throw new AppFailure('invalid_field', message('eis_endpoint', language), 'endpoint');
  const problem = validateEisIdentifier(request.identifier);
  if (problem) throw new AppFailure('invalid_field', message(problem.code, language), 'secret');
  const identifier = request.identifier.trim();
  const operation: EisOperation = { ...DEFAULT_EIS_OPERATION, ...request.operation };
  const now = deps.now ?? (() => new Date());
  const timeoutMs = request.timeoutMs ?? EIS_DEFAULT_TIMEOUT_MS;
  const host = new URL(endpoint).host;
  const fail = (code: ErrorCode, messageCode: MessageCode, params: Record<string, string> = {}): AppFailure =>
    new AppFailure(code, message(messageCode, language, { host, ...params }));

  const timeoutSignal = AbortSignal.timeout(timeoutMs);
  const signal = request.signal ? AbortSignal.any([timeoutSignal, request.signal]) : timeoutSignal;
  const transport = fetchTransport(deps.fetch);
  let status: number;
  let text: string;
  try {
    const answer = await transport({
      method: 'POST',
      url: endpoint,
      headers: {
        'content-type': 'text/xml; charset=utf-8',
        accept: 'text/xml, application/soap+xml',
        soapaction: `"${operation.soapAction}"`,
        [EIS_TOKEN_ELEMENT]: identifier,
      },
      body: buildCheckEnvelope(identifier, operation, now()),
      signal,
    });
    status = answer.status;
    // A streaming cap: the transport stops reading (and drops the connection) past the limit.
    text = new TextDecoder('utf-8').decode(await answer.read(EIS_MAX_ANSWER_BYTES));
  } catch (error) {
    if (request.signal?.aborted) throw request.signal.reason;
    if (error instanceof HttpFailure && error.kind === 'too-large') {
      throw fail('server_bad_answer', 'eis_answer_too_large', { limit: String(EIS_MAX_ANSWER_BYTES / 1024) });
    }
    if (timeoutSignal.aborted || (error instanceof Error && error.name === 'TimeoutError')) {
      throw fail('request_timeout', 'eis_timeout', { seconds: String(Math.round(timeoutMs / 1000)) });
    }
    const code = causeCode(error);
    throw fail('network_unavailable', 'eis_network', { detail: code ? `: ${code}` : '' });
  }

  const reading = text.trim() === '' ? ({ kind: 'not-soap' } as const) : await readSoapAnswer(text);
  if (reading.kind === 'refused') {
    throw fail('server_bad_answer', 'eis_answer_unreadable', { status: String(status), why: message(REFUSAL_REASON[reading.why], language) });
  }
  const soap = reading.kind === 'soap';
  const found = soap ? reading.problem : undefined;
  if (found) {
    const said = scrub([found.code, found.text].filter((part) => part !== '').join(': '), identifier);
    if (isTokenProblem(found)) {
      const detail = said ? (language === 'ru' ? ` Ответ ЕИС: «${said}».` : ` ЕИС said: “${said}”.`) : '';
      return { valid: false, reason: message('eis_identifier_rejected', language, { detail }), ...(said ? { serverMessage: said } : {}) };
    }
    if (found.source === 'errorInfo' && status >= 200 && status < 300) return { valid: true, ...(said ? { serviceMessage: said } : {}) };
    throw fail('server_bad_answer', 'eis_check_inconclusive', { detail: said ? `: «${said}»` : '' });
  }
  if (status === 401 || status === 403) {
    return { valid: false, reason: message('eis_identifier_rejected', language, { detail: ` (HTTP ${status})` }) };
  }
  if (status >= 500) throw fail('server_failure', 'eis_server_failure', { status: String(status) });
  if (status >= 200 && status < 300 && soap) return { valid: true };
  throw fail('server_bad_answer', 'eis_bad_answer', { status: String(status) });
}
