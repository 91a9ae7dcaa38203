/** The СМДО provider: the OAuth2 client-credentials token client, its cache, the CLI command. */
export { SmdoFailure, WSO2, parseRetryAfter, readErrorAnswer } from './errors';
export { SMDO_DEFAULT_TIMEOUT_MS, SMDO_RETRY, fetchSmdoToken } from './token-client';
export type { SmdoClientDeps, SmdoToken, SmdoTokenRequest } from './token-client';
export { SMDO_REFRESH_MARGIN_MS, SmdoTokenCache } from './token-cache';
export type { CachedSmdoToken, SmdoCacheRequest, SmdoTokenCacheOptions } from './token-cache';
export { SMDO_TOKEN_PATH, normaliseSmdoTokenUrl, smdoTokenUrlFromBase } from './token-url';
