/** Request names of an СМДО key rotation kept across restarts (issue 10, point 17); schemas in rotation-contract.ts. */
export const ROTATION_REQUEST_NAMES = ['smdoRotationSave', 'smdoRotationResume', 'smdoRotationDiscard'] as const;
