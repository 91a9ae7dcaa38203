import type { LocalText } from '../../kinds/types';

/** Updates of the app itself (issue #14, item 6): failures said plainly; none of them stops the app. */
export const UPDATES_MESSAGES = {
  update_failed_offline: {
    ru: 'Не удалось проверить обновления: нет связи с сервером обновлений. Приложение работает как обычно; следующая попытка — через час.',
    en: 'Could not check for updates: the update server cannot be reached. The app works as usual; it tries again in an hour.',
  },
  update_failed_timeout: {
    ru: 'Сервер обновлений не ответил за 30 секунд. Приложение работает как обычно; следующая попытка — через час.',
    en: 'The update server did not answer within 30 seconds. The app works as usual; it tries again in an hour.',
  },
  update_failed_not_found: {
    ru: 'На сервере обновлений нет сведений о версиях (файл latest.yml не найден). Приложение работает как обычно; следующая попытка — через час.',
    en: 'The update server has no version information (latest.yml not found). The app works as usual; it tries again in an hour.',
  },
  update_failed_invalid_answer: {
    ru: 'Сервер обновлений прислал непонятный ответ, поэтому обновление не предложено. Приложение работает как обычно; следующая попытка — через час.',
    en: 'The update server sent an answer the app cannot read, so no update is offered. The app works as usual; it tries again in an hour.',
  },
  update_failed_download_failed: {
    ru: 'Не удалось скачать версию {version}. Приложение работает как обычно; скачивание повторится при следующей проверке, или нажмите «Проверить сейчас» в настройках.',
    en: 'Could not download version {version}. The app works as usual; the download is retried at the next check, or press «Check now» in Settings.',
  },
  update_failed_unknown: {
    ru: 'Проверка обновлений не удалась. Приложение работает как обычно; следующая попытка — через час.',
    en: 'The update check failed. The app works as usual; it tries again in an hour.',
  },
  update_offer_changed: {
    ru: 'Предложенная версия уже сменилась. Посмотрите, какая версия доступна теперь, и согласитесь ещё раз.',
    en: 'The offered version has changed. See which version is available now and agree again.',
  },
  update_unsupported: {
    ru: 'Эта сборка не обновляется сама: обновления приходят только в установленное приложение.',
    en: 'This build does not update itself: updates come only to the installed app.',
  },
} as const satisfies Record<string, LocalText>;
