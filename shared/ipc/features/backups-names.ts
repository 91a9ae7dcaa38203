/** Request names of the automatic encrypted backups (issue #13, point 6); schemas in backups-contract.ts. */
export const BACKUPS_REQUEST_NAMES = [
  'backupsGetState',
  'backupsSetEnabled',
  'backupsChooseFolder',
  'backupsSetKeep',
  'backupsMakeNow',
  'backupsRevealPassword',
  'backupsCopyPassword',
  'backupsSetPassword',
  'backupsRestore',
] as const;
