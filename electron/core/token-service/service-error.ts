/**
 * A refusal of the token service: the HTTP status, a stable code for programs and a
 * Russian message for the person reading the program's log. The message never holds
 * a token or a key.
 */
export type ServiceErrorCode =
  | 'forbidden_origin'
  | 'forbidden_host'
  | 'unauthorized'
  | 'forbidden_scope'
  | 'not_found'
  | 'method_not_allowed'
  | 'uri_too_long'
  | 'token_expired'
  | 'too_many_sign_ins'
  | 'stand_refused'
  | 'stand_timeout'
  | 'internal';

export class ServiceError extends Error {
  readonly status: number;
  readonly code: ServiceErrorCode;

  constructor(status: number, code: ServiceErrorCode, message: string) {
    super(message);
    this.name = 'ServiceError';
    this.status = status;
    this.code = code;
  }

  /** The JSON body of the answer: `{"error":{"code","message"}}`. */
  toBody(): { error: { code: ServiceErrorCode; message: string } } {
    return { error: { code: this.code, message: this.message } };
  }
}
