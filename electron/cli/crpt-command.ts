import { stat } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { message } from '../../shared/texts/messages';
import { readStdinLines, StdinIsTerminal, StdinTooLarge, type StdinSource } from '../core/cli-input/stdin-lines';
import { AppFailure } from '../core/errors';
import { createCrptService, crptSignIn, rejectionMessage, replacesPreviousWarning } from '../core/providers/crpt/client';
import { findStand, SANDBOX_REGISTRATION_KEY } from '../core/providers/crpt/stands';
import { nodeHttpTransport } from '../core/http/node-http-transport';
import { createOpensslSigner } from '../core/signing/openssl-signer';
import type { Signer } from '../core/signing/signer';
import { CRPT_HELP } from './help';
import { EXIT, UsageError, exitCodeFor, printFailure, type Output } from './output';

const SIGNER_OPTIONS = {
  signer: { type: 'string' },
  cert: { type: 'string' },
  key: { type: 'string' },
  'key-password-env': { type: 'string' },
  thumbprint: { type: 'string' },
  'cryptopro-path': { type: 'string' },
  timeout: { type: 'string' },
  json: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

const TOKEN_OPTIONS = {
  ...SIGNER_OPTIONS,
  stand: { type: 'string' },
  purpose: { type: 'string' },
  'oms-connection': { type: 'string' },
  inn: { type: 'string' },
} as const;

const REGISTER_OPTIONS = {
  ...SIGNER_OPTIONS,
  suz: { type: 'string' },
  'oms-id': { type: 'string' },
  'registration-key': { type: 'string' },
  'registration-key-stdin': { type: 'boolean', default: false },
  address: { type: 'string' },
  name: { type: 'string' },
} as const;

type Values = Record<string, string | boolean | undefined>;

/** Where the registration key may come from besides the (visible) command line. */
export const REGISTRATION_KEY_ENV = 'TOKEN_ASSISTANT_REGISTRATION_KEY';

/** The environment and standard input of the command; the process's own by default. */
export interface CrptCliIo {
  env: Record<string, string | undefined>;
  stdin: StdinSource;
}

/** Options that would put a PIN on a command line: CryptoPro's own, where every local user sees it. */
const PIN_OPTION = /^--(pin|pin-env|password|password-env)(=|$)/;

function parse(options: typeof TOKEN_OPTIONS | typeof REGISTER_OPTIONS, args: string[]): Values {
  try {
    return parseArgs({ args, options, strict: true, allowPositionals: false }).values as Values;
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    const option = /'([^']+)'/.exec(text)?.[1];
    const code = (error as { code?: string }).code;
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw new UsageError(`Неизвестный параметр ${option ?? ''}. Справка: token-assistant crpt --help`);
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') throw new UsageError(`У параметра ${option ?? ''} нет значения. Справка: token-assistant crpt --help`);
    if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') throw new UsageError(`Лишний аргумент ${option ?? ''}. Значения с пробелами заключайте в кавычки.`);
    throw new UsageError(`Неверные параметры. Справка: token-assistant crpt --help`);
  }
}

function required(values: Values, name: string): string {
  const value = values[name];
  if (typeof value !== 'string' || value.trim() === '') throw new UsageError(`Укажите --${name}. Справка: token-assistant crpt --help`);
  return value;
}

function optional(values: Values, name: string): string | undefined {
  const value = values[name];
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/** A secret named by an environment variable; the value never appears in our arguments or output. */
function secretFromEnv(values: Values, option: string, io: CrptCliIo): string | undefined {
  const variable = optional(values, option);
  if (variable === undefined) return undefined;
  const value = io.env[variable];
  if (value === undefined) throw new UsageError(`Переменная окружения ${variable} (из --${option}) не задана.`);
  return value;
}

function timeoutMs(values: Values): number | undefined {
  const text = optional(values, 'timeout');
  if (text === undefined) return undefined;
  const seconds = Number(text);
  if (!Number.isFinite(seconds) || seconds <= 0 || seconds > 600) throw new UsageError('--timeout — число секунд от 1 до 600.');
  return Math.round(seconds * 1000);
}

/**
 * The CryptoPro folder of --cryptopro-path: a folder, or one of its programs (cryptcp,
 * csptest, certmgr) whose folder is taken. Never a network path; nothing else is run.
 */
async function cryptoProFolder(values: Values): Promise<string | undefined> {
  const given = optional(values, 'cryptopro-path');
  if (given === undefined) return undefined;
  const { isNetworkPath } = await import('../core/signing/locate-cryptopro');
  if (isNetworkPath(given)) throw new UsageError(message('cryptopro_tool_network_path', 'ru'));
  const info = await stat(given).catch(() => null);
  if (info?.isFile()) {
    const { acceptChosenCryptoProTool } = await import('../core/signing/cryptopro-choice');
    const { resolve } = await import('node:path');
    return acceptChosenCryptoProTool(resolve(given), { language: 'ru' });
  }
  return given;
}

/** The registration key: --registration-key, --registration-key-stdin or TOKEN_ASSISTANT_REGISTRATION_KEY; the public one for the sandbox. */
async function registrationKeyOf(values: Values, io: CrptCliIo, sandbox: boolean): Promise<string> {
  const fromArgs = optional(values, 'registration-key');
  const fromStdin = values['registration-key-stdin'] === true;
  const what = 'код регистрации';
  if (fromArgs !== undefined && fromStdin) {
    throw new UsageError(message('cli_secret_twice', 'ru', { what: 'Код регистрации', sources: '--registration-key и --registration-key-stdin' }));
  }
  if (fromStdin) {
    const key = (await stdinLines(io, '--registration-key-stdin'))[0] ?? '';
    if (key === '') throw new UsageError(message('cli_secret_missing', 'ru', { what, env: REGISTRATION_KEY_ENV, flag: '--registration-key-stdin' }));
    return key;
  }
  if (fromArgs !== undefined) return fromArgs;
  const fromEnv = io.env[REGISTRATION_KEY_ENV]?.trim();
  if (fromEnv) return fromEnv;
  if (sandbox) return SANDBOX_REGISTRATION_KEY;
  throw new UsageError(`${message('cli_secret_missing', 'ru', { what, env: REGISTRATION_KEY_ENV, flag: '--registration-key-stdin' })} (или --registration-key)`);
}

async function stdinLines(io: CrptCliIo, flag: string): Promise<string[]> {
  try {
    return await readStdinLines(io.stdin);
  } catch (error) {
    if (error instanceof StdinIsTerminal) throw new UsageError(message('cli_stdin_terminal', 'ru', { flag }));
    if (error instanceof StdinTooLarge) throw new UsageError(`${flag}: на стандартном вводе больше 4 КиБ — это не код регистрации.`);
    throw error;
  }
}

async function makeSigner(values: Values, io: CrptCliIo): Promise<Signer> {
  const kind = required(values, 'signer');
  if (kind === 'openssl') {
    if (optional(values, 'thumbprint')) throw new UsageError('--thumbprint — для КриптоПро; для --signer openssl укажите --cert и --key.');
    if (optional(values, 'cryptopro-path')) throw new UsageError('--cryptopro-path — для КриптоПро; для --signer openssl укажите --cert и --key.');
    const keyPassword = secretFromEnv(values, 'key-password-env', io);
    return createOpensslSigner({
      certPath: required(values, 'cert'),
      keyPath: required(values, 'key'),
      env: io.env,
      ...(keyPassword !== undefined ? { keyPassword } : {}),
    });
  }
  if (kind === 'cryptcp' || kind === 'csptest') {
    if (optional(values, 'cert') || optional(values, 'key')) throw new UsageError('--cert и --key — для --signer openssl; для КриптоПро укажите --thumbprint.');
    const { createCryptoProSigner } = await import('../core/signing/cryptopro-signer');
    const chosenFolder = await cryptoProFolder(values);
    // No PIN here: CryptoPro asks for it in its own window or uses the PIN it remembers.
    return createCryptoProSigner({
      tool: kind,
      thumbprint: required(values, 'thumbprint'),
      env: io.env,
      ...(chosenFolder ? { chosenFolder } : {}),
    });
  }
  throw new UsageError(`--signer: openssl, cryptcp или csptest (указано «${kind}»).`);
}

function localTime(iso: string): string {
  return new Date(iso).toLocaleString('ru-RU', { dateStyle: 'short', timeStyle: 'short' });
}

async function token(args: string[], out: Output, io: CrptCliIo): Promise<number> {
  const values = parse(TOKEN_OPTIONS, args);
  if (values.help) {
    out.stdout(CRPT_HELP);
    return EXIT.ok;
  }
  const standText = required(values, 'stand');
  const stand = standText === 'sandbox' || standText === 'production' ? (findStand(standText)?.trueApiBase ?? standText) : standText;
  const purpose = optional(values, 'purpose') ?? 'suz';
  if (purpose !== 'suz' && purpose !== 'trueapi') throw new UsageError(`--purpose: suz или trueapi (указано «${purpose}»).`);
  if (purpose === 'trueapi' && optional(values, 'oms-connection') !== undefined) {
    throw new UsageError('--oms-connection нужен только для токена СУЗ (--purpose suz); для токена True API его не указывают.');
  }
  const omsConnection = purpose === 'suz' ? required(values, 'oms-connection') : '';
  const inn = optional(values, 'inn');
  const signer = await makeSigner(values, io);
  const timeout = timeoutMs(values);
  const common = { trueApiBase: stand, signer, ...(inn ? { inn } : {}) };
  const result = await crptSignIn(purpose === 'trueapi' ? { ...common, purpose } : { ...common, purpose, omsConnection }, {
    transport: nodeHttpTransport(),
    ...(timeout ? { timeoutMs: timeout } : {}),
  });
  if (out.json) {
    out.stdout(`${JSON.stringify({ token: result.token, obtainedAt: result.obtainedAt, expiresAt: result.expiresAt })}\n`);
  } else {
    out.stdout(
      [
        purpose === 'trueapi' ? 'Токен True API получен.' : 'Токен СУЗ (clientToken) получен.',
        `Токен:        ${result.token}`,
        `Получен:      ${localTime(result.obtainedAt)}`,
        `Действует до: ${localTime(result.expiresAt)} (10 часов)`,
        ...(purpose === 'suz' ? [replacesPreviousWarning('ru')] : []),
        '',
      ].join('\n'),
    );
  }
  return EXIT.ok;
}

async function register(args: string[], out: Output, io: CrptCliIo): Promise<number> {
  const values = parse(REGISTER_OPTIONS, args);
  if (values.help) {
    out.stdout(CRPT_HELP);
    return EXIT.ok;
  }
  const suzText = required(values, 'suz');
  const known = suzText === 'sandbox' || suzText === 'production' ? findStand(suzText) : undefined;
  const suzBase = known?.suzBase ?? suzText;
  const omsId = required(values, 'oms-id');
  const address = required(values, 'address');
  const name = optional(values, 'name');
  const registrationKey = await registrationKeyOf(values, io, known?.id === 'sandbox');
  const signer = await makeSigner(values, io);
  const timeout = timeoutMs(values);
  const service = createCrptService({ transport: nodeHttpTransport(), ...(timeout ? { timeoutMs: timeout } : {}) });
  const result = await service.registerConnection({ suzBase, omsId, registrationKey, address, signer, ...(name ? { name } : {}) });
  if (result.status === 'REJECTED') {
    return printFailure(out, 'registration_rejected', rejectionMessage(result, 'ru'), exitCodeFor('registration_rejected'));
  }
  if (out.json) {
    out.stdout(`${JSON.stringify({ status: result.status, omsConnection: result.omsConnection, name: result.name ?? null })}\n`);
  } else {
    out.stdout(
      [
        'Установка зарегистрирована в СУЗ.',
        `omsConnection: ${result.omsConnection ?? ''}`,
        `Наименование:  ${result.name ?? '—'}`,
        'Сохраните omsConnection: он нужен для получения токена (token-assistant crpt token --oms-connection …).',
        '',
      ].join('\n'),
    );
  }
  return EXIT.ok;
}

/** `token-assistant crpt <token|register> …`; every failure ends as a message and an exit code. */
export async function runCrpt(args: readonly string[], out: Output, io: CrptCliIo = { env: process.env, stdin: process.stdin }): Promise<number> {
  const [command, ...rest] = args;
  try {
    if (rest.some((arg) => PIN_OPTION.test(arg))) throw new UsageError(message('cli_pin_not_accepted', 'ru'));
    if (command === 'token') return await token(rest, out, io);
    if (command === 'register') return await register(rest, out, io);
    throw new UsageError(`Неизвестная команда «crpt ${command ?? ''}»: token или register. Справка: token-assistant crpt --help`);
  } catch (error) {
    if (error instanceof UsageError) return printFailure(out, 'invalid_payload', error.message, EXIT.usage);
    if (error instanceof AppFailure) return printFailure(out, error.code, error.message, exitCodeFor(error.code));
    return printFailure(out, 'internal', 'Непредвиденная ошибка. Повторите команду; если ошибка повторяется, сообщите разработчикам.', EXIT.other);
  }
}
