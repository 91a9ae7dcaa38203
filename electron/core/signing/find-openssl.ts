import { access, constants, stat } from 'node:fs/promises';
import { delimiter as hostDelimiter, isAbsolute, join } from 'node:path';
import type { Language } from '../../../shared/model/types';
import { message } from '../../../shared/texts/messages';
import { AppFailure } from '../errors';

async function isExecutableFile(path: string): Promise<boolean> {
  try {
    if (!(await stat(path)).isFile()) return false;
    if (process.platform !== 'win32') await access(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Resolved once per PATH: the lookup runs before the first signature, not before each one. */
const resolved = new Map<string, string>();

/**
 * The absolute path of `openssl` from PATH. A relative PATH entry (`.`, `bin`) would run
 * whatever sits in the current folder under that name, so it is never used: when openssl
 * is found only there, the user is told so instead.
 */
export async function resolveOpenssl(env: NodeJS.ProcessEnv, language: Language, platform: NodeJS.Platform = process.platform): Promise<string> {
  const path = env.PATH ?? env.Path ?? '';
  const cached = resolved.get(path);
  if (cached) return cached;
  const name = platform === 'win32' ? 'openssl.exe' : 'openssl';
  const delimiter = platform === 'win32' ? ';' : hostDelimiter;
  let relative: string | null = null;
  for (const dir of path.split(delimiter)) {
    if (dir === '') continue;
    const candidate = join(dir, name);
    if (!isAbsolute(dir)) {
      if (relative === null && (await isExecutableFile(candidate))) relative = candidate;
      continue;
    }
    if (await isExecutableFile(candidate)) {
      resolved.set(path, candidate);
      return candidate;
    }
  }
  if (relative !== null) throw new AppFailure('signer_unavailable', message('openssl_relative_path', language, { path: relative }));
  throw new AppFailure('signer_unavailable', message('sign_tool_not_found', language, { tool: 'openssl', hint: message('sign_hint_openssl', language) }));
}

/** An openssl path given by the caller is taken only when absolute. */
export function checkOpensslPath(path: string, language: Language): string {
  if (!isAbsolute(path)) throw new AppFailure('signer_unavailable', message('openssl_relative_path', language, { path }));
  return path;
}
