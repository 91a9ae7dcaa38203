import { z } from 'zod';
import type { SpreadsheetPreview } from '../../fleet/spreadsheet-rows';
import type { FLEET_REQUEST_NAMES } from './fleet-names';

type Name = (typeof FLEET_REQUEST_NAMES)[number];

export const fleetRequestSchemas = {
  /** «Проверить уведомление»: the core shows one real notification through the OS. */
  testNotification: z.object({}).strict(),
  /**
   * Opens main's open dialog for a CSV table, reads it (size-capped) and answers every row
   * as the import would take it, with its problems. Nothing is saved; the core keeps the
   * table until importSpreadsheet or the next preview.
   */
  previewSpreadsheet: z.object({}).strict(),
  /**
   * Imports the rows of the previewed table that are valid now (`previewId` names the table,
   * so a stale screen imports nothing): organisations by number, records without a token.
   */
  importSpreadsheet: z.object({ previewId: z.string().min(1).max(64) }).strict(),
} satisfies Record<Name, z.ZodType>;

export interface FleetRequestOutputs {
  testNotification: { shown: true };
  /** null when the user cancelled the open dialog. */
  previewSpreadsheet: SpreadsheetPreview | null;
  importSpreadsheet: { organisationsCreated: number; organisationsReused: number; records: number };
}
