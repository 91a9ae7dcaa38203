// The dashboard's part of ui-fleet-ru.ts: what the renderer's start loads (issue #12); the rest is in ui-fleet-ru-screens.ts.
/**
 * Interface texts of reminder defaults per kind, the test notification, duplicate
 * organisations, records without a token and the spreadsheet import; merged under
 * `fleet` in the renderer's i18n resources.
 */
export const uiFleetRuStart = {
  needsToken: {
    badge: 'Нужен токен',
    title: 'Токена ещё нет',
    body: 'Запись перенесена из таблицы: сроки и напоминания уже работают, а сам токен ещё не сохранён. Получите его на портале — помощник проведёт по шагам.',
    get: 'Получить токен',
  },
  sheet: {
    open: 'Импорт из таблицы',
    settingsBody: 'Перенесите список организаций и сроков токенов из Excel: записи появятся с пометкой «Нужен токен», и напоминания начнут приходить сразу.',
    title: 'Импорт организаций и сроков из таблицы',
    intro:
      'Сохраните таблицу из Excel как «CSV (разделители — точки с запятой)». Первая строка называет столбцы: Организация; УНП/ИНН; Вид токена; Название записи; Действует до; E-mail (необязательно). Вид — ОАИС, TPSClient или ЕИС, дата — ДД.ММ.ГГГГ. Токены в таблицу не вносите: записи появятся с пометкой «Нужен токен», а напоминания о сроках начнут приходить сразу.',
    choose: 'Выбрать файл CSV',
    chooseAgain: 'Выбрать другой файл',
    summary: 'Строк в таблице: {{total}}. Без ошибок: {{valid}}. Кодировка: {{encoding}}.',
    caption: 'Строки таблицы и найденные ошибки',
    line: 'Строка',
    state: 'Что будет',
    willImport: 'Будет добавлена',
    willImportExpired: 'Будет добавлена (срок уже истёк)',
    toExisting: 'к организации «{{name}}»',
    hasErrors: 'Ошибки — не импортируется',
    columns: {
      organisation: 'Организация',
      taxId: 'УНП/ИНН',
      kind: 'Вид токена',
      label: 'Название записи',
      expiresAt: 'Действует до',
      techEmail: 'E-mail',
    },
    import_one: 'Импортировать {{count}} запись',
    import_few: 'Импортировать {{count}} записи',
    import_many: 'Импортировать {{count}} записей',
    import_other: 'Импортировать {{count}} записи',
    done: 'Импортировано записей: {{records}}. Новых организаций: {{created}}, уже бывших: {{reused}}. Записи помечены «Нужен токен».',
    nothing: 'В таблице нет строк без ошибок: импортировать нечего.',
  },
};
