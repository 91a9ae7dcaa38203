import { z } from 'zod';
import type { UpdateState } from '../../updates/update-state';
import type { UPDATES_REQUEST_NAMES } from './updates-names';

type Name = (typeof UPDATES_REQUEST_NAMES)[number];

/** A version as the offer names it; the core compares it with its own offer, the page cannot name another. */
const version = z.string().min(1).max(64);

export const updatesRequestSchemas = {
  updatesGetState: z.object({}).strict(),
  /** The Settings switch «Проверять обновления». */
  updatesSetEnabled: z.object({ enabled: z.boolean() }).strict(),
  /** «Проверить сейчас». */
  updatesCheckNow: z.object({}).strict(),
  /** «Установить при выходе»: the user agrees to install this version when the app quits. */
  updatesConsent: z.object({ version }).strict(),
  /** «Не сейчас»: hide this version's banner. */
  updatesDismiss: z.object({ version }).strict(),
} satisfies Record<Name, z.ZodType>;

export type UpdatesRequestOutputs = Record<Name, UpdateState>;
