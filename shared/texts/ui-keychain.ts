/**
 * Interface texts of the keychain choice (Linux without a system keychain): the
 * passphrase, the unlock after a start and the explicit weak storage; merged under
 * `keychain` in the renderer's i18n resources.
 */
import { uiKeychainRu } from './ui-keychain-ru';
import { uiKeychainEn } from './ui-keychain-en';

export type { UiKeychainTexts } from './ui-keychain-ru';
export const uiKeychain = { ru: uiKeychainRu, en: uiKeychainEn };
