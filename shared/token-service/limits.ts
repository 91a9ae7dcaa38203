/**
 * Bounds of the in-app token service («Выдача токенов программам»), shared by the IPC
 * contract, the vault schema and the form, so that the page, the core and the file agree.
 */

/** The port offered first; the user may change it. Above the registered range most tools use. */
export const DEFAULT_SERVICE_PORT = 47615;
/** Below 1024 needs administrator rights on Linux and macOS. */
export const MIN_SERVICE_PORT = 1024;
export const MAX_SERVICE_PORT = 65535;
export const PROGRAM_NAME_MAX = 100;
export const MAX_PROGRAMS = 100;
/** Records one program may read. */
export const MAX_PROGRAM_TOKENS = 500;
/** Access entries the vault keeps (newest first); older ones drop off. */
export const ACCESS_JOURNAL_LIMIT = 500;
/** Entries the Settings page shows. */
export const ACCESS_JOURNAL_SHOWN = 50;

export function isServicePort(value: number): boolean {
  return Number.isInteger(value) && value >= MIN_SERVICE_PORT && value <= MAX_SERVICE_PORT;
}
