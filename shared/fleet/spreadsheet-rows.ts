import type { TokenKindId } from '../model/types';

/**
 * What the spreadsheet import shows before anything is saved: every row as the
 * core read it, with its problems in the user's language. Pure data, no secrets
 * (a spreadsheet row never carries a token).
 */

export const SPREADSHEET_COLUMNS = ['organisation', 'taxId', 'kind', 'label', 'expiresAt', 'techEmail'] as const;
export type SpreadsheetColumn = (typeof SPREADSHEET_COLUMNS)[number];

export interface SpreadsheetProblem {
  /** The column at fault, or null for the row as a whole (a duplicate). */
  column: SpreadsheetColumn | null;
  message: string;
}

export interface SpreadsheetRowView {
  /** The row's number as Excel shows it (the header is row 1). */
  line: number;
  /** The cells as read (trimmed, cut to a displayable length). */
  cells: Record<SpreadsheetColumn, string>;
  /** The recognised kind, or null. */
  kind: TokenKindId | null;
  /** ISO instant of the expiry when it was read. */
  expiresAt: string | null;
  /** The expiry is already past: imported all the same, shown as expired. */
  expired: boolean;
  /** Name of an organisation already in the app that gets this record (same УНП/ИНН or name). */
  existingOrganisation: string | null;
  /** Empty: the row is imported. */
  problems: SpreadsheetProblem[];
  /** Said but not in the way (the number belongs to an organisation of another name). */
  notes: string[];
}

export interface SpreadsheetPreview {
  /** Names this reading of the file: importSpreadsheet imports exactly what was shown. */
  previewId: string;
  encoding: 'utf-8' | 'windows-1251';
  delimiter: ';' | ',' | '\t';
  rows: SpreadsheetRowView[];
  /** How many rows have no problems. */
  valid: number;
}
