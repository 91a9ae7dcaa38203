import { current, isDraft } from 'immer';

/**
 * A value computed inside an immer recipe (what a vault change returns: a view of the
 * record it saved, a settings view…) with every draft in it replaced by a plain copy.
 * Drafts are revoked once the recipe ends; a result still holding one would throw when read.
 */
export function detachDrafts<T>(value: T): T {
  if (isDraft(value)) return current(value as object) as T;
  if (Array.isArray(value)) return (value.some(holdsDraft) ? value.map(detachDrafts) : value) as T;
  if (isPlainObject(value) && Object.values(value).some(holdsDraft)) {
    return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, detachDrafts(entry)])) as T;
  }
  return value;
}

function holdsDraft(value: unknown): boolean {
  if (isDraft(value)) return true;
  if (Array.isArray(value)) return value.some(holdsDraft);
  return isPlainObject(value) && Object.values(value).some(holdsDraft);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false;
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === Object.prototype || prototype === null;
}
