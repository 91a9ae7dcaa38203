/**
 * Честный знак (crpt) for the app: stands, the clientToken, the СУЗ registration,
 * automatic refresh timing. The UI wires these; the CLI imports the modules directly
 * to keep its start-up lean.
 */
export { createCrptService, crptSignIn, rejectionMessage, replacesPreviousWarning } from './client';
export type { ClientToken, ClientTokenRequest, CrptSignInRequest, CrptTokenPurpose, CrptService, CrptServiceOptions, RegistrationRequest, RegistrationResult } from './client';
export { CRPT_STANDS, CLIENT_TOKEN_LIFETIME_MS, SANDBOX_REGISTRATION_KEY, findStand, normaliseBaseUrl } from './stands';
export type { CrptStand, CrptStandId } from './stands';
export { DEFAULT_REFRESH_POLICY, nextRefreshAt, refreshDelayMs } from './refresh';
export type { RefreshPolicy } from './refresh';
