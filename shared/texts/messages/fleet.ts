import type { LocalText } from '../../kinds/types';

/**
 * Reminder defaults and the test notification, duplicate organisations, records without a
 * token and the spreadsheet import: what is wrong and what to do.
 */
export const FLEET_MESSAGES = {
  token_needed: {
    ru: 'У этой записи ещё нет токена: она перенесена из таблицы. Откройте её и нажмите «Получить токен».',
    en: 'This record has no token yet: it came from a spreadsheet. Open it and press «Get the token».',
  },
  test_notification_title: {
    ru: 'Токен-помощник: проверка уведомления',
    en: 'Token Assistant: test notification',
  },
  test_notification_body: {
    ru: 'Так будут выглядеть напоминания о сроках токенов. Если вы видите это сообщение, уведомления работают.',
    en: 'This is how reminders about token expiry will look. If you can read this, notifications work.',
  },
  reminder_defaults_kind: {
    ru: 'Напоминания по умолчанию задаются только для ОАИС, TPSClient, ЕИС и Честного знака.',
    en: 'Default reminders are set only for ОАИС, TPSClient, ЕИС and Честный знак.',
  },
  organisation_duplicate_tax_id: {
    ru: 'УНП/ИНН {taxId} уже есть у организации «{name}». Проверьте номер. Если это действительно другая организация (например, филиал), отметьте «Всё равно сохранить» и сохраните ещё раз.',
    en: 'УНП/ИНН {taxId} already belongs to «{name}». Check the number. If this really is another organisation (a branch, say), tick «Save anyway» and save again.',
  },
  sheet_too_large: {
    ru: 'Файл больше {limit} МБ: это не похоже на таблицу организаций. Сохраните из Excel только нужный лист как «CSV (разделители — точки с запятой)». Ничего не импортировано.',
    en: 'The file is over {limit} MB: that does not look like a table of organisations. Save only the sheet you need from Excel as «CSV (semicolon delimited)». Nothing was imported.',
  },
  sheet_binary: {
    ru: 'Это не таблица CSV: в файле двоичные данные (возможно, выбран файл .xlsx или картинка). В Excel выберите «Файл → Сохранить как → CSV (разделители — точки с запятой)». Ничего не импортировано.',
    en: 'This is not a CSV table: the file holds binary data (perhaps an .xlsx or a picture). In Excel choose «File → Save as → CSV (semicolon delimited)». Nothing was imported.',
  },
  sheet_unreadable: {
    ru: 'Таблицу не удалось разобрать: {reason}. Проверьте, что файл сохранён как CSV, и выберите его снова. Ничего не импортировано.',
    en: 'The table could not be read: {reason}. Check that the file was saved as CSV and choose it again. Nothing was imported.',
  },
  sheet_empty: {
    ru: 'В таблице нет ни одной строки с данными. Ничего не импортировано.',
    en: 'The table has no rows with data. Nothing was imported.',
  },
  sheet_too_many_rows: {
    ru: 'В таблице больше {limit} строк: за один раз импортируется не больше {limit}. Разделите таблицу на несколько файлов. Ничего не импортировано.',
    en: 'The table has more than {limit} rows: at most {limit} are imported at a time. Split it into several files. Nothing was imported.',
  },
  sheet_columns: {
    ru: 'Не найдены столбцы: {columns}. Первая строка таблицы должна называть столбцы: Организация; УНП/ИНН; Вид токена; Название записи; Действует до; E-mail (необязательно).',
    en: 'Columns not found: {columns}. The first row must name the columns: Организация; УНП/ИНН; Вид токена; Название записи; Действует до; E-mail (optional).',
  },
  sheet_preview_stale: {
    ru: 'Таблица уже импортирована или выбрана другая. Выберите файл снова.',
    en: 'The table was already imported, or another one was chosen. Choose the file again.',
  },
  sheet_nothing_valid: {
    ru: 'В таблице нет ни одной строки без ошибок: импортировать нечего. Исправьте строки в Excel и выберите файл снова.',
    en: 'No row of the table is free of errors: nothing to import. Fix the rows in Excel and choose the file again.',
  },
  sheet_cell_too_long: {
    ru: 'Слишком длинное значение (больше {max} символов).',
    en: 'The value is too long (over {max} characters).',
  },
  sheet_formula: {
    ru: 'Значение начинается с «{char}», как формула Excel: такие ячейки не импортируются. Уберите этот знак в начале.',
    en: 'The value starts with «{char}», like an Excel formula: such cells are not imported. Remove that character at the start.',
  },
  sheet_organisation_required: {
    ru: 'Укажите организацию.',
    en: 'Give the organisation.',
  },
  sheet_kind_unknown: {
    ru: 'Вид «{value}» не распознан. Напишите одно из: ОАИС, TPSClient, ЕИС.',
    en: 'The kind «{value}» is not recognised. Write one of: ОАИС, TPSClient, ЕИС.',
  },
  sheet_kind_automatic: {
    ru: 'Записи {kind} из таблицы не переносятся: их токены приложение получает само. Добавьте такую запись через «Получить токен».',
    en: '{kind} records are not brought in from a table: the app fetches their tokens itself. Add such a record through «Get a token».',
  },
  sheet_expiry_required: {
    ru: 'Укажите дату окончания в виде ДД.ММ.ГГГГ, например 15.03.2027.',
    en: 'Give the end date as DD.MM.YYYY, e.g. 15.03.2027.',
  },
  sheet_date_format: {
    ru: 'Дата «{value}» не в виде ДД.ММ.ГГГГ (например 15.03.2027). В Excel задайте столбцу формат «Дата».',
    en: 'The date «{value}» is not DD.MM.YYYY (e.g. 15.03.2027). In Excel set the column’s format to «Date».',
  },
  sheet_duplicate_row: {
    ru: 'Такая же запись уже есть в строке {line}.',
    en: 'The same record is already in row {line}.',
  },
  sheet_record_exists: {
    ru: 'Такая запись уже есть в Токен-помощнике: «{organisation}», {kind}, «{label}».',
    en: 'This record is already in Token Assistant: «{organisation}», {kind}, «{label}».',
  },
  sheet_tax_id_other_name: {
    ru: 'УНП/ИНН {taxId} в строке {line} записан у организации «{name}»: запись будет добавлена к ней.',
    en: 'УНП/ИНН {taxId} in row {line} belongs to «{name}»: the record will be added to it.',
  },
} as const satisfies Record<string, LocalText>;
