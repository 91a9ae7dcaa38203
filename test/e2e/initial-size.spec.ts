import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { RENDERER_DIR, RENDERER_INDEX } from './harness/paths';

/**
 * What the built renderer loads at start (index.html's module script and module preloads), gzip -9:
 * the dashboard only, the other screens and texts come on demand (issue #12). A size, not a timing.
 * Issue #12's goal: 120 KiB (the build is at about 118.5; react-dom alone is 64). A screen's texts that
 * only it uses go in a `*-screens.ts` text file (renderer/src/i18n-screens.ts), never in the start's.
 */
const INITIAL_JS_GZIP_KIB_LIMIT = 120;

test('the start loads only the dashboard: initial JavaScript within its size budget', () => {
  const html = readFileSync(RENDERER_INDEX, 'utf8');
  const files = [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="([^"]+\.js)"/g)].map((match) => match[1] as string);
  expect(files.length).toBeGreaterThan(0);
  const gzipKib = files.reduce((sum, file) => sum + gzipSync(readFileSync(join(RENDERER_DIR, file)), { level: 9 }).length, 0) / 1024;
  expect(gzipKib, `initial JavaScript ${gzipKib.toFixed(1)} KiB gzip -9 (${files.join(', ')})`).toBeLessThanOrEqual(INITIAL_JS_GZIP_KIB_LIMIT);
});
