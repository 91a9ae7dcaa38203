// `npm run bench`: bundles each test/bench/*.bench.ts with esbuild (TypeScript,
// our ESM imports; npm packages stay external and load from node_modules) into
// a temporary directory, then runs it with node, one after the other. A bench
// prints a readable table and one JSON line with its figures. Exits non-zero if any bench failed.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('../..', import.meta.url));
const benchDir = join(root, 'test', 'bench');
const only = process.argv.slice(2);
const benches = readdirSync(benchDir)
  .filter((name) => name.endsWith('.bench.ts'))
  .filter((name) => only.length === 0 || only.some((wanted) => name.includes(wanted)))
  .sort();

if (benches.length === 0) {
  console.error(`No bench in ${benchDir}${only.length ? ` matching ${only.join(', ')}` : ''}.`);
  process.exit(1);
}

// A temporary directory inside node_modules/.cache, not the OS temp dir: Node resolves the
// bundles' external packages from where the bundle lies, so it must sit under the project.
const cacheDir = join(root, 'node_modules', '.cache');
mkdirSync(cacheDir, { recursive: true });
const outdir = mkdtempSync(join(cacheDir, 'bench-'));
let failed = 0;
try {
  await build({
    entryPoints: benches.map((name) => join(benchDir, name)),
    outdir,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    outExtension: { '.js': '.mjs' },
    sourcemap: 'inline',
    logLevel: 'warning',
  });
  for (const name of benches) {
    const file = join(outdir, `${basename(name, '.ts')}.mjs`);
    console.log(`\n===== ${name} =====\n`);
    // --preserve-symlinks-main: where node_modules is a symlink (a git worktree sharing another's), the bundle
    // still finds this checkout (its out/renderer, its data) rather than the one the link points to.
    const child = spawnSync(process.execPath, ['--enable-source-maps', '--preserve-symlinks-main', file], { cwd: root, stdio: 'inherit' });
    if (child.error || child.status !== 0) {
      failed += 1;
      console.error(`${name} failed (${child.error?.message ?? `exit code ${child.status ?? child.signal}`})`);
    }
  }
} finally {
  rmSync(outdir, { recursive: true, force: true });
}
process.exit(failed > 0 ? 1 : 0);
