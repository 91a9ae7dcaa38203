/** Request names of the СМДО, ЕИС and vault export/import features; schemas in orgs-contract.ts. */
export const ORGS_REQUEST_NAMES = ['exportVault', 'importVault', 'exportAudit', 'smdoSave', 'smdoCheck', 'smdoCopyAccessToken', 'smdoLogin', 'eisAdminLetter', 'eisCheck'] as const;
