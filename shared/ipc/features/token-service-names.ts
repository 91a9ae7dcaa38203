/** Request names of «Выдача токенов программам» (Settings); schemas in token-service-contract.ts. */
export const TOKEN_SERVICE_REQUEST_NAMES = [
  'tokenServiceState',
  'tokenServiceConfigure',
  'tokenServiceAddProgram',
  'tokenServiceRevokeProgram',
  'tokenServiceOpenHealth',
  'tokenServiceCopyKey',
] as const;
