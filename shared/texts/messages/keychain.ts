import type { LocalText } from '../../kinds/types';

/** The keychain choice on Linux without a system keychain, and a machine with no keychain at all (issue 9, item 8). */
export const KEYCHAIN_MESSAGES = {
  keychain_unavailable: {
    ru: 'Системное хранилище ключей недоступно, поэтому приложение не сохраняет токены и не может показать сохранённые. Войдите в систему заново или разблокируйте связку ключей (в Linux — GNOME Keyring или KWallet) и перезапустите приложение.',
    en: 'The system keychain is unavailable, so the app does not store tokens and cannot show the saved ones. Log in again or unlock your keychain (GNOME Keyring or KWallet on Linux) and restart the app.',
  },
  keychain_choice_required: {
    ru: 'В системе нет связки ключей, и токен пока не сохранён. Задайте пароль хранилища в окне «Защита токенов» (или явно согласитесь на слабую защиту) и повторите.',
    en: 'There is no system keychain, and the token was not saved yet. Set a vault passphrase in the «Token protection» window (or explicitly accept weak protection) and try again.',
  },
  keychain_locked: {
    ru: 'Хранилище защищено паролем и ещё не открыто. Введите пароль хранилища в окне «Защита токенов» и повторите.',
    en: 'The vault is protected by a passphrase and not unlocked yet. Enter the vault passphrase in the «Token protection» window and try again.',
  },
  keychain_wrong_passphrase: {
    ru: 'Неверный пароль хранилища. Проверьте раскладку клавиатуры и Caps Lock и введите пароль ещё раз.',
    en: 'Wrong vault passphrase. Check the keyboard layout and Caps Lock and enter it again.',
  },
  keychain_passphrase_short: {
    ru: 'Пароль хранилища — не короче {min} знаков. Придумайте фразу из нескольких слов.',
    en: 'The vault passphrase must have at least {min} characters. Use a phrase of several words.',
  },
  keychain_passphrase_mismatch: {
    ru: 'Пароль и подтверждение не совпадают. Введите один и тот же пароль в оба поля.',
    en: 'The passphrase and its confirmation differ. Type the same passphrase in both fields.',
  },
  keychain_already_chosen: {
    ru: 'Способ защиты уже выбран. Обновите окно приложения.',
    en: 'The protection has already been chosen. Reload the app window.',
  },
  keychain_not_needed: {
    ru: 'На этом компьютере токены шифрует системная связка ключей; пароль хранилища не нужен.',
    en: 'On this computer the system keychain encrypts the tokens; no vault passphrase is needed.',
  },
  keychain_file_unreadable: {
    ru: 'Файл настроек защиты ({file}) повреждён, поэтому хранилище не открыть. Восстановите его из резервной копии папки данных.',
    en: 'The protection settings file ({file}) is damaged, so the vault cannot be opened. Restore it from a backup of the data folder.',
  },
} as const satisfies Record<string, LocalText>;
