import type { z } from 'zod';
import type { ORGS_REQUEST_NAMES } from './orgs-names';

type Name = (typeof ORGS_REQUEST_NAMES)[number];

export const orgsRequestSchemas = {} satisfies Record<Name, z.ZodType>;

export type OrgsRequestOutputs = Record<Name, never>;
