/** The shortest vault passphrase the core accepts (apart from the contract: the dashboard's keychain gate needs it without zod). */
export const KEYCHAIN_PASSPHRASE_MIN = 10;
