import { EIS_CHECK_SETTINGS } from './kinds/eis-check-settings';
import type { TokenKindId } from './model/types';

/**
 * Which servers may receive a record's credentials. A login, a key, an
 * identifier or a signature goes only to an official host of the seeds or to
 * the one host the user confirmed for that record. The core keeps the
 * confirmation in the vault and checks it before anything leaves; the renderer only asks.
 */

/**
 * The official hosts the instructions name (seed 004 and DESIGN.md's stands):
 * Честный знак True API and СУЗ, sandbox and production. The СМДО and ЕИС
 * instructions name no API host, so every СМДО token URL and ЕИС check address
 * needs the user's confirmation.
 */
export const OFFICIAL_ORIGINS: readonly string[] = [
  'https://markirovka.crpt.ru',
  'https://markirovka.sandbox.crptech.ru',
  'https://suz-integrator.sandbox.crpt.tech',
  'https://suzgrid.crpt.ru:16443',
];

/** What a request would carry to the host, named so the screen can say it (never the value). */
export const HOST_PAYLOADS = ['login', 'key', 'identifier', 'signature'] as const;
export type HostPayload = (typeof HOST_PAYLOADS)[number];

/** The answer of a refused request: which record, which host, and what would have gone there. */
export interface HostConfirmation {
  tokenId: string;
  origin: string;
  sends: HostPayload[];
}

/** `scheme://host[:port]` of an http(s) address, lower-case, default port dropped; null otherwise. */
export function originOf(address: string): string | null {
  let url: URL;
  try {
    url = new URL(address.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  return url.origin;
}

export function isOfficialOrigin(origin: string): boolean {
  return OFFICIAL_ORIGINS.includes(origin);
}

/** The setting that holds the address a record's credentials are sent to, per kind. */
export function endpointSettingOf(kind: TokenKindId): string | null {
  if (kind === 'smdo') return 'tokenUrl';
  if (kind === 'eis') return EIS_CHECK_SETTINGS.endpoint;
  if (kind === 'crpt') return 'trueApiBase';
  return null;
}

/** The origin a record's credentials would go to, from its settings; null when it has none. */
export function endpointOriginOf(kind: TokenKindId, settings: Readonly<Record<string, string>>): string | null {
  const setting = endpointSettingOf(kind);
  const address = setting === null ? undefined : settings[setting];
  return address === undefined ? null : originOf(address);
}

/** Честный знак refreshes a token by itself only against an official stand: a custom stand's challenge is signed on a click. */
export function crptAutoRefreshAllowed(settings: Readonly<Record<string, string>>): boolean {
  const origin = endpointOriginOf('crpt', settings);
  return origin !== null && isOfficialOrigin(origin);
}
