import type { Language } from '../model/types';
import type { LocalText } from '../kinds/types';

/**
 * Messages the core and the validators give to a person: what is wrong and what
 * to do. Kept apart from UI chrome (ui-*.ts) because the core needs them without
 * i18next. Parameters are written as {name}.
 */
export const MESSAGES = {
  // Payload and plumbing
  invalid_payload: {
    ru: 'Приложение получило неверные данные и ничего не изменило. Повторите действие; если ошибка повторяется, перезапустите приложение.',
    en: 'The app received malformed data and changed nothing. Try again; if it keeps happening, restart the app.',
  },
  unknown_request: {
    ru: 'Неизвестное действие. Обновите приложение до последней версии.',
    en: 'Unknown action. Please update the app.',
  },
  internal: {
    ru: 'Непредвиденная ошибка. Сохранённые токены не затронуты. Повторите действие или перезапустите приложение.',
    en: 'Unexpected error. Your saved tokens are untouched. Try again or restart the app.',
  },
  not_found_organisation: {
    ru: 'Организация не найдена: возможно, её уже удалили. Обновите список.',
    en: 'Organisation not found: it may have been deleted. Refresh the list.',
  },
  not_found_token: {
    ru: 'Токен не найден: возможно, его уже удалили. Обновите список.',
    en: 'Token not found: it may have been deleted. Refresh the list.',
  },
  portal_not_allowed: {
    ru: 'Эту ссылку приложение не открывает: разрешены только официальные порталы (account.gov.by, zakupki.gov.ru, Честный знак).',
    en: 'This link is not opened: only the official portals are allowed.',
  },
  encryption_unavailable: {
    ru: 'Хранилище ключей системы недоступно, поэтому токен нельзя зашифровать или расшифровать. Войдите в систему заново или разблокируйте связку ключей и повторите.',
    en: 'The system keychain is unavailable, so the token cannot be encrypted or decrypted. Unlock your keychain and try again.',
  },
  vault_write_failed: {
    ru: 'Не удалось записать файл хранилища (нет места или прав). Ранее сохранённые токены не изменены. Освободите место на диске и повторите.',
    en: 'Could not write the vault file (no space or no permission). Saved tokens are unchanged. Free some disk space and try again.',
  },

  // Notices about the vault file
  vault_restored_from_backup: {
    ru: 'Файл хранилища был повреждён. Данные восстановлены из резервной копии от {date}. Повреждённый файл сохранён рядом как {file}.',
    en: 'The vault file was damaged. Data was restored from the backup of {date}. The damaged file was kept as {file}.',
  },
  vault_unrecoverable: {
    ru: 'Файл хранилища повреждён, и резервной копии нет. Он сохранён как {file}; приложение начало с пустого хранилища. Обратитесь к администратору, чтобы восстановить файл.',
    en: 'The vault file is damaged and there is no backup. It was kept as {file}; the app started with an empty vault.',
  },
  encryption_basic_text: {
    ru: 'В этой системе нет связки ключей (GNOME Keyring, KWallet), поэтому токены защищены слабо. Установите и разблокируйте связку ключей, чтобы шифрование стало надёжным.',
    en: 'No system keychain (GNOME Keyring, KWallet) was found, so tokens are only weakly protected. Install and unlock a keychain.',
  },

  // Field validation
  required: {
    ru: 'Заполните это поле.',
    en: 'Fill in this field.',
  },
  organisation_name: {
    ru: 'Укажите название организации (от 2 до 200 символов).',
    en: 'Enter the organisation name (2 to 200 characters).',
  },
  tax_id: {
    ru: 'УНП — 9 цифр (Беларусь), ИНН — 10 или 12 цифр (Россия). Проверьте номер: контрольная цифра не сходится.',
    en: 'A UNP has 9 digits (Belarus), an INN 10 or 12 digits (Russia). Check the number: its check digit does not match.',
  },
  system_name: {
    ru: 'Название системы может содержать только латинские буквы, цифры, дефис (-) и подчёркивание (_), без пробелов. Например: TPSClient или buh_1c.',
    en: 'The system name may contain only Latin letters, digits, hyphen (-) and underscore (_), no spaces. E.g. TPSClient or buh_1c.',
  },
  system_name_tpsclient: {
    ru: 'Для таможенных программ система должна называться ровно TPSClient (латиницей, с заглавными T, P, S, C).',
    en: 'For customs software the system must be named exactly TPSClient.',
  },
  email: {
    ru: 'Адрес электронной почты выглядит неверно. Пример: it@company.by. На него придёт код подтверждения и предупреждения об окончании токена.',
    en: 'The e-mail address looks wrong. Example: it@company.by. The confirmation code and expiry warnings go there.',
  },
  token_format: {
    ru: 'Токен ОАИС имеет вид a085d755-1d26-3af1-a2b8-e34759278719: 32 знака (цифры и буквы a–f), разделённые дефисами. Скопируйте его целиком после «Показать токен».',
    en: 'An OAIS token looks like a085d755-1d26-3af1-a2b8-e34759278719. Copy it whole after «Показать токен».',
  },
  token_too_short: {
    ru: 'Токен слишком короткий — похоже, скопирован не полностью. Скопируйте его целиком.',
    en: 'The token is too short: it seems only part of it was copied.',
  },
  date_format: {
    ru: 'Введите дату и время так, как их показывает портал: ДД.ММ.ГГГГ ЧЧ:ММ, например 15.01.2026 11:00.',
    en: 'Enter the date and time as the portal shows them: DD.MM.YYYY HH:MM, e.g. 15.01.2026 11:00.',
  },
  date_invalid: {
    ru: 'Такой даты нет в календаре. Проверьте день, месяц и время.',
    en: 'This date does not exist. Check the day, month and time.',
  },
  date_in_past: {
    ru: 'Этот срок уже прошёл: токен недействителен. Нажмите на портале «Обновить токен» и введите новый срок.',
    en: 'This date has passed: the token is no longer valid. Press «Обновить токен» on the portal and enter the new date.',
  },
  date_too_far: {
    ru: 'Срок действия больше {limit}. Проверьте год: портал выдаёт этот токен на меньший срок.',
    en: 'The validity exceeds {limit}. Check the year: the portal issues this token for less.',
  },
  label: {
    ru: 'Название записи — до 200 символов.',
    en: 'The label is limited to 200 characters.',
  },
} as const satisfies Record<string, LocalText>;

export type MessageCode = keyof typeof MESSAGES;

export function message(code: MessageCode, language: Language, params: Record<string, string> = {}): string {
  const template = MESSAGES[code][language];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => params[name] ?? whole);
}
