/** Request names of «Изменить» on a record; schemas in records-contract.ts. */
export const RECORDS_REQUEST_NAMES = ['updateRecord'] as const;
