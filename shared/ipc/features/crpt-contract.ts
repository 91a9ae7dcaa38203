import type { z } from 'zod';
import type { CRPT_REQUEST_NAMES } from './crpt-names';

type Name = (typeof CRPT_REQUEST_NAMES)[number];

export const crptRequestSchemas = {} satisfies Record<Name, z.ZodType>;

export type CrptRequestOutputs = Record<Name, never>;
