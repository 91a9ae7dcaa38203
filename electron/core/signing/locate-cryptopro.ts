import { access, constants, stat } from 'node:fs/promises';
import { join, win32, posix } from 'node:path';
import { AppFailure } from '../errors';
import type { Language } from '../../../shared/model/types';
import { message } from '../../../shared/texts/messages';

export type CryptoProTool = 'cryptcp' | 'csptest' | 'certmgr';

export interface LocateOptions {
  /**
   * The folder the user chose in the native open dialog of main (kept in the vault's
   * app settings). Never a path from a token record, an imported file or the renderer.
   */
  chosenFolder?: string;
  platform?: NodeJS.Platform;
  env?: NodeJS.ProcessEnv;
  arch?: string;
  /** Injected in tests; by default checks that the file is a regular file that may be executed. */
  isExecutable?: (path: string) => Promise<boolean>;
  language?: Language;
}

/** `\\server\share\…` or `//server/share/…`: running a program from there runs whatever the server hands out. */
export function isNetworkPath(path: string): boolean {
  return /^[\\/]{2}/.test(path.trim());
}

function executableName(tool: CryptoProTool, platform: NodeJS.Platform): string[] {
  if (platform !== 'win32') return [tool];
  // cryptcp for Windows is distributed as cryptcp.x64.exe / cryptcp.win32.exe and often kept under that name.
  return tool === 'cryptcp' ? ['cryptcp.exe', 'cryptcp.x64.exe', 'cryptcp.win32.exe'] : [`${tool}.exe`];
}

/** The standard places, in the order they are tried. */
export function standardCryptoProDirs(platform: NodeJS.Platform, env: NodeJS.ProcessEnv, arch: string = process.arch): string[] {
  if (platform === 'win32') {
    const roots = [env.ProgramFiles ?? 'C:\\Program Files', env['ProgramFiles(x86)'] ?? 'C:\\Program Files (x86)', env.ProgramW6432];
    const unique = [...new Set(roots.filter((root): root is string => Boolean(root) && !isNetworkPath(root ?? '')))];
    return unique.map((root) => win32.join(root, 'Crypto Pro', 'CSP'));
  }
  if (platform === 'darwin') return ['/opt/cprocsp/bin'];
  const archDir = arch === 'arm64' ? 'aarch64' : arch === 'ia32' ? 'ia32' : 'amd64';
  return [posix.join('/opt/cprocsp/bin', archDir), '/opt/cprocsp/bin'];
}

async function defaultIsExecutable(path: string): Promise<boolean> {
  try {
    const info = await stat(path);
    if (!info.isFile()) return false;
    if (process.platform === 'win32') return true;
    await access(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Every path tried for the tool, in order (shown to the user when none exists): the chosen folder, then the standard ones. */
export function candidatePaths(tool: CryptoProTool, options: LocateOptions = {}): string[] {
  const platform = options.platform ?? process.platform;
  const env = options.env ?? process.env;
  const names = executableName(tool, platform);
  const pathJoin = platform === 'win32' ? win32.join : join;
  const chosen = options.chosenFolder?.trim();
  const folders = [...(chosen && !isNetworkPath(chosen) ? [chosen] : []), ...standardCryptoProDirs(platform, env, options.arch)];
  return [...new Set(folders)].flatMap((dir) => names.map((name) => pathJoin(dir, name)));
}

/**
 * Finds cryptcp, csptest or certmgr: in the folder the user chose in the native
 * dialog, else in the standard install folders (Windows `%ProgramFiles%\Crypto Pro\CSP\`,
 * Linux `/opt/cprocsp/bin/amd64/`, macOS `/opt/cprocsp/bin/`). Only those names, only
 * regular files, never a network path. Throws a Russian AppFailure that lists where it looked.
 */
export async function locateCryptoProTool(tool: CryptoProTool, options: LocateOptions = {}): Promise<string> {
  const isExecutable = options.isExecutable ?? defaultIsExecutable;
  const candidates = candidatePaths(tool, options);
  for (const candidate of candidates) {
    if (await isExecutable(candidate)) return candidate;
  }
  const language = options.language ?? 'ru';
  throw new AppFailure(
    'signer_unavailable',
    message('sign_tool_not_found', language, {
      tool,
      hint: message('sign_hint_cryptopro', language, { paths: candidates.join('; ') }),
    }),
  );
}
