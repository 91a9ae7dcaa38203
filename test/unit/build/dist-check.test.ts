import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createPackage } from '@electron/asar';
import { checkAsar, forbiddenReason, REQUIRED } from '../../../build/scripts/dist-check.mjs';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A real app.asar made by @electron/asar from the given files. */
async function asarOf(files: Record<string, string>): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'dist-check-'));
  dirs.push(dir);
  for (const [path, body] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, 'app', path)), { recursive: true });
    writeFileSync(join(dir, 'app', path), body);
  }
  await createPackage(join(dir, 'app'), join(dir, 'app.asar'));
  return join(dir, 'app.asar');
}

const complete = Object.fromEntries(REQUIRED.map((path) => [path.slice(1), 'x']));

describe('dist:check reads app.asar as an installer would ship it', () => {
  it('passes a complete app and counts its files', async () => {
    const result = checkAsar(await asarOf(complete));
    expect(result.problems).toEqual([]);
    expect(result.fileCount).toBe(REQUIRED.length);
  });

  it('fails when the preload or a tray icon is missing', async () => {
    const { 'out/preload/index.cjs': _preload, 'out/renderer/tray/expired.png': _icon, ...rest } = complete;
    expect(checkAsar(await asarOf(rest)).problems).toEqual(['missing /out/preload/index.cjs', 'missing /out/renderer/tray/expired.png']);
  });

  it('fails on a key, a vault, an .env, a map, a test and a TypeScript source', async () => {
    const leaked = {
      'out/main/signing.pem': 'x',
      'out/main/backup.tavault': 'x',
      '.env': 'x',
      'out/main/index.js.map': 'x',
      'test/unit/vault.test.ts': 'x',
      'electron/main/index.ts': 'x',
    };
    const problems = checkAsar(await asarOf({ ...complete, ...leaked })).problems;
    expect(problems).toHaveLength(Object.keys(leaked).length);
  });

  it('lets dependencies keep their JavaScript and type declarations', () => {
    expect(forbiddenReason('/node_modules/sax/lib/sax.js')).toBeNull();
    expect(forbiddenReason('/out/renderer/assets/index-abc.js')).toBeNull();
    expect(forbiddenReason('/node_modules/conf/dist/source/index.d.ts')).toBeNull();
    expect(forbiddenReason('/node_modules/x/server.key')).toBe('a secret-looking file');
  });
});
