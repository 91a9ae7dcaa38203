import type { HostConfirmation } from '../hosts';

/** Every answer crosses the IPC boundary as a result, never as a thrown Error with a stack. */

export const ERROR_CODES = [
  'invalid_payload',
  'invalid_field',
  'not_found',
  'unknown_request',
  'portal_not_allowed',
  'encryption_unavailable',
  'vault_write_failed',
  'internal',
  // signing, certificates, HTTP and the Честный знак stands
  'signer_unavailable',
  'signing_failed',
  'signer_timeout',
  'certificate_unreadable',
  'network_unavailable',
  'request_timeout',
  'server_failure',
  'server_bad_answer',
  'access_denied',
  'request_rejected',
  'registration_rejected',
  // СМДО throttling, export/import of the vault
  'rate_limited',
  'wrong_password',
  'invalid_file',
  // a credential or a signature would go to a host the user has not confirmed
  'host_not_confirmed',
  // two Честный знак records on one omsConnection, refused until the user accepts it (issue 10, point 18)
  'crpt_shared_connection',
  // the signing certificate names another ИНН than the organisation the token is for
  'certificate_inn_mismatch',
  // another organisation has this УНП/ИНН: saved only when the user says it is another one
  'organisation_duplicate_tax_id',
  // an automatic or manual backup could not be written, or a copy could not be restored
  'backup_failed',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface AppError {
  code: ErrorCode;
  /** A Russian (or English, per settings) sentence: what is wrong and what to do. */
  message: string;
  /** The form field at fault, when there is one. */
  field?: string;
  /** With host_not_confirmed: the host and what would be sent there, for the «Подтвердить» prompt. */
  confirm?: HostConfirmation;
  /** With organisation_duplicate_tax_id: the organisation that already has the number, to open or choose it. */
  duplicateOf?: { id: string; name: string };
  /** With certificate_inn_mismatch: both numbers, so the user can accept this very mismatch knowingly. */
  innMismatch?: InnMismatch;
}

/**
 * The ИНН a Честный знак token would be issued for (the certificate's, or the МЧД's when one
 * is named) and the ИНН of the organisation it would be saved under, when they differ.
 */
export interface InnMismatch {
  signedInn: string;
  organisationInn: string;
  /** Where signedInn comes from. */
  source: 'certificate' | 'mchd';
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (error: AppError): Result<never> => ({ ok: false, error });
