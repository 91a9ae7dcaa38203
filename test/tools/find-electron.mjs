// Where the Electron binary is, without triggering a download.
// `require('electron')` is not safe for this: when the binary is missing (installs made with
// ELECTRON_SKIP_BINARY_DOWNLOAD=1), the package's index.js tries to download it on the spot,
// which hangs or fails on machines without internet access. So read what index.js would read.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/** Returns the absolute path of the Electron executable, or null when it is not installed. */
export function findElectron(env = process.env) {
  let packageDir;
  try {
    packageDir = dirname(require.resolve('electron/package.json'));
  } catch {
    return null;
  }
  const pathFile = join(packageDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  if (env.ELECTRON_OVERRIDE_DIST_PATH) {
    const candidate = join(env.ELECTRON_OVERRIDE_DIST_PATH, relative || 'electron');
    return existsSync(candidate) ? candidate : null;
  }
  if (!relative) return null;
  const candidate = join(packageDir, 'dist', relative);
  return existsSync(candidate) ? candidate : null;
}

export const ELECTRON_MISSING_REASON = 'Electron binary is not installed (ELECTRON_SKIP_BINARY_DOWNLOAD): Electron smoke test skipped; it runs wherever the binary exists';

export const ELECTRON_MISSING_HELP = [
  'Программа Electron не установлена: зависимости ставились с ELECTRON_SKIP_BINARY_DOWNLOAD=1.',
  'Чтобы запустить приложение, скачайте Electron (нужен доступ в интернет) одной из команд:',
  '    node node_modules/electron/install.js',
  '    unset ELECTRON_SKIP_BINARY_DOWNLOAD && npm ci      (переустановка всех зависимостей)',
  '',
  'The Electron binary is not installed: dependencies were installed with ELECTRON_SKIP_BINARY_DOWNLOAD=1.',
  'To run the app, download Electron (needs internet access) with either of:',
  '    node node_modules/electron/install.js',
  '    unset ELECTRON_SKIP_BINARY_DOWNLOAD && npm ci      (reinstalls every dependency)',
].join('\n');
