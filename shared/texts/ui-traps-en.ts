import type { UiTrapsTexts } from './ui-traps-ru';

/** The English of ui-traps-ru.ts: a module of its own, loaded only when the UI is in English. */
export const uiTrapsEn: UiTrapsTexts = {
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
