import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(fileURLToPath(new URL('../../..', import.meta.url)));
export const RENDERER_DIR = join(ROOT, 'out', 'renderer');
export const RENDERER_INDEX = join(RENDERER_DIR, 'index.html');
export const SCREENSHOT_DIR = join(ROOT, 'test-results', 'screenshots');
