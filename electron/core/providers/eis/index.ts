/** The ЕИС provider: the optional check of a «сервисы отдачи» identifier against a getDocsIP-like endpoint. */
export { EIS_DEFAULT_TIMEOUT_MS, EIS_GET_DOCS_IP_ENDPOINT_EXAMPLE, checkEisIdentifier, normaliseEisEndpoint } from './check-identifier';
export type { EisCheckDeps, EisCheckRequest, EisCheckResult } from './check-identifier';
export { DEFAULT_EIS_OPERATION, EIS_GET_DOCS_IP_NS, EIS_TOKEN_ELEMENT, buildCheckEnvelope, findProblem, isTokenProblem } from './soap';
export type { EisOperation, SoapProblem } from './soap';
