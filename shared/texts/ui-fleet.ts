/**
 * Interface texts of reminder defaults per kind, the test notification, duplicate
 * organisations, records without a token and the spreadsheet import; merged under
 * `fleet` in the renderer's i18n resources.
 */
const ru = {
  defaults: {
    heading: 'Напоминания по умолчанию',
    intro: 'Для записей, у которых напоминания не менялись на их странице. Числа через запятую: за сколько дней до окончания напомнить. В день окончания напоминание приходит всегда.',
    labelDays: '{{kind}}: за сколько дней',
    labelHours: '{{kind}}: за сколько часов',
    hint: 'Как в приложении изначально: {{defaults}}. Пусто — только в день окончания.',
    errorDays: 'Введите целые числа от 1 до 400 через запятую, не больше 12.',
    errorHours: 'Введите целые числа часов от 1 до 240 через запятую, не больше 12.',
    save: 'Сохранить напоминания по умолчанию',
    saved: 'Напоминания по умолчанию сохранены. Они действуют для записей без своих настроек.',
    test: 'Проверить уведомление',
    testSent: 'Уведомление отправлено. Если его не видно, разрешите уведомления для Токен-помощника в настройках системы.',
  },
  duplicate: {
    open: 'Открыть «{{name}}»',
    choose: 'Выбрать «{{name}}»',
    saveAnyway: 'Всё равно сохранить: это другая организация с тем же номером',
  },
  needsToken: {
    badge: 'Нужен токен',
    title: 'Токена ещё нет',
    body: 'Запись перенесена из таблицы: сроки и напоминания уже работают, а сам токен ещё не сохранён. Получите его на портале — помощник проведёт по шагам.',
    get: 'Получить токен',
  },
  sheet: {
    open: 'Импорт из таблицы',
    title: 'Импорт организаций и сроков из таблицы',
    intro: 'Сохраните таблицу из Excel как «CSV (разделители — точки с запятой)». Первая строка называет столбцы: Организация; УНП/ИНН; Вид токена; Название записи; Действует до; E-mail (необязательно). Вид — ОАИС, TPSClient или ЕИС, дата — ДД.ММ.ГГГГ. Токены в таблицу не вносите: записи появятся с пометкой «Нужен токен», а напоминания о сроках начнут приходить сразу.',
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

const en: typeof ru = {
  defaults: {
    heading: 'Default reminders',
    intro: 'For records whose reminders were not changed on their own page. Numbers separated by commas: how many days before the end to remind. On the last day a reminder always comes.',
    labelDays: '{{kind}}: days before',
    labelHours: '{{kind}}: hours before',
    hint: 'As the app starts with: {{defaults}}. Empty: only on the last day.',
    errorDays: 'Type whole numbers from 1 to 400 separated by commas, at most 12.',
    errorHours: 'Type whole numbers of hours from 1 to 240 separated by commas, at most 12.',
    save: 'Save default reminders',
    saved: 'Default reminders saved. They apply to records without their own settings.',
    test: 'Test a notification',
    testSent: 'Notification sent. If you cannot see it, allow notifications for Token Assistant in the system settings.',
  },
  duplicate: {
    open: 'Open «{{name}}»',
    choose: 'Choose «{{name}}»',
    saveAnyway: 'Save anyway: this is another organisation with the same number',
  },
  needsToken: {
    badge: 'Token needed',
    title: 'No token yet',
    body: 'The record came from a spreadsheet: dates and reminders already work, but the token itself is not saved yet. Get it on the portal: the assistant guides you step by step.',
    get: 'Get the token',
  },
  sheet: {
    open: 'Import from a spreadsheet',
    title: 'Import organisations and dates from a spreadsheet',
    intro: 'Save the sheet from Excel as «CSV (semicolon delimited)». The first row names the columns: Организация; УНП/ИНН; Вид токена; Название записи; Действует до; E-mail (optional). The kind is ОАИС, TPSClient or ЕИС, the date DD.MM.YYYY. Do not put tokens in the table: the records appear marked «Token needed», and expiry reminders start at once.',
    choose: 'Choose a CSV file',
    chooseAgain: 'Choose another file',
    summary: 'Rows in the table: {{total}}. Without errors: {{valid}}. Encoding: {{encoding}}.',
    caption: 'Rows of the table and the errors found',
    line: 'Row',
    state: 'What happens',
    willImport: 'Will be added',
    willImportExpired: 'Will be added (already expired)',
    toExisting: 'to the organisation «{{name}}»',
    hasErrors: 'Errors: not imported',
    columns: {
      organisation: 'Organisation',
      taxId: 'УНП/ИНН',
      kind: 'Kind',
      label: 'Entry name',
      expiresAt: 'Valid until',
      techEmail: 'E-mail',
    },
    import_one: 'Import {{count}} record',
    import_few: 'Import {{count}} records',
    import_many: 'Import {{count}} records',
    import_other: 'Import {{count}} records',
    done: 'Records imported: {{records}}. New organisations: {{created}}, existing: {{reused}}. The records are marked «Token needed».',
    nothing: 'No row of the table is free of errors: nothing to import.',
  },
};

export const uiFleet = { ru, en };
export type UiFleetTexts = typeof ru;
