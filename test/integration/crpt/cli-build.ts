/**
 * Builds electron/cli.ts the way the app's build does (one ESM entry, lazy
 * chunks split off) into a temporary folder, so the CLI tests run the real
 * command without needing `npm run build` first.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('../../..', import.meta.url));

export interface BuiltCli {
  file: string;
  cleanup(): Promise<void>;
}

export async function buildCli(): Promise<BuiltCli> {
  const dir = await mkdtemp(join(tmpdir(), 'ta-cli-'));
  await build({
    entryPoints: { cli: join(root, 'electron/cli.ts') },
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    outdir: dir,
    logLevel: 'warning',
    // A CommonJS dependency bundled into ESM may call require(): give it one.
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  });
  return { file: join(dir, 'cli.js'), cleanup: () => rm(dir, { recursive: true, force: true }) };
}
