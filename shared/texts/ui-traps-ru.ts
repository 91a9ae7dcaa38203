/**
 * Interface texts of the traps a user fell into (issue 10, points 15–17): the route at the
 * start of a renewal and the steps that can be opened again, the clipboard's countdown, and
 * an СМДО key rotation left unfinished. Merged under `traps` in the renderer's i18n resources.
 */
export const uiTrapsRu = {
  renewalRoute: {
    title: 'Как попасть на портал',
    yourSystem: 'вашей системы',
    stepsNote: 'Подробно каждый шаг — в списке шагов: пройденные шаги можно открыть и прочитать снова, введённое не потеряется.',
  },
  clipboard: {
    region: 'Буфер обмена',
    countdown: '{{name}} в буфере обмена. Буфер очистится через {{seconds}} с',
    wiping: '{{name}} в буфере обмена. Буфер очищается…',
    announceWiped: 'Буфер обмена очищен.',
    wiped: 'Буфер очищен — скопировать снова',
    hide: 'Скрыть',
    what: { login: 'Логин', accessToken: 'Токен доступа', letter: 'Письмо с идентификатором' },
  },
  rotation: {
    bannerTitle: 'Смена ключа СМДО не завершена',
    bannerBody:
      '{{place}}: смена ключа начата {{date}}. Если на портале уже нажата «Обновить», прежний ключ не действует — ВСЭД не работает с СМДО, пока новый ключ не сохранён здесь и не внесён во ВСЭД.',
    bannerKeyKept: 'Введённый новый ключ сохранён в зашифрованном виде.',
    finish: 'Завершить смену ключа',
    discard: 'Ключ на портале не обновлялся — отменить смену',
    resumed: 'Продолжаем смену ключа с того места, где она прервалась.',
  },
};

export type UiTrapsTexts = typeof uiTrapsRu;
