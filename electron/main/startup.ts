import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Language } from '../../shared/model/types';
import { message } from '../../shared/texts/messages';
import type { MessageCode } from '../../shared/texts/messages';
import { AppFailure } from '../core/errors';
import { VAULT_FILE } from '../core/vault/vault-file';

/**
 * Start-up decisions as plain functions (index.ts wires them to Electron): which
 * switches a packaged app refuses, and what a person is told when the start fails.
 */

/**
 * Switches that open the process to a debugger: Chromium's remote debugging (not
 * covered by the fuses), Node's inspector and V8 flags. Chromium accepts `--x`,
 * `-x` and, on Windows, `/x`, in any case on Windows.
 */
const DEBUG_SWITCH = /^(?:--?|\/)(remote-debugging-[\w-]*|inspect[\w-]*|js-flags)(?:=|$)/i;
const DEBUG_SWITCH_NAMES = ['remote-debugging-port', 'remote-debugging-pipe', 'remote-debugging-address', 'inspect', 'inspect-brk', 'inspect-port', 'js-flags'];

export function debugSwitches(argv: readonly string[], commandLine: { hasSwitch(name: string): boolean }): string[] {
  const named = argv.flatMap((argument) => {
    const match = DEBUG_SWITCH.exec(argument);
    return match?.[1] ? [`--${match[1].toLowerCase()}`] : [];
  });
  const switched = DEBUG_SWITCH_NAMES.filter((name) => commandLine.hasSwitch(name)).map((name) => `--${name}`);
  return [...new Set([...named, ...switched])];
}

const VAULT_LANGUAGE_MAX_BYTES = 64 * 1024 * 1024;

/** The app's language before the core runs: the vault's setting if the file can be read, else Russian. */
export function startupLanguage(dataDir: string): Language {
  try {
    const path = join(dataDir, VAULT_FILE);
    if (statSync(path).size > VAULT_LANGUAGE_MAX_BYTES) return 'ru';
    const parsed: unknown = JSON.parse(readFileSync(path, 'utf8'));
    const settings = typeof parsed === 'object' && parsed !== null ? (parsed as { settings?: unknown }).settings : undefined;
    const language = typeof settings === 'object' && settings !== null ? (settings as { language?: unknown }).language : undefined;
    return language === 'en' ? 'en' : 'ru';
  } catch {
    return 'ru';
  }
}

/** The OS error code (EACCES, ENOSPC…) behind a failure, looked for along its causes. */
function osErrorCode(error: unknown): string | null {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current instanceof Error; depth += 1) {
    const code = (current as NodeJS.ErrnoException).code;
    if (typeof code === 'string' && /^E[A-Z]{2,15}$/.test(code)) return code;
    current = current.cause;
  }
  return null;
}

function reason(error: unknown, language: Language): string {
  const code = osErrorCode(error);
  const known: Record<string, MessageCode> = {
    EACCES: 'startup_reason_no_permission',
    EPERM: 'startup_reason_no_permission',
    ENOSPC: 'startup_reason_no_space',
    EDQUOT: 'startup_reason_no_space',
    EROFS: 'startup_reason_read_only',
    ENOTDIR: 'startup_reason_not_a_folder',
    EEXIST: 'startup_reason_not_a_folder',
  };
  if (code === null) return message('startup_reason_unknown', language);
  const text = known[code];
  return text ? message(text, language) : message('startup_reason_code', language, { code });
}

/**
 * What the dialog of a failed start says: what failed and where the data folder is.
 * Only our own texts, the folder and an OS error code: never the error's message.
 */
export function failedStartText(error: unknown, place: { folder: string; log: string; language: Language }): { title: string; body: string } {
  const vault = error instanceof AppFailure && error.code === 'vault_write_failed';
  const params = { reason: reason(error, place.language), folder: place.folder, log: place.log };
  return {
    title: message('startup_failed_title', place.language),
    body: message(vault ? 'startup_failed_vault' : 'startup_failed_other', place.language, params),
  };
}

export function debugRefusedText(switches: readonly string[], language: Language): { title: string; body: string } {
  return {
    title: message('startup_debug_refused_title', language),
    body: message('startup_debug_refused', language, { switches: switches.join(', ') }),
  };
}
