import type { LocalText } from '../../kinds/types';

/**
 * Честный знак: a refresh kills the token in the program that used it (issue 10, point 18).
 * After an automatic refresh the user is told where the new token goes; two records on one
 * connection are accepted only knowingly; a separate device for the app is advised.
 */
export const CRPT_SHARING_MESSAGES = {
  crpt_shared_connection: {
    ru: 'Это соединение (omsConnection) уже использует запись «{others}». У одного соединения один действующий токен: новый токен для одной записи отключает токен другой. Лучше создайте для этой записи отдельное устройство в СУЗ. Если вы понимаете последствия, отметьте «Использовать это соединение всё равно».',
    en: 'This connection (omsConnection) is already used by the record «{others}». A connection has one live token: a new token for one record kills the other’s. Better create a separate device in СУЗ for this record. If you understand the consequences, tick «Use this connection anyway».',
  },
  crpt_shared_connection_accept: {
    ru: 'Использовать это соединение всё равно: я понимаю, что токены записей будут отключать друг друга',
    en: 'Use this connection anyway: I understand the records’ tokens will kill each other',
  },
  crpt_shared_connection_mark_title: {
    ru: 'Соединение общее с другой записью',
    en: 'The connection is shared with another record',
  },
  crpt_shared_connection_mark: {
    ru: 'Это же соединение (omsConnection) использует запись «{others}». Каждый новый токен одной из них отключает токен другой. Создайте для одной из них отдельное устройство в СУЗ и укажите его идентификатор соединения в «Изменить».',
    en: 'The record «{others}» uses the same connection (omsConnection). Every new token of one kills the other’s. Create a separate device in СУЗ for one of them and enter its connection id under «Edit».',
  },
  crpt_refreshed_title: {
    ru: 'Токен Честного знака обновлён: вставьте новый',
    en: 'The Честный знак token was refreshed: paste the new one',
  },
  crpt_refreshed_body: {
    ru: '{place}. Прежний токен отключён; новый действует до {until} (МСК). Вставьте его: {destinations}. Нажмите, чтобы скопировать новый токен и открыть запись. Передавать токен программам сможет служба «Выдача токенов программам» (Настройки).',
    en: '{place}. The previous token is dead; the new one is valid until {until} (Moscow time). Paste it: {destinations}. Click to copy the new token and open the record. The «Token service for programs» (Settings) can hand it over instead.',
  },
  crpt_separate_device_title: {
    ru: 'Совет: отдельное устройство для приложения',
    en: 'Advice: a separate device for the app',
  },
  crpt_separate_device_advice: {
    ru: 'Это совет, а не обязательный шаг. Создайте в СУЗ для Токен-помощника своё устройство («Устройства» → «+ Создать устройство», например «Токен-помощник») и укажите здесь его идентификатор соединения. Тогда токен, который получает приложение, не отключит токен вашей программы маркировки, а её токен — токен приложения.',
    en: 'This is advice, not a required step. Create a device of its own for Token Assistant in СУЗ («Устройства» → «+ Создать устройство», e.g. «Token Assistant») and enter its connection id here. Then the token the app gets does not kill your marking program’s token, nor the program’s the app’s.',
  },
} as const satisfies Record<string, LocalText>;
