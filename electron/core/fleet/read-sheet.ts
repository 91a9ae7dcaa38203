import { parse } from 'csv-parse/sync';
import type { Language } from '../../../shared/model/types';
import { message } from '../../../shared/texts/messages';
import { AppFailure } from '../errors';

/** Rows of data a table may have (the header not counted): a fleet of hundreds fits, a flood does not. */
export const MAX_SHEET_ROWS = 2000;
/** Characters one row may have before the parser gives up on it (a binary file read as text, a missing quote). */
const MAX_RECORD_CHARS = 8192;
/** Columns a row may have: six are read, a few extra are ignored, hundreds are not a table of ours. */
const MAX_COLUMNS = 50;

export type SheetDelimiter = ';' | ',' | '\t';

export interface ReadSheet {
  delimiter: SheetDelimiter;
  /** The header row first; each row as cells, in file order, with its line number. */
  rows: { line: number; cells: string[] }[];
}

/** The header line decides: Russian Excel writes «;», others «,», some programs a tab. */
function delimiterOf(text: string): SheetDelimiter {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const counts = ([';', ',', '\t'] as const).map((candidate) => ({ candidate, count: firstLine.split(candidate).length - 1 }));
  return counts.reduce((best, next) => (next.count > best.count ? next : best)).candidate;
}

/**
 * Splits the text into rows and cells with csv-parse (quotes, «;» inside quotes, line
 * breaks inside a cell, CRLF). Bounded: at most MAX_SHEET_ROWS rows of data, each of at
 * most MAX_RECORD_CHARS characters and MAX_COLUMNS columns; more is refused as a whole.
 */
export function readSheet(text: string, language: Language): ReadSheet {
  const delimiter = delimiterOf(text);
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, {
      delimiter,
      bom: true,
      relax_column_count: true,
      // ООО "Ромашка" typed without quoting the cell: the quotes are part of the name.
      relax_quotes: true,
      skip_empty_lines: true,
      skip_records_with_empty_values: true,
      max_record_size: MAX_RECORD_CHARS,
      info: true,
      // One past the limit, to know there were more.
      to: MAX_SHEET_ROWS + 2,
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (error) {
    const line = typeof (error as { lines?: unknown }).lines === 'number' ? String((error as { lines: number }).lines) : '?';
    const reason = language === 'ru' ? `ошибка в строке ${line} (непарная кавычка или слишком длинная строка)` : `error in row ${line} (an unmatched quote or too long a row)`;
    throw new AppFailure('invalid_file', message('sheet_unreadable', language, { reason }));
  }
  if (records.length > MAX_SHEET_ROWS + 1) {
    throw new AppFailure('invalid_file', message('sheet_too_many_rows', language, { limit: String(MAX_SHEET_ROWS) }));
  }
  if (records.some(({ record }) => record.length > MAX_COLUMNS)) {
    const reason = language === 'ru' ? `больше ${MAX_COLUMNS} столбцов` : `more than ${MAX_COLUMNS} columns`;
    throw new AppFailure('invalid_file', message('sheet_unreadable', language, { reason }));
  }
  if (records.length < 2) throw new AppFailure('invalid_file', message('sheet_empty', language));
  return { delimiter, rows: records.map(({ record, info }) => ({ line: info.lines, cells: record })) };
}
