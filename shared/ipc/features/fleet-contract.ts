import { z } from 'zod';
import type { FLEET_REQUEST_NAMES } from './fleet-names';

type Name = (typeof FLEET_REQUEST_NAMES)[number];

export const fleetRequestSchemas = {
  /** «Проверить уведомление»: the core shows one real notification through the OS. */
  testNotification: z.object({}).strict(),
} satisfies Record<Name, z.ZodType>;

export interface FleetRequestOutputs {
  testNotification: { shown: true };
}
