/** Request names of the keychain choice (Linux without a system keychain); schemas in keychain-contract.ts. */
export const KEYCHAIN_REQUEST_NAMES = ['keychainSetPassphrase', 'keychainUnlock', 'keychainAcceptWeak'] as const;
