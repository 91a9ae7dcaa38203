/** Request names of the app's own updates; schemas in updates-contract.ts. */
export const UPDATES_REQUEST_NAMES = ['updatesGetState', 'updatesSetEnabled', 'updatesCheckNow', 'updatesConsent', 'updatesDismiss'] as const;
