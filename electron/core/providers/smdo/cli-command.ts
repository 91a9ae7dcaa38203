import { parseArgs } from 'node:util';
import type { ErrorCode } from '../../../../shared/ipc/result';
import { message } from '../../../../shared/texts/messages';
import { readStdinLines, StdinIsTerminal, StdinTooLarge } from '../../cli-input/stdin-lines';
import { AppFailure } from '../../errors';
import { fetchSmdoToken } from './token-client';
import type { SmdoClientDeps } from './token-client';

/**
 * `token-assistant smdo token --token-url <url> [--login <login> | --login-stdin] [--json] [--timeout <s>]`.
 *
 * The key is never an argument (other users see the process list, shells keep
 * a history): it comes from TOKEN_ASSISTANT_SMDO_KEY or, when that is unset,
 * from standard input. The login may stay off the command line too:
 * TOKEN_ASSISTANT_SMDO_LOGIN or --login-stdin (the first line of standard input). With --json exactly one JSON line goes to stdout:
 * `{"token","obtainedAt","expiresAt"}` or `{"error":{"code","message"}}`.
 *
 * Kept in the core (not electron/cli) so it runs and is tested without the CLI
 * shell; electron/cli/run-cli.ts dispatches `smdo` here. Exit codes follow the
 * CLI's table (electron/cli/output.ts): 0 ok, 2 usage, 4 network or timeout,
 * 5 refused (401, 403, 429), 6 server failure or odd answer, 1 anything else.
 */

export const SMDO_KEY_ENV = 'TOKEN_ASSISTANT_SMDO_KEY';
/** The login may stay off the command line too: this variable or --login-stdin. */
export const SMDO_LOGIN_ENV = 'TOKEN_ASSISTANT_SMDO_LOGIN';

export const SMDO_HELP = `СМДО: токен авторизации для API СМДО.

  token-assistant smdo token --token-url <адрес> [--login <логин> | --login-stdin] [--timeout <секунды>] [--json]

Параметры:
  --token-url  адрес получения токена (тот же, что во ВСЭД), например https://сервер-СМДО/token
  --login      «логин» из раздела «Безопасность» приложения СМДО. Аргументы команды видят
               другие пользователи компьютера (список процессов) и сохраняет история оболочки:
               лучше задайте логин в переменной окружения ${SMDO_LOGIN_ENV}
  --login-stdin  логин — первая строка стандартного ввода; ключ тогда — из ${SMDO_KEY_ENV}
               или вторая строка (например, printf '%s\n%s\n' "$LOGIN" "$KEY" | token-assistant …)
  --timeout    сколько секунд ждать ответа (по умолчанию 15)
  --json       одна строка JSON на stdout: {"token","obtainedAt","expiresAt"};
               при ошибке {"error":{"code","message"}}

Ключ в командной строке не передаётся: задайте его в переменной окружения
${SMDO_KEY_ENV} или подайте на стандартный ввод (например, < key.txt).

Коды выхода: 0 — успех, 2 — неверные параметры, 4 — нет связи или тайм-аут,
5 — отказ сервера (неверный логин или ключ, нет подписки, слишком много запросов),
6 — сбой или непонятный ответ сервера, 1 — прочее.
`;

export const SMDO_EXIT = { ok: 0, other: 1, usage: 2, network: 4, rejected: 5, server: 6 } as const;

export interface SmdoCliIo {
  json: boolean;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: Record<string, string | undefined>;
  /** Standard input; read only when the environment variable is unset. */
  stdin: AsyncIterable<string | Uint8Array> & { isTTY?: boolean };
  deps?: SmdoClientDeps;
}

class UsageError extends Error {}

export function smdoExitCode(code: ErrorCode | 'usage'): number {
  switch (code) {
    case 'usage':
    case 'invalid_field':
    case 'invalid_payload':
      return SMDO_EXIT.usage;
    case 'network_unavailable':
    case 'request_timeout':
      return SMDO_EXIT.network;
    case 'access_denied':
    case 'request_rejected':
    case 'rate_limited':
      return SMDO_EXIT.rejected;
    case 'server_failure':
    case 'server_bad_answer':
      return SMDO_EXIT.server;
    default:
      return SMDO_EXIT.other;
  }
}

function fail(io: SmdoCliIo, code: string, text: string, exitCode: number): number {
  if (io.json) io.stdout(`${JSON.stringify({ error: { code, message: text } })}\n`);
  else io.stderr(`Ошибка: ${text}\n`);
  return exitCode;
}

const MAX_KEY_BYTES = 4096;

async function stdinLines(io: SmdoCliIo, whenTerminal: string): Promise<string[]> {
  try {
    return await readStdinLines(io.stdin, MAX_KEY_BYTES);
  } catch (error) {
    // A terminal would wait forever for an end of input nobody knows to type.
    if (error instanceof StdinIsTerminal) throw new UsageError(whenTerminal);
    if (error instanceof StdinTooLarge) throw new UsageError(message('smdo_key_format', 'ru'));
    throw error;
  }
}

/**
 * The login and the key, from the command line, the environment or standard input.
 * With --login-stdin the first line is the login and the key is the environment's or the second line;
 * otherwise the key is the environment's or the first line (`echo key | …` adds a line break, a file may end with one).
 */
async function readCredentials(io: SmdoCliIo, given: { login: string; loginStdin: boolean }): Promise<{ login: string; key: string }> {
  const keyFromEnv = io.env[SMDO_KEY_ENV]?.trim() ?? '';
  const loginFromEnv = io.env[SMDO_LOGIN_ENV]?.trim() ?? '';
  if (given.loginStdin) {
    const lines = await stdinLines(io, message('cli_stdin_terminal', 'ru', { flag: '--login-stdin' }));
    const login = lines[0] ?? '';
    const key = keyFromEnv || (lines[1] ?? '');
    if (login === '') throw new UsageError(message('smdo_cli_usage', 'ru'));
    if (key === '') throw new UsageError(message('smdo_cli_key_missing', 'ru'));
    return { login, key };
  }
  const login = given.login || loginFromEnv;
  if (login === '') throw new UsageError(message('smdo_cli_usage', 'ru'));
  if (keyFromEnv !== '') return { login, key: keyFromEnv };
  const key = (await stdinLines(io, message('smdo_cli_key_missing', 'ru')))[0] ?? '';
  if (key === '') throw new UsageError(message('smdo_cli_key_missing', 'ru'));
  return { login, key };
}

function parse(args: readonly string[]): { tokenUrl: string; login: string; loginStdin: boolean; timeoutMs: number | undefined; help: boolean } {
  if (args.some((arg) => arg === '--key' || arg.startsWith('--key=') || arg === '-k')) {
    throw new UsageError(message('smdo_cli_key_argument', 'ru'));
  }
  let values: Record<string, string | boolean | undefined>;
  try {
    values = parseArgs({
      args: [...args],
      options: {
        'token-url': { type: 'string' },
        login: { type: 'string' },
        'login-stdin': { type: 'boolean', default: false },
        timeout: { type: 'string' },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch {
    throw new UsageError(message('smdo_cli_usage', 'ru'));
  }
  if (values.help === true) return { tokenUrl: '', login: '', loginStdin: false, timeoutMs: undefined, help: true };
  const tokenUrl = typeof values['token-url'] === 'string' ? values['token-url'].trim() : '';
  const login = typeof values.login === 'string' ? values.login.trim() : '';
  const loginStdin = values['login-stdin'] === true;
  if (tokenUrl === '') throw new UsageError(message('smdo_cli_usage', 'ru'));
  if (login !== '' && loginStdin) throw new UsageError(message('cli_secret_twice', 'ru', { what: 'Логин', sources: '--login и --login-stdin' }));
  let timeoutMs: number | undefined;
  if (typeof values.timeout === 'string') {
    const seconds = Number(values.timeout);
    if (!Number.isFinite(seconds) || seconds <= 0 || seconds > 600) throw new UsageError('--timeout — число секунд от 1 до 600.');
    timeoutMs = Math.round(seconds * 1000);
  }
  return { tokenUrl, login, loginStdin, timeoutMs, help: false };
}

function localTime(iso: string): string {
  return new Date(iso).toLocaleString('ru-RU', { dateStyle: 'short', timeStyle: 'medium' });
}

/** `token-assistant smdo <command> …`; every failure ends as a message and an exit code. */
export async function runSmdo(args: readonly string[], io: SmdoCliIo): Promise<number> {
  const [command, ...rest] = args;
  try {
    if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
      io.stdout(SMDO_HELP);
      return command === undefined ? SMDO_EXIT.usage : SMDO_EXIT.ok;
    }
    if (command !== 'token') throw new UsageError(`Неизвестная команда «smdo ${command}»: есть только token. Справка: token-assistant smdo --help`);
    const options = parse(rest);
    if (options.help) {
      io.stdout(SMDO_HELP);
      return SMDO_EXIT.ok;
    }
    const { login, key } = await readCredentials(io, options);
    const token = await fetchSmdoToken({ tokenUrl: options.tokenUrl, login, key, ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}) }, io.deps ?? {});
    if (io.json) {
      io.stdout(`${JSON.stringify({ token: token.token, obtainedAt: token.obtainedAt, expiresAt: token.expiresAt })}\n`);
    } else {
      io.stdout(
        [
          'Токен СМДО получен.',
          `Токен:        ${token.token}`,
          `Получен:      ${localTime(token.obtainedAt)}`,
          `Действует до: ${localTime(token.expiresAt)} (${token.expiresInSeconds} с)`,
          '',
        ].join('\n'),
      );
    }
    return SMDO_EXIT.ok;
  } catch (error) {
    if (error instanceof UsageError) return fail(io, 'invalid_payload', error.message, SMDO_EXIT.usage);
    if (error instanceof AppFailure) return fail(io, error.code, error.message, smdoExitCode(error.code));
    return fail(io, 'internal', 'Непредвиденная ошибка. Повторите команду; если ошибка повторяется, сообщите разработчикам.', SMDO_EXIT.other);
  }
}
