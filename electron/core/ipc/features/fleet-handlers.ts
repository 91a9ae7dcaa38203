import { randomUUID } from 'node:crypto';
import type { FLEET_REQUEST_NAMES } from '../../../../shared/ipc/features/fleet-names';
import type { Language } from '../../../../shared/model/types';
import { message } from '../../../../shared/texts/messages';
import { AppFailure } from '../../errors';
import { decodeSheet } from '../../fleet/decode-sheet';
import { readSheet } from '../../fleet/read-sheet';
import type { ReadSheet } from '../../fleet/read-sheet';
import { columnsOf, missingColumnsText, readSheetRows } from '../../fleet/sheet-rows';
import type { SheetReading } from '../../fleet/sheet-rows';
import { FileRefusedError } from '../../files/read-regular-file';
import type { HandlerDeps } from '../handlers';
import type { Handlers } from '../router';

type Name = (typeof FLEET_REQUEST_NAMES)[number];

/** A table of a few hundred organisations is tens of kilobytes; 2 MiB leaves room and refuses a wrong file at once. */
export const MAX_SHEET_BYTES = 2 * 1024 * 1024;
const SHEET_FILTER = { ru: 'Таблица CSV', en: 'CSV table' } as const;

interface PendingSheet {
  previewId: string;
  sheet: ReadSheet;
  positions: ReturnType<typeof columnsOf>['positions'];
}

/** «Проверить уведомление» and the spreadsheet import. */
export function createFleetHandlers(deps: HandlerDeps): Pick<Handlers, Name> {
  const { vault, clock, fileOpener } = deps;
  const language = () => vault.view().settings.language;
  /** The table last previewed: the import takes exactly it, checked again against the vault as it is then. */
  let pending: PendingSheet | null = null;

  const openSheetFile = async (lang: Language): Promise<Buffer | null> => {
    try {
      return await fileOpener.openFile({ name: SHEET_FILTER[lang], extensions: ['csv', 'txt'] }, { maxBytes: MAX_SHEET_BYTES });
    } catch (error) {
      if (!(error instanceof FileRefusedError)) throw error;
      if (error.reason === 'too-large') throw new AppFailure('invalid_file', message('sheet_too_large', lang, { limit: String(MAX_SHEET_BYTES / (1024 * 1024)) }));
      throw new AppFailure('invalid_file', message(error.reason === 'not-a-regular-file' ? 'import_not_a_regular_file' : 'import_file_unreadable', lang));
    }
  };

  const reading = (sheet: PendingSheet, lang: Language): SheetReading => readSheetRows(sheet.sheet, sheet.positions, vault.view().organisations, clock.now(), lang);

  return {
    testNotification: () => {
      const lang = language();
      // Through the same port as the reminders, so what the user sees is what a reminder will look like.
      deps.notifier?.show({ title: message('test_notification_title', lang), body: message('test_notification_body', lang) }, () => undefined);
      return { shown: true };
    },

    previewSpreadsheet: async () => {
      const lang = language();
      pending = null;
      const bytes = await openSheetFile(lang);
      if (bytes === null) return null;
      // A bigger buffer than asked for is refused too: the cap is the core's, whatever the dialog did.
      if (bytes.length > MAX_SHEET_BYTES) throw new AppFailure('invalid_file', message('sheet_too_large', lang, { limit: String(MAX_SHEET_BYTES / (1024 * 1024)) }));
      const decoded = decodeSheet(bytes, lang);
      const sheet = readSheet(decoded.text, lang);
      const { positions, missing } = columnsOf(sheet.rows[0]?.cells ?? []);
      if (missing.length > 0) throw new AppFailure('invalid_file', message('sheet_columns', lang, { columns: missingColumnsText(missing, lang) }));
      const next: PendingSheet = { previewId: randomUUID(), sheet, positions };
      const { rows } = reading(next, lang);
      pending = next;
      return { previewId: next.previewId, encoding: decoded.encoding, delimiter: sheet.delimiter, rows, valid: rows.filter((row) => row.problems.length === 0).length };
    },

    importSpreadsheet: ({ previewId }) => {
      const lang = language();
      if (pending === null || pending.previewId !== previewId) throw new AppFailure('not_found', message('sheet_preview_stale', lang));
      const { records } = reading(pending, lang);
      if (records.length === 0) throw new AppFailure('invalid_file', message('sheet_nothing_valid', lang));
      const result = vault.importAwaitingRecords({
        records: records.map(({ organisation, kind, label, systemName, techEmail, expiresAt }) => ({
          organisation: 'existingId' in organisation ? { existingId: organisation.existingId, fallbackName: organisation.name } : organisation,
          kind,
          label,
          systemName,
          techEmail,
          expiresAt,
        })),
      });
      pending = null;
      return result;
    },
  };
}
