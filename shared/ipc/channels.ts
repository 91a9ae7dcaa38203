/**
 * The names of every request and event, without their schemas, so the sandboxed
 * preload can build window.assistant without bundling zod.
 */
import { CRPT_REQUEST_NAMES } from './features/crpt-names';
import { KEYCHAIN_REQUEST_NAMES } from './features/keychain-names';
import { ORGS_REQUEST_NAMES } from './features/orgs-names';
import { RECORDS_REQUEST_NAMES } from './features/records-names';
import { ROTATION_REQUEST_NAMES } from './features/rotation-names';
import { TOKEN_SERVICE_REQUEST_NAMES } from './features/token-service-names';
import { FLEET_REQUEST_NAMES } from './features/fleet-names';
import { UPDATES_REQUEST_NAMES } from './features/updates-names';
import { BACKUPS_REQUEST_NAMES } from './features/backups-names';

const CORE_REQUEST_NAMES = [
  'getSnapshot',
  'saveOrganisation',
  'deleteOrganisation',
  'saveToken',
  'revealToken',
  'copyToken',
  'deleteToken',
  'openPortal',
  'updateSettings',
  'updateReminders',
  'snoozeReminders',
  'exportCalendar',
  'saveDraft',
  'deleteDraft',
  'dismissNotice',
  'confirmHost',
] as const;

/** Every request: the core's own, then each feature's (each feature keeps its names in its own file). */
export const REQUEST_NAMES = [
  ...CORE_REQUEST_NAMES,
  ...CRPT_REQUEST_NAMES,
  ...ORGS_REQUEST_NAMES,
  ...KEYCHAIN_REQUEST_NAMES,
  ...RECORDS_REQUEST_NAMES,
  ...ROTATION_REQUEST_NAMES,
  ...TOKEN_SERVICE_REQUEST_NAMES,
  ...FLEET_REQUEST_NAMES,
  ...UPDATES_REQUEST_NAMES,
  ...BACKUPS_REQUEST_NAMES,
] as const;

export type RequestName = (typeof REQUEST_NAMES)[number];

export const EVENT_NAMES = ['vaultChanged', 'openToken', 'clipboardChanged', 'updateStateChanged'] as const;
export type EventName = (typeof EVENT_NAMES)[number];

/** The IPC channel that carries a request; a prefix keeps ours apart from Electron's own. */
export const requestChannel = (name: RequestName): string => `assistant:${name}`;
export const eventChannel = (name: EventName): string => `assistant-event:${name}`;

export function isRequestName(value: unknown): value is RequestName {
  return typeof value === 'string' && (REQUEST_NAMES as readonly string[]).includes(value);
}
