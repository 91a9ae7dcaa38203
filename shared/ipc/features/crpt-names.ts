/** Request names of the Честный знак (crpt) feature; schemas in crpt-contract.ts. */
export const CRPT_REQUEST_NAMES = [
  'crptInspectCertificate',
  'crptSetupConnection',
  'crptRefreshToken',
  'crptRegisterConnection',
  'crptSetAutoRefresh',
  'crptChooseCryptoProFolder',
  'crptChooseSignerFile',
  'crptSetupDefaults',
] as const;
