// Finds the Chromium the end-to-end tests drive, and says in one line which one it is.
// Order: $CHROMIUM_PATH, the system's Chromium or Chrome, then Playwright's own download.
// `playwright install` cannot download anything on machines without internet access, so a
// system Chromium (apt-get install chromium) is the normal case here and in CI.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);

/** Always passed to the browser: no sandbox (CI runs as root), no GPU, no phoning home. */
export const BROWSER_ARGS = Object.freeze(['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']);

const SYSTEM_BROWSERS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

function versionOf(executablePath) {
  try {
    // Debian's /usr/bin/chromium is a shell wrapper that may chatter on stderr; the version is on stdout.
    const out = execFileSync(executablePath, ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      timeout: 15_000,
    });
    return out.trim().split('\n').pop() || 'version unknown';
  } catch {
    return 'version unknown';
  }
}

function playwrightDownload() {
  try {
    const { chromium } = require('playwright-core');
    const candidate = chromium.executablePath();
    return candidate && existsSync(candidate) ? candidate : null;
  } catch {
    return null;
  }
}

export const NO_BROWSER_HELP = [
  'No Chromium found for the end-to-end tests.',
  'Install one of:',
  '  - the system package:   apt-get install chromium        (Debian/Ubuntu; this is what CI uses)',
  "  - Playwright's build:   npx playwright install chromium  (only where the network allows the download)",
  'or point CHROMIUM_PATH at a Chromium/Chrome executable.',
].join('\n');

/**
 * Returns { executablePath, source, version, description }; throws with instructions when none exists.
 * The result is cached in the environment so that Playwright's workers (which re-read the config)
 * do not start the browser again just to ask its version.
 */
export function findBrowser(env = process.env) {
  if (env.E2E_BROWSER_PATH && env.E2E_BROWSER_DESCRIPTION && existsSync(env.E2E_BROWSER_PATH)) {
    return {
      executablePath: env.E2E_BROWSER_PATH,
      description: env.E2E_BROWSER_DESCRIPTION,
    };
  }
  let found = null;
  if (env.CHROMIUM_PATH) {
    if (!existsSync(env.CHROMIUM_PATH)) {
      throw new Error(`CHROMIUM_PATH is set to ${env.CHROMIUM_PATH}, but no such file exists.\n${NO_BROWSER_HELP}`);
    }
    found = { executablePath: env.CHROMIUM_PATH, source: 'CHROMIUM_PATH' };
  }
  found ??= SYSTEM_BROWSERS.filter((path) => existsSync(path)).map((path) => ({ executablePath: path, source: 'system Chromium' }))[0] ?? null;
  if (!found) {
    const downloaded = playwrightDownload();
    if (downloaded) found = { executablePath: downloaded, source: "Playwright's Chromium" };
  }
  if (!found) throw new Error(NO_BROWSER_HELP);
  const version = versionOf(found.executablePath);
  const description = `${found.source} ${found.executablePath} (${version})`;
  env.E2E_BROWSER_PATH = found.executablePath;
  env.E2E_BROWSER_DESCRIPTION = description;
  return { ...found, version, description };
}

// `node test/tools/find-browser.mjs` prints the line, or the help and exit code 1.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    console.log(`E2E browser: ${findBrowser().description}`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
