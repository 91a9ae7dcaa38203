import type { AppError, ErrorCode } from '../../shared/ipc/result';

/**
 * A failure the user should read. Thrown inside the core, turned into a
 * `{code, message}` result by the router. Its message is written for a person
 * and must never contain a secret.
 */
export class AppFailure extends Error {
  readonly code: ErrorCode;
  readonly field: string | undefined;

  constructor(code: ErrorCode, message: string, field?: string) {
    super(message);
    this.name = 'AppFailure';
    this.code = code;
    this.field = field;
  }

  toAppError(): AppError {
    return this.field === undefined ? { code: this.code, message: this.message } : { code: this.code, message: this.message, field: this.field };
  }
}
