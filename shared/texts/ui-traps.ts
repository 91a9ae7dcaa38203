/**
 * Interface texts of the traps a user fell into (issue 10, points 15–17): the route at the
 * start of a renewal and the steps that can be opened again, the clipboard's countdown, and
 * an СМДО key rotation left unfinished. Merged under `traps` in the renderer's i18n resources.
 */
const ru = {
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

const en: typeof ru = {
  renewalRoute: {
    title: 'How to get there on the portal',
    yourSystem: 'your system',
    stepsNote: 'Each step in full is in the list of steps: done steps can be opened and read again; nothing typed is lost.',
  },
  clipboard: {
    region: 'Clipboard',
    countdown: '{{name}} is on the clipboard. It is wiped in {{seconds}} s',
    wiping: '{{name}} is on the clipboard. Wiping it…',
    announceWiped: 'The clipboard has been wiped.',
    wiped: 'Clipboard wiped: copy again',
    hide: 'Hide',
    what: { login: 'Login', accessToken: 'Access token', letter: 'Letter with the identifier' },
  },
  rotation: {
    bannerTitle: 'The СМДО key rotation is not finished',
    bannerBody:
      '{{place}}: the key rotation was started on {{date}}. If «Обновить» was pressed on the portal, the old key no longer works: the ВСЭД cannot work with СМДО until the new key is saved here and entered in the ВСЭД.',
    bannerKeyKept: 'The new key typed so far is kept, encrypted.',
    finish: 'Finish the key rotation',
    discard: 'The key was not updated on the portal: cancel the rotation',
    resumed: 'Continuing the key rotation where it stopped.',
  },
};

export const uiTraps = { ru, en };
export type UiTrapsTexts = typeof ru;
