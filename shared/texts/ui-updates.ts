/**
 * Interface texts of the app's own updates: the dashboard banner «Доступна версия …» and the
 * Settings section «Обновления приложения»; merged under `updates` in the renderer's i18n resources.
 */
const ru = {
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

const en: typeof ru = {
  bannerLabel: 'App update',
  available: 'Version {{version}} is available',
  released: 'Released {{date}}.',
  notesHeading: 'What changed',
  noNotes: 'No list of changes came with this version.',
  installExplain: 'The version downloads now and installs when you quit the app (tray icon → «Quit»). Tokens and settings are kept.',
  install: 'Install on quit',
  later: 'Not now',
  downloading: 'Downloading version {{version}}…',
  ready: 'Version {{version}} is downloaded and installs when you quit the app (tray icon → «Quit»).',
  consentSaved: 'Version {{version}} installs when you quit the app.',
  settingsHeading: 'App updates',
  switchLabel: 'Check for updates',
  switchHint: 'At start and once a day the app looks whether a new version is out. Nothing is downloaded or installed without your consent.',
  current: 'Version {{version}} is installed.',
  lastChecked: 'Last check: {{when}}.',
  nextCheck: 'Next check: {{when}}.',
  neverChecked: 'No check yet.',
  checkNow: 'Check now',
  checking: 'Checking for updates…',
  upToDate: 'The latest version is installed.',
  disabled: 'Update checks are off: the app does not look for new versions.',
  unsupported: 'This build does not update itself: updates come only to the installed app.',
  switchedOn: 'Update checks are on.',
  switchedOff: 'Update checks are off.',
};

export const uiUpdates = { ru, en };
export type UiUpdatesTexts = typeof ru;
