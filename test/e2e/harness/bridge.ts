import { build } from 'esbuild';
import { join } from 'node:path';
import { ROOT } from './paths';

let bundled: Promise<string> | undefined;

/** The page-side bridge as one IIFE script, bundled once per worker. */
export function bridgeScript(): Promise<string> {
  bundled ??= build({
    entryPoints: [join(ROOT, 'test', 'e2e', 'harness', 'bridge-entry.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  }).then((result) => {
    const file = result.outputFiles[0];
    if (!file) throw new Error('esbuild produced no bridge bundle');
    return file.text;
  });
  return bundled;
}
