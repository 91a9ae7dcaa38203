/**
 * Russian texts of the token service's answers. Programs read the `code`; people read
 * these in the program's log, so each says what is wrong and what to do.
 */
export const SERVICE_TEXT = {
  forbiddenOrigin: 'Запрос из браузера отклонён: служба выдаёт токены только программам на этом компьютере, не веб-страницам. Уберите заголовок Origin / Sec-Fetch-Site.',
  forbiddenHost: (expected: string) => `Запрос отклонён: заголовок Host должен быть ${expected}. Обращайтесь к службе по адресу 127.0.0.1, localhost или [::1] с её портом.`,
  unauthorized: 'Нет ключа программы или он неизвестен (отозван). Передайте ключ в заголовке Authorization: Bearer <ключ>.',
  forbiddenScope: (id: string) => `Ключу этой программы не разрешено читать токен «${id}». Разрешите его в настройках программы в службе.`,
  notFound: 'Нет такого адреса. Адреса службы: GET /v1/health, GET /v1/tokens, GET /v1/tokens/{id}.',
  unknownId: (id: string) => `Токена «${id}» нет в службе. Список доступных: GET /v1/tokens.`,
  methodNotAllowed: 'Служба принимает только запросы GET.',
  uriTooLong: 'Слишком длинный адрес запроса.',
  tokenExpired: (id: string, at: string) => `Сохранённый токен «${id}» истёк ${at}. Получите новый в Токен-помощнике — служба выдаст его сразу.`,
  noStoredToken: (id: string) => `Для «${id}» в Токен-помощнике ещё нет действующего токена. Получите его в приложении — служба выдаст его сразу.`,
  tooManySignIns: (id: string, limit: number) =>
    `Для «${id}» уже было ${limit} входов на стенд за последний час. Новый токен отключил бы предыдущий у всех программ; повторите позже.`,
  standRefused: (id: string, reason: string) => `Стенд не выдал токен «${id}»: ${reason}`,
  standTimeout: (id: string, seconds: number) => `Стенд не выдал токен «${id}» за ${seconds} с. Проверьте связь со стендом и повторите запрос; другие токены выдаются как обычно.`,
  internal: 'Внутренняя ошибка службы. Повторите запрос; если ошибка повторяется, сообщите разработчикам.',
} as const;
