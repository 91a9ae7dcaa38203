import type { UiKeychainTexts } from './ui-keychain-ru';

/** The English of ui-keychain-ru.ts: a module of its own, loaded only when the UI is in English. */
export const uiKeychainEn: UiKeychainTexts = {
  choiceHeading: 'How to protect tokens on this computer',
  choiceBody: 'There is no system keychain (GNOME Keyring, KWallet), so the app cannot encrypt tokens reliably by itself. Until you choose a protection, no token is saved.',
  passphraseHeading: 'Set a vault passphrase (recommended)',
  passphraseBody:
    'Tokens will be encrypted with a key made from this passphrase. It is asked once after every start of the app and stored nowhere: if you forget it, the saved tokens cannot be recovered.',
  passphrase: 'Vault passphrase',
  passphraseHint: 'At least {{min}} characters; a phrase of several words is best.',
  confirm: 'Passphrase again',
  tooShort: 'The passphrase is shorter than {{min}} characters.',
  mismatch: 'The passphrases differ.',
  setPassphrase: 'Set the passphrase',
  weakHeading: 'Store without a passphrase',
  weakBody:
    'Tokens will be encrypted with a fixed key that any program knows: whoever copies the app’s data folder can read them. Choose this only if you alone use this computer and its disk is encrypted.',
  acceptWeak: 'Store without a passphrase (weak protection)',
  unlockHeading: 'Enter the vault passphrase',
  unlockBody: 'Tokens on this computer are protected by a vault passphrase. Enter it to show, copy and save tokens.',
  unlock: 'Unlock the vault',
  passphraseMissing: 'Enter the vault passphrase.',
  working: 'Checking the passphrase…',
};
