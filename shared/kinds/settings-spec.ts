import { z } from 'zod';

/**
 * The non-secret settings a kind keeps on its tokens (`settings` of a record),
 * declared next to the kind: an allow-list with each value's own check, and
 * whether the value may come in from an export file made on another PC.
 *
 * - `as-is`: plain data about the token (a connection id, an ИНН).
 * - `endpoint`: an address that receives a key, login, identifier or signature.
 *   It comes in, but never as confirmed: the user confirms its host on this PC.
 * - `never`: what belongs to the PC or would give a file power over it: program
 *   and file paths (the user chooses the signer again on the new PC), automatic
 *   refresh and its failure marker.
 */
export type SettingImport = 'as-is' | 'endpoint' | 'never';

export interface SettingSpec {
  value: z.ZodType<string, string>;
  import: SettingImport;
  /** An ISO instant: a file may not bring one later than tomorrow. */
  instant?: true;
}

export type KindSettings = Readonly<Record<string, SettingSpec>>;

/** More than any kind declares; the cap on what a record or request may carry at all. */
export const MAX_SETTING_KEYS = 32;
export const MAX_SETTING_LENGTH = 2048;

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** https, or http on the loopback (the local emulators); no credentials in the address. */
export function isEndpointAddress(text: string): boolean {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return false;
  }
  if (url.username !== '' || url.password !== '') return false;
  return url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK.has(url.hostname));
}

export const endpointSetting = z.string().max(MAX_SETTING_LENGTH).refine(isEndpointAddress, 'an https address');
export const instantSetting = z.iso.datetime({ offset: true });
/** A program or file on this PC: never taken from a file. */
export const pathSetting = z.string().min(1).max(4096);
export const choiceSetting = <const T extends readonly [string, ...string[]]>(values: T) => z.enum(values);
