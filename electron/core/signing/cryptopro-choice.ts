import { stat } from 'node:fs/promises';
import { posix, win32 } from 'node:path';
import type { Language } from '../../../shared/model/types';
import { message } from '../../../shared/texts/messages';
import { AppFailure } from '../errors';
import { isNetworkPath } from './locate-cryptopro';

const TOOL_NAMES = ['cryptcp', 'csptest', 'certmgr'] as const;

/** The file names the CryptoPro dialog accepts on this platform. */
export function acceptedToolNames(platform: NodeJS.Platform): string[] {
  return platform === 'win32' ? TOOL_NAMES.map((name) => `${name}.exe`) : [...TOOL_NAMES];
}

/**
 * Checks the program the user picked in the native dialog and answers the folder to
 * remember: only cryptcp, csptest or certmgr (`.exe` on Windows), an absolute local
 * path (no `\\server\…`), a regular file. What the dialog hands over is checked here,
 * in the core, so a dialog that lets anything through still runs nothing else.
 */
export async function acceptChosenCryptoProTool(path: string, options: { platform?: NodeJS.Platform; language: Language }): Promise<string> {
  const platform = options.platform ?? process.platform;
  const paths = platform === 'win32' ? win32 : posix;
  const file = paths.basename(path);
  if (isNetworkPath(path)) throw new AppFailure('invalid_field', message('cryptopro_tool_network_path', options.language), 'cryptoProFolder');
  const names = acceptedToolNames(platform);
  const name = platform === 'win32' ? file.toLowerCase() : file;
  if (!paths.isAbsolute(path) || !names.includes(name)) {
    throw new AppFailure('invalid_field', message('cryptopro_tool_wrong_name', options.language, { file, names: names.join(', ') }), 'cryptoProFolder');
  }
  const info = await stat(path).catch(() => null);
  if (!info?.isFile()) throw new AppFailure('invalid_field', message('cryptopro_tool_not_file', options.language, { file }), 'cryptoProFolder');
  return paths.dirname(path);
}
