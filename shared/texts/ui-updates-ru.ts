/**
 * Interface texts of the app's own updates: the dashboard banner «Доступна версия …» and the
 * Settings section «Обновления приложения»; merged under `updates` in the renderer's i18n resources.
 */
export const uiUpdatesRu = {
  bannerLabel: 'Обновление приложения',
  available: 'Доступна версия {{version}}',
  released: 'Выпущена {{date}}.',
  notesHeading: 'Что изменилось',
  noNotes: 'Список изменений к этой версии не приложен.',
  installExplain: 'Версия скачается сейчас и установится, когда вы выйдете из приложения (значок в трее → «Выход»). Токены и настройки сохранятся.',
  install: 'Установить при выходе',
  later: 'Не сейчас',
  downloading: 'Скачивается версия {{version}}…',
  ready: 'Версия {{version}} скачана и установится, когда вы выйдете из приложения (значок в трее → «Выход»).',
  consentSaved: 'Версия {{version}} установится при выходе из приложения.',
  settingsHeading: 'Обновления приложения',
  switchLabel: 'Проверять обновления',
  switchHint: 'При запуске и раз в день приложение узнаёт, вышла ли новая версия. Без вашего согласия ничего не скачивается и не устанавливается.',
  current: 'Установлена версия {{version}}.',
  lastChecked: 'Последняя проверка: {{when}}.',
  nextCheck: 'Следующая проверка: {{when}}.',
  neverChecked: 'Проверок ещё не было.',
  checkNow: 'Проверить сейчас',
  checking: 'Проверка обновлений…',
  upToDate: 'Установлена последняя версия.',
  disabled: 'Проверка обновлений выключена: новые версии приложение не ищет.',
  unsupported: 'Эта сборка не обновляется сама: обновления приходят только в установленное приложение.',
  switchedOn: 'Проверка обновлений включена.',
  switchedOff: 'Проверка обновлений выключена.',
};

export type UiUpdatesTexts = typeof uiUpdatesRu;
