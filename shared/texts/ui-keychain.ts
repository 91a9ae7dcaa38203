/**
 * Interface texts of the keychain choice (Linux without a system keychain): the
 * passphrase, the unlock after a start and the explicit weak storage; merged under
 * `keychain` in the renderer's i18n resources.
 */
const ru = {
  choiceHeading: 'Как защитить токены на этом компьютере',
  choiceBody:
    'В системе нет связки ключей (GNOME Keyring, KWallet), поэтому приложение не может надёжно зашифровать токены само. Пока вы не выберете способ защиты, токены не сохраняются.',
  passphraseHeading: 'Задать пароль хранилища (рекомендуется)',
  passphraseBody: 'Токены будут зашифрованы ключом из этого пароля. Пароль спрашивается один раз после каждого запуска приложения и нигде не сохраняется: если его забыть, сохранённые токены не восстановить.',
  passphrase: 'Пароль хранилища',
  passphraseHint: 'Не меньше {{min}} знаков; лучше фраза из нескольких слов.',
  confirm: 'Пароль ещё раз',
  tooShort: 'Пароль короче {{min}} знаков.',
  mismatch: 'Пароли не совпадают.',
  setPassphrase: 'Задать пароль',
  weakHeading: 'Хранить без пароля',
  weakBody:
    'Токены будут зашифрованы постоянным ключом, который знает любая программа: тот, кто скопирует папку данных приложения, прочитает их. Выбирайте это, только если компьютером пользуетесь одни и диск зашифрован.',
  acceptWeak: 'Хранить без пароля (слабая защита)',
  unlockHeading: 'Введите пароль хранилища',
  unlockBody: 'Токены на этом компьютере защищены паролем хранилища. Введите его, чтобы показывать, копировать и сохранять токены.',
  unlock: 'Открыть хранилище',
  passphraseMissing: 'Введите пароль хранилища.',
  working: 'Проверка пароля…',
};

const en: typeof ru = {
  choiceHeading: 'How to protect tokens on this computer',
  choiceBody: 'There is no system keychain (GNOME Keyring, KWallet), so the app cannot encrypt tokens reliably by itself. Until you choose a protection, no token is saved.',
  passphraseHeading: 'Set a vault passphrase (recommended)',
  passphraseBody: 'Tokens will be encrypted with a key made from this passphrase. It is asked once after every start of the app and stored nowhere: if you forget it, the saved tokens cannot be recovered.',
  passphrase: 'Vault passphrase',
  passphraseHint: 'At least {{min}} characters; a phrase of several words is best.',
  confirm: 'Passphrase again',
  tooShort: 'The passphrase is shorter than {{min}} characters.',
  mismatch: 'The passphrases differ.',
  setPassphrase: 'Set the passphrase',
  weakHeading: 'Store without a passphrase',
  weakBody: 'Tokens will be encrypted with a fixed key that any program knows: whoever copies the app’s data folder can read them. Choose this only if you alone use this computer and its disk is encrypted.',
  acceptWeak: 'Store without a passphrase (weak protection)',
  unlockHeading: 'Enter the vault passphrase',
  unlockBody: 'Tokens on this computer are protected by a vault passphrase. Enter it to show, copy and save tokens.',
  unlock: 'Unlock the vault',
  passphraseMissing: 'Enter the vault passphrase.',
  working: 'Checking the passphrase…',
};

export const uiKeychain = { ru, en };
export type UiKeychainTexts = typeof ru;
