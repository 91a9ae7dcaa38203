import type { LocalText } from '../../kinds/types';

/** Why an export file (or a file chosen to import) was refused: what is wrong and what to do. */
export const IMPORT_MESSAGES = {
  import_file_too_large: {
    ru: 'Файл слишком большой: файл выгрузки Токен-помощника не бывает больше {limit} МБ. Проверьте, что выбран нужный файл (.tavault). Ничего не импортировано.',
    en: 'The file is too large: a Token Assistant export file is never over {limit} MB. Check that you chose the right file (.tavault). Nothing was imported.',
  },
  import_not_a_regular_file: {
    ru: 'Выбран не обычный файл (устройство, канал или папка). Выберите сам файл выгрузки .tavault. Ничего не импортировано.',
    en: 'This is not an ordinary file (a device, a pipe or a folder). Choose the .tavault export file itself. Nothing was imported.',
  },
  import_file_unreadable: {
    ru: 'Файл не удалось прочитать: возможно, его переместили, он ещё копируется или к нему нет доступа. Выберите его снова. Ничего не импортировано.',
    en: 'The file could not be read: it may have been moved, still be copying, or be out of reach. Choose it again. Nothing was imported.',
  },
  import_payload_too_large: {
    ru: 'Содержимое файла выгрузки больше {limit} МБ: такой файл Токен-помощник не создаёт. Ничего не импортировано.',
    en: 'The content of the export file is over {limit} MB: Token Assistant never writes such a file. Nothing was imported.',
  },
  import_key_derivation_too_costly: {
    ru: 'Файл требует слишком тяжёлого вычисления ключа (больше {limit} МБ памяти): его создал не Токен-помощник или файл изменён. Ничего не импортировано.',
    en: 'The file asks for too costly a key derivation (over {limit} MB of memory): it was not made by Token Assistant, or it was altered. Nothing was imported.',
  },
  import_too_many_entries: {
    ru: 'В файле выгрузки слишком много записей (организаций, токенов, истории или настроек): такой файл Токен-помощник не создаёт. Ничего не импортировано.',
    en: 'The export file holds too many entries (organisations, tokens, history or settings): Token Assistant never writes such a file. Nothing was imported.',
  },
  import_future_date: {
    ru: 'В файле выгрузки есть дата из будущего: {date}. Так бывает, если на компьютере, где делали выгрузку, неверно установлены часы, или файл изменён. Проверьте дату и время на том компьютере и сделайте выгрузку заново. Ничего не импортировано.',
    en: 'The export file holds a date in the future: {date}. This happens when the clock of the PC that made the export is wrong, or when the file was altered. Check the date and time on that PC and export again. Nothing was imported.',
  },
} as const satisfies Record<string, LocalText>;
