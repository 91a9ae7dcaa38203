import { addMonths } from '../time/portal-time';

/**
 * When an СМДО key is due for rotation (apart from smdo.ts so that the dashboard's urgency
 * needs none of the wizard's steps).
 */

/** The key should be replaced at least this often, per the instruction. */
export const SMDO_KEY_ROTATION_MONTHS = 3;

/** When the key is due for rotation, counted from the day it was last replaced. */
export function smdoKeyRotationDueAt(rotatedAt: Date): Date {
  return addMonths(rotatedAt, SMDO_KEY_ROTATION_MONTHS);
}
