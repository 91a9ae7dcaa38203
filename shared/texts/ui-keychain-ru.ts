/**
 * Interface texts of the keychain choice (Linux without a system keychain): the
 * passphrase, the unlock after a start and the explicit weak storage; merged under
 * `keychain` in the renderer's i18n resources.
 */
export const uiKeychainRu = {
  choiceHeading: 'Как защитить токены на этом компьютере',
  choiceBody:
    'В системе нет связки ключей (GNOME Keyring, KWallet), поэтому приложение не может надёжно зашифровать токены само. Пока вы не выберете способ защиты, токены не сохраняются.',
  passphraseHeading: 'Задать пароль хранилища (рекомендуется)',
  passphraseBody:
    'Токены будут зашифрованы ключом из этого пароля. Пароль спрашивается один раз после каждого запуска приложения и нигде не сохраняется: если его забыть, сохранённые токены не восстановить.',
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

export type UiKeychainTexts = typeof uiKeychainRu;
