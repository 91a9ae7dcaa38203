import { z } from 'zod';
import { boundedRecord } from '../bounded-record';
import type { TokenView } from '../../model/types';
import type { RECORDS_REQUEST_NAMES } from './records-names';

type Name = (typeof RECORDS_REQUEST_NAMES)[number];

const id = z.string().min(1).max(64);

export const recordsRequestSchemas = {
  /**
   * «Изменить» on a record: only the fields given change. Strict objects: a secret, the kind,
   * the organisation or any field not listed is refused before a handler runs. Which fields
   * and settings a kind may change, and each value, the core checks (shared/records/editable.ts).
   */
  updateRecord: z
    .object({
      organisationId: id,
      tokenId: id,
      changes: z
        .object({
          label: z.string().max(200).optional(),
          systemName: z.string().max(200).optional(),
          techEmail: z.string().max(254).optional(),
          notes: z.string().max(4000).optional(),
          /** As typed, the way the portal prints it (ДД.ММ.ГГГГ ЧЧ:ММ, Minsk time; ЕИС: ДД.ММ.ГГГГ); empty: none. */
          expiresAt: z.string().max(64).optional(),
          /** Connection settings as typed; an empty value clears an optional one. */
          settings: boundedRecord(z.string().max(64), z.string().max(2048), 8).optional(),
        })
        .strict(),
      /** The user knowingly accepts a Честный знак omsConnection another record already uses. */
      acceptSharedConnection: z.boolean().optional(),
    })
    .strict(),
} satisfies Record<Name, z.ZodType>;

export interface RecordsRequestOutputs {
  updateRecord: TokenView;
}
