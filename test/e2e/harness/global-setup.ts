import { existsSync } from 'node:fs';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FullConfig } from '@playwright/test';
import { findBrowser } from '../../tools/find-browser.mjs';
import { RENDERER_DIR, RENDERER_INDEX } from './paths';

/**
 * Says which browser runs the tests, refuses to start against a missing build, and
 * serves a private copy of the built renderer: a rebuild of out/ during the run (another
 * terminal, an editor's watcher) must not pull the files from under the tests.
 */
export default async function globalSetup(_config: FullConfig): Promise<() => Promise<void>> {
  console.log(`E2E browser: ${findBrowser().description}`);
  if (!existsSync(RENDERER_INDEX)) {
    throw new Error(`The built renderer is missing (${RENDERER_INDEX}). Build first: npm run build (or run npm test, which builds).`);
  }
  const copy = await mkdtemp(join(tmpdir(), 'token-assistant-renderer-'));
  await cp(RENDERER_DIR, copy, { recursive: true });
  // Workers inherit the environment the global setup leaves behind.
  process.env.E2E_RENDERER_DIR = copy;
  return async () => {
    await rm(copy, { recursive: true, force: true });
  };
}
