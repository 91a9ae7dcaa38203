/**
 * The login that goes with a secret (the СМДО «логин»). It is a credential, so it
 * is stored as `loginCipher`, encrypted with the same SecretBox as the secret,
 * and never in a token's `settings` (which the renderer sees and the vault
 * stores in clear).
 *
 * Vaults and export files written before loginCipher existed kept it in clear as
 * `settings.login`: Vault.open and the import move it into the cipher.
 */

/** The settings key under which older versions kept the login in clear. */
export const LEGACY_LOGIN_SETTING = 'login';

/** Whether `settings` still holds a login in clear. */
export function hasLegacyLogin(settings: Readonly<Record<string, string>>): boolean {
  return Object.hasOwn(settings, LEGACY_LOGIN_SETTING);
}

/** A copy of `settings` without the login. */
export function withoutLogin(settings: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(settings).filter(([name]) => name !== LEGACY_LOGIN_SETTING));
}
