import { randomUUID } from 'node:crypto';
import { readSoapAnswerNow } from './soap-reader';
import type { SoapProblem } from './soap-reader';

export type { SoapProblem } from './soap-reader';

/**
 * The SOAP side of the ЕИС identifier check: the request envelope of a
 * «сервисы отдачи» call (getDocsIP kind) and the judgement of a Fault or
 * errorInfo found in its answer (the answer itself is read by soap-reader.ts).
 */

export const EIS_SOAP_ENV_NS = 'http://schemas.xmlsoap.org/soap/envelope/';
/** Namespace of the 44-ФЗ «get-docs-ip» data service. */
export const EIS_GET_DOCS_IP_NS = 'http://zakupki.gov.ru/fz44/get-docs-ip/ws';
export const EIS_TOKEN_ELEMENT = 'individualPerson_token';

/**
 * Which request the check sends. Only the acceptance of the identifier is
 * checked, so any cheap operation of the service will do; the default asks for
 * the documents of a registry number that does not exist, so an accepted
 * identifier gets an empty (or «no data») answer. All of it is configurable for
 * a service that expects something else.
 */
export interface EisOperation {
  /** Root element of the body, without prefix. */
  name: string;
  namespace: string;
  /** Inner XML of the request after the `index` block (trusted text from our own settings). */
  selectionParamsXml: string;
  mode: 'PROD' | 'TEST';
  /** The SOAPAction header; SOAP 1.1 requires the header, an empty value is allowed. */
  soapAction: string;
}

export const DEFAULT_EIS_OPERATION: EisOperation = {
  name: 'getDocsByReestrNumberRequest',
  namespace: EIS_GET_DOCS_IP_NS,
  selectionParamsXml: '<selectionParams><subsystemType>PRIZ</subsystemType><reestrNumber>0000000000000000000</reestrNumber></selectionParams>',
  mode: 'PROD',
  soapAction: '',
};

export function escapeXml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/** `yyyy-MM-ddTHH:mm:ss+03:00`: the services work in Moscow time. */
export function moscowDateTime(instant: Date): string {
  const moscow = new Date(instant.getTime() + 3 * 3_600_000);
  return `${moscow.toISOString().slice(0, 19)}+03:00`;
}

export function buildCheckEnvelope(identifier: string, operation: EisOperation, now: Date, requestId: string = randomUUID()): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<soapenv:Envelope xmlns:soapenv="${EIS_SOAP_ENV_NS}" xmlns:ws="${escapeXml(operation.namespace)}">`,
    '<soapenv:Header>',
    `<${EIS_TOKEN_ELEMENT}>${escapeXml(identifier)}</${EIS_TOKEN_ELEMENT}>`,
    '</soapenv:Header>',
    '<soapenv:Body>',
    `<ws:${operation.name}>`,
    `<index><id>${requestId}</id><createDateTime>${moscowDateTime(now)}</createDateTime><mode>${operation.mode}</mode></index>`,
    operation.selectionParamsXml,
    `</ws:${operation.name}>`,
    '</soapenv:Body>',
    '</soapenv:Envelope>',
  ].join('\n');
}

/** The first Fault or errorInfo of a short answer read at once; undefined for a normal answer or one that is not SOAP. */
export function findProblem(xml: string): SoapProblem | undefined {
  const reading = readSoapAnswerNow(xml);
  return reading.kind === 'soap' ? reading.problem : undefined;
}

const TOKEN_CODE = /INVALID[_-]?TOKEN|TOKEN[_-]?(?:INVALID|EXPIRED|NOT[_-]?FOUND|REQUIRED|MISSING)|UNAUTHORI[SZ]ED|ACCESS[_-]?DENIED|AUTH/i;
const TOKEN_WORD = /токен|token|идентификатор|individualPerson/i;
const REFUSAL_WORD =
  /невер|недейств|не найден|не существ|истек|истёк|просроч|отсутств|не указан|не передан|заблокир|отозван|запрещ|не разрешен|не разрешён|invalid|expired|not found|missing|unknown|revoked|denied|not valid|not allowed/i;
const ACCESS_DENIED = /доступ[^.]{0,60}(?:запрещ|закрыт|отклон)|access (?:is )?denied|forbidden/i;

/** Whether a Fault or errorInfo is about the identifier (wrong, expired, services not allowed). */
export function isTokenProblem(problem: SoapProblem): boolean {
  const all = `${problem.code} ${problem.text}`;
  if (TOKEN_CODE.test(problem.code)) return true;
  if (TOKEN_WORD.test(all) && REFUSAL_WORD.test(all)) return true;
  return ACCESS_DENIED.test(all);
}
