import type { LocalText } from '../../kinds/types';

/** Confirmed hosts: where a record's login, key, identifier or signature may go (issue #9, item 3). */
export const HOSTS_MESSAGES = {
  host_not_confirmed_smdo: {
    ru: 'Отправить логин и ключ СМДО на сервер {host}? Этот адрес ещё не подтверждён для этой записи (например, он пришёл из файла переноса). Если это сервер вашей организации, нажмите «Подтвердить и повторить»; если нет — исправьте адрес.',
    en: 'Send the СМДО login and key to the server {host}? This address is not confirmed for this record yet (it may have come from a transfer file). If it is your organisation’s server, press «Confirm and retry»; otherwise correct the address.',
  },
  host_not_confirmed_eis: {
    ru: 'Отправить идентификатор ЕИС на адрес {host}? Этот адрес ещё не подтверждён для этой записи (например, он пришёл из файла переноса). Если это сервис ЕИС, которому вы доверяете, нажмите «Подтвердить и повторить»; если нет — исправьте адрес.',
    en: 'Send the ЕИС identifier to {host}? This address is not confirmed for this record yet (it may have come from a transfer file). If it is an ЕИС service you trust, press «Confirm and retry»; otherwise correct the address.',
  },
  host_not_confirmed_crpt: {
    ru: 'Подписать вход вашей электронной подписью и отправить подпись на стенд {host}? Это не официальный стенд Честного знака, и он ещё не подтверждён для этой записи. Если это ваш стенд, нажмите «Подтвердить и повторить»; если нет — получите токен на демо- или промышленном стенде.',
    en: 'Sign in with your electronic signature and send the signature to the stand {host}? It is not an official Честный знак stand and is not confirmed for this record yet. If it is your stand, press «Confirm and retry»; otherwise get the token on the sandbox or production stand.',
  },
  host_confirm_retry: {
    ru: 'Подтвердить и повторить',
    en: 'Confirm and retry',
  },
  host_confirm_changed: {
    ru: 'Адрес этой записи изменился, пока вы читали вопрос. Повторите действие и проверьте новый адрес.',
    en: 'The address of this record changed while you were reading the question. Repeat the action and check the new address.',
  },
  crpt_auto_refresh_official_only: {
    ru: 'Автоматически токен обновляется только на официальных стендах Честного знака (демо и промышленном). Для стенда {host} нажимайте «Получить новый токен» сами — каждый раз приложение спросит.',
    en: 'Automatic refresh works only on the official Честный знак stands (sandbox and production). For the stand {host} press «Get a new token» yourself each time.',
  },
  crpt_challenge_refused: {
    ru: 'Стенд {host} прислал для подписи не то, что присылает Честный знак: строку длиннее 1 КБ или с непечатаемыми символами. Ничего не подписано и не отправлено. Проверьте адрес стенда.',
    en: 'The stand {host} sent something to sign that Честный знак never sends: text longer than 1 KiB or with non-printable characters. Nothing was signed or sent. Check the stand’s address.',
  },
} as const satisfies Record<string, LocalText>;
