import { z } from 'zod';
import type { SmdoRotationView } from '../../model/types';
import type { ROTATION_REQUEST_NAMES } from './rotation-names';

type Name = (typeof ROTATION_REQUEST_NAMES)[number];

const id = z.string().min(1).max(64);

export const rotationRequestSchemas = {
  /**
   * The step of the rotation checklist reached, and the new key as typed so far (absent: keep
   * the one kept before; empty: forget it). The core checks the record's kind and the step.
   */
  smdoRotationSave: z.object({ tokenId: id, stepIndex: z.number().int().min(0).max(10), key: z.string().max(512).optional() }).strict(),
  /** The unfinished rotation to continue, with the typed key (the renderer shows it in a password field). */
  smdoRotationResume: z.object({ tokenId: id }).strict(),
  /** «Ключ на портале не обновлялся»: forget the unfinished rotation. */
  smdoRotationDiscard: z.object({ tokenId: id }).strict(),
} satisfies Record<Name, z.ZodType>;

export interface RotationRequestOutputs {
  smdoRotationSave: SmdoRotationView;
  /** null: no rotation is unfinished for this record. */
  smdoRotationResume: { stepIndex: number; key: string | null } | null;
  smdoRotationDiscard: { discarded: true };
}
