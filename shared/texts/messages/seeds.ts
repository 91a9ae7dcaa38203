import type { LocalText } from '../../kinds/types';

/**
 * Messages that say what the seeds (the official instructions) say, and the core's
 * refusals that keep a user from saving what the portal did not give them.
 */
export const SEEDS_MESSAGES = {
  renewal_same_secret: {
    ru: 'Это прежний токен: он уже сохранён в этой записи. Портал показывает старый токен, пока на нём не нажата кнопка обновления. Нажмите её, скопируйте токен, который появится после этого, и вставьте сюда.',
    en: 'This is the previous token: it is already stored in this record. The portal shows the old token until its renewal button is pressed. Press it, copy the token that appears then and paste it here.',
  },
  renewal_expiry_not_later: {
    ru: 'Новый срок ({next}) не позже прежнего ({previous}). Так бывает, когда на портале ещё не нажата кнопка обновления. Проверьте дату на портале после обновления.',
    en: 'The new expiry ({next}) is not later than the previous one ({previous}). This happens when the renewal button on the portal has not been pressed yet. Check the date on the portal after renewing.',
  },
  notes_contain_secret: {
    ru: 'В заметках есть токен или ключ из хранилища. Заметки хранятся без шифрования — уберите его оттуда: сам токен Токен-помощник хранит зашифрованным в отдельном поле.',
    en: 'The notes contain a token or key from the vault. Notes are stored unencrypted: remove it from there; Token Assistant keeps the token itself encrypted in its own field.',
  },
  token_format_unusual: {
    ru: 'Токен не похож на пример из инструкции (вида a085d755-1d26-3af1-a2b8-e34759278719). Формат токена инструкция не задаёт, поэтому сохранить можно; проверьте только, что скопировали его целиком после «Показать токен».',
    en: 'The token does not look like the instruction’s example (like a085d755-1d26-3af1-a2b8-e34759278719). The instruction does not define its format, so you may save it; just check that you copied it whole after «Показать токен».',
  },
  eis_date_format: {
    ru: 'Введите срок действия так, как его показывает ЕИС: ДД.ММ.ГГГГ, например 31.12.2027.',
    en: 'Enter the validity as ЕИС shows it: DD.MM.YYYY, e.g. 31.12.2027.',
  },
  eis_date_invalid: {
    ru: 'Такой даты нет в календаре. Проверьте день и месяц срока действия.',
    en: 'This date does not exist. Check the day and the month of the validity.',
  },
  eis_date_in_past: {
    ru: 'Этот срок уже прошёл: идентификатор больше не действует. Администратор организации выдаёт идентификатор заново в ЛК Заказчика («Администрирование» → «Настройка выдачи идентификатора для использования сервисов отдачи»); введите новый идентификатор и его срок.',
    en: 'This date has passed: the identifier is no longer valid. The organisation’s administrator issues it again in ЛК Заказчика («Администрирование» → «Настройка выдачи идентификатора для использования сервисов отдачи»); enter the new identifier and its date.',
  },
  crpt_static_tokens_stop: {
    ru: 'Перед первым токеном: как только СУЗ примет хотя бы один запрос с токеном, полученным здесь (динамическим), статические клиентские токены СУЗ этой организации работать перестанут — дальше годятся только динамические. Если программа маркировки ещё работает со статическим токеном, сначала договоритесь о её переходе на динамический, иначе она остановится.',
    en: 'Before the first token: once СУЗ has accepted a single request with a token obtained here (a dynamic one), the organisation’s static СУЗ client tokens stop working; from then on only dynamic ones do. If marking software still uses a static token, arrange its switch to dynamic tokens first, or it will stop.',
  },
} as const satisfies Record<string, LocalText>;
