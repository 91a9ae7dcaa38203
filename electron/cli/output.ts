import type { ErrorCode } from '../../shared/ipc/result';

/**
 * What the CLI prints. With --json exactly one JSON object goes to stdout,
 * success or failure; without it, Russian text. Nothing secret is ever written
 * to stderr: only messages meant for a person.
 */

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export const EXIT = {
  ok: 0,
  other: 1,
  usage: 2,
  signing: 3,
  network: 4,
  rejected: 5,
  server: 6,
} as const;

export function exitCodeFor(code: ErrorCode | 'usage'): number {
  switch (code) {
    case 'usage':
    case 'invalid_field':
    case 'invalid_payload':
      return EXIT.usage;
    case 'signer_unavailable':
    case 'signing_failed':
    case 'signer_timeout':
    case 'certificate_unreadable':
      return EXIT.signing;
    case 'network_unavailable':
    case 'request_timeout':
      return EXIT.network;
    case 'access_denied':
    case 'request_rejected':
    case 'registration_rejected':
      return EXIT.rejected;
    case 'server_failure':
    case 'server_bad_answer':
      return EXIT.server;
    default:
      return EXIT.other;
  }
}

export interface Output {
  json: boolean;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

export function processOutput(json: boolean): Output {
  return {
    json,
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
  };
}

/** Prints a failure and answers the exit code. */
export function printFailure(out: Output, code: string, message: string, exitCode: number): number {
  if (out.json) out.stdout(`${JSON.stringify({ error: { code, message } })}\n`);
  else out.stderr(`Ошибка: ${message}\n`);
  return exitCode;
}
