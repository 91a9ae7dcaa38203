/** Request names of the test notification and the spreadsheet import; schemas in fleet-contract.ts. */
export const FLEET_REQUEST_NAMES = ['testNotification', 'previewSpreadsheet', 'importSpreadsheet'] as const;
