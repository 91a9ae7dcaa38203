import { AppFailure } from '../../errors';
import type { HttpFailure } from '../../http/json-client';
import type { Language } from '../../../../shared/model/types';
import { message } from '../../../../shared/texts/messages';
import { suzErrorSchema, trueApiErrorSchema } from './schemas';

export type CrptStep = 'auth-key' | 'sign-in' | 'registration';

const MAX_DETAIL = 400;

/** Keeps a server's text printable and short; it is shown to the user as is. */
export function cleanServerText(value: string): string {
  const flat = value
    // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
    .replace(/[\u0000-\u001f\u007f]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return flat.length > MAX_DETAIL ? `${flat.slice(0, MAX_DETAIL - 1)}…` : flat;
}

/** `error_message — description` of a True API error body; empty when there is none. */
export function trueApiErrorText(body: unknown): { code: string; text: string } {
  const parsed = trueApiErrorSchema.safeParse(body);
  if (!parsed.success) return { code: '', text: '' };
  const parts = [parsed.data.error_message, parsed.data.description].filter((part): part is string => typeof part === 'string' && part.trim() !== '');
  const unique = parts.filter((part, index) => parts.indexOf(part) === index);
  const codeValue = parsed.data.code;
  return { code: codeValue === null || codeValue === undefined ? '' : String(codeValue), text: cleanServerText(unique.join(' — ')) };
}

/** The texts of СУЗ `globalErrors` and `fieldErrors`; empty when there is none. */
export function suzErrorText(body: unknown): string {
  const parsed = suzErrorSchema.safeParse(body);
  if (!parsed.success) return '';
  const global = (parsed.data.globalErrors ?? []).map((item) => {
    const textPart = item.error ?? '';
    const codePart = item.errorCode === null || item.errorCode === undefined ? '' : ` (код ${String(item.errorCode)})`;
    return `${textPart}${codePart}`.trim();
  });
  const fields = (parsed.data.fieldErrors ?? []).map((item) => [item.fieldName, item.fieldError].filter(Boolean).join(': '));
  const all = [...global, ...fields].filter(Boolean);
  if (all.length > 0) return cleanServerText(all.join('; '));
  // Some СУЗ answers carry a True API-like body.
  return trueApiErrorText(body).text;
}

function networkDetail(failure: HttpFailure, language: Language): string {
  const ru = language === 'ru';
  const code = failure.causeCode;
  if (code === 'ECONNREFUSED') return ru ? 'соединение отклонено' : 'connection refused';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'EAI_NONAME') return ru ? 'адрес сервера не найден (DNS)' : 'host not found (DNS)';
  if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET' || code === 'EPIPE') return ru ? 'соединение разорвано' : 'connection reset';
  if (code === 'UND_ERR_CONNECT_TIMEOUT') return ru ? 'не удалось установить соединение' : 'could not connect';
  if (failure.permanent) {
    return ru
      ? `сертификат сервера не прошёл проверку (${code}); если стенд использует сертификат Минцифры (Russian Trusted Root CA), добавьте корневой сертификат в доверенные, например через переменную NODE_EXTRA_CA_CERTS`
      : `the server certificate failed verification (${code})`;
  }
  return code || (ru ? 'сетевая ошибка' : 'network error');
}

/**
 * Turns an HTTP failure of one step into the message the user reads. A failed
 * sign-in is never repeated automatically, and the message says so.
 */
export function crptHttpFailure(failure: HttpFailure, step: CrptStep, language: Language, timeoutMs: number): AppFailure {
  const host = failure.host;
  const notRepeated = step === 'sign-in' ? ` ${message('crpt_not_sent_again', language)}` : '';
  switch (failure.kind) {
    case 'network':
      return new AppFailure('network_unavailable', message('http_network', language, { host, detail: networkDetail(failure, language) }) + (failure.notSent ? '' : notRepeated));
    case 'aborted':
      return new AppFailure('network_unavailable', message('http_network', language, { host, detail: language === 'ru' ? 'запрос отменён' : 'cancelled' }));
    case 'timeout':
      return new AppFailure('request_timeout', message('http_timeout', language, { host, seconds: String(Math.round(timeoutMs / 1000)) }) + notRepeated);
    case 'too-large':
      return new AppFailure('server_bad_answer', message('http_too_large', language, { host, limit: formatBytes(failure) }));
    case 'non-json':
      return new AppFailure(
        'server_bad_answer',
        message('http_not_json', language, { host, status: String(failure.status ?? '—'), contentType: failure.contentType || (language === 'ru' ? 'тип не указан' : 'no type') }),
      );
    case 'redirect':
      return new AppFailure(
        'server_bad_answer',
        message('http_bad_answer', language, { host, detail: `HTTP ${failure.status ?? ''}, ${language === 'ru' ? 'перенаправление на другой адрес' : 'redirect'}` }),
      );
    case 'http':
      return httpStatusFailure(failure, step, language, notRepeated);
  }
}

function formatBytes(failure: HttpFailure): string {
  const match = /(\d+) bytes/.exec(failure.message);
  const bytes = match ? Number(match[1]) : 0;
  return bytes >= 1024 * 1024 ? `${Math.round(bytes / 1024 / 1024)} МБ` : bytes >= 1024 ? `${Math.round(bytes / 1024)} КБ` : `${bytes} Б`;
}

function httpStatusFailure(failure: HttpFailure, step: CrptStep, language: Language, notRepeated: string): AppFailure {
  const status = failure.status ?? 0;
  const host = failure.host;
  const serverText = step === 'registration' ? suzErrorText(failure.body) : trueApiErrorText(failure.body).text;
  if (status >= 500) {
    return new AppFailure('server_failure', message('http_server_failure', language, { host, status: String(status), detail: serverText ? ` (${serverText})` : '' }) + notRepeated);
  }
  if (step === 'registration') {
    if (status === 401 || status === 403) {
      return new AppFailure('access_denied', message('suz_registration_denied', language, { status: String(status), detail: serverText ? `: ${serverText}` : '' }));
    }
    return new AppFailure('request_rejected', message('suz_error', language, { status: String(status), detail: serverText || `HTTP ${status}` }));
  }
  if (status === 403 && (isErrorCode2(failure.body) || (step === 'sign-in' && serverText === ''))) {
    return new AppFailure('access_denied', message('crpt_signature_rejected', language));
  }
  if (status === 401 || status === 403) {
    return new AppFailure('access_denied', message('crpt_access_denied', language, { status: String(status), detail: serverText ? `: ${serverText}` : '' }));
  }
  const { code } = trueApiErrorText(failure.body);
  return new AppFailure('request_rejected', message('crpt_error', language, { code: code ? ` ${code}` : ` HTTP ${status}`, detail: serverText || `HTTP ${status}` }));
}

/** «код ошибки 2» anywhere in the body, or `code: 2`. */
export function isErrorCode2(body: unknown): boolean {
  if (body === undefined || body === null) return false;
  const parsed = trueApiErrorSchema.safeParse(body);
  if (parsed.success && String(parsed.data.code ?? '') === '2') return true;
  return /код(?:ом)?\s+ошибки\s*:?\s*2\b|error\s+code\s*:?\s*2\b/iu.test(JSON.stringify(body));
}

/** HTTP 200 without a token: the error body the stands sometimes send with success status. */
export function signInWithoutToken(body: unknown, language: Language): AppFailure {
  const { code, text } = trueApiErrorText(body);
  if (isErrorCode2(body)) return new AppFailure('access_denied', message('crpt_signature_rejected', language));
  if (text || code) {
    return new AppFailure('request_rejected', message('crpt_error', language, { code: code ? ` ${code}` : '', detail: text || code }));
  }
  return new AppFailure('server_bad_answer', message('crpt_no_token', language, { detail: '' }));
}
