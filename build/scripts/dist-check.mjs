// `npm run dist:check`: packs the app as the installers would (electron-builder --dir, Linux x64)
// against a stand-in Electron directory, because the real binary cannot be downloaded here, then
// reads app.asar and fails on anything an installer must not ship or must not miss.
// Fuses are left out (the stand-in has none); the CI smoke test reads them from a real build.
// Prints one line: `dist:check: N files, X MiB in app.asar (budget Y MiB)`.
import { mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { listPackage, statFile } from '@electron/asar';
import { build, Platform, Arch } from 'electron-builder';

const root = fileURLToPath(new URL('../..', import.meta.url));
const work = join(root, '.tmp', 'dist-check');

/**
 * The budget for app.asar. In December 2026 it holds about 5.5 MiB in about 1,000 files: the built
 * app (~1.5 MiB: main, CLI, preload, the minified renderer with its lazy chunks, the icons) and the
 * runtime dependencies (@peculiar/x509 with tsyringe and the asn1 packages, conf with ajv, ical.js,
 * sax, electron-updater with semver and js-yaml). 15 MiB leaves room to double the dependencies, and
 * still fails when something large slips in by mistake: a renderer that is no longer minified and
 * split, a dev dependency moved to `dependencies` (React, zod sources, vite, a test fixture set),
 * or a second copy of the app under another folder. Raise it on purpose, in the commit that needs it.
 */
export const SIZE_BUDGET_BYTES = 15 * 1024 * 1024;

/** What the app cannot start without: main, CLI, preload, renderer entry, tray icons (one per state). */
export const REQUIRED = [
  '/package.json',
  '/out/main/index.js',
  '/out/main/cli.js',
  '/out/preload/index.cjs',
  '/out/renderer/index.html',
  '/out/renderer/app-icon.png',
  ...['none', 'ok', 'soon', 'expired'].flatMap((state) => [`/out/renderer/tray/${state}.png`, `/out/renderer/tray/${state}@2x.png`, `/out/renderer/tray/${state}Template.png`]),
];

/** Files an installer must never carry: our tests and sources, source maps, and anything that looks like a secret. */
export function forbiddenReason(path) {
  const ours = !path.includes('/node_modules/');
  const name = path.slice(path.lastIndexOf('/') + 1).toLowerCase();
  if (/\.(pem|key|p12|pfx|tavault)$/.test(name) || name === '.env' || name.startsWith('.env.') || name === '.npmrc') return 'a secret-looking file';
  if (name.endsWith('.map')) return 'a source map';
  if (ours && /^\/(test|electron|shared|renderer|build|docs|\.github)\//.test(path)) return 'a source or test folder';
  if (ours && /\.(ts|tsx|mts|cts)$/.test(name) && !name.endsWith('.d.ts')) return 'a TypeScript source';
  if (/\.(test|spec)\.[cm]?[jt]sx?$/.test(name)) return 'a test file';
  return null;
}

/** An empty Electron distribution: the files electron-builder copies and renames for Linux. */
function standInElectron(dir) {
  mkdirSync(join(dir, 'resources'), { recursive: true });
  writeFileSync(join(dir, 'electron'), '#!/bin/sh\necho "stand-in Electron for dist:check"\n', { mode: 0o755 });
  writeFileSync(join(dir, 'LICENSE'), 'stand-in\n');
  writeFileSync(join(dir, 'version'), 'stand-in\n');
}

export function checkAsar(asarPath) {
  const entries = listPackage(asarPath, { isPack: false }).map((path) => path.replaceAll('\\', '/'));
  // listPackage names folders too; only files count and are judged.
  const files = entries.filter((path) => {
    const entry = statFile(asarPath, path.slice(1), false);
    return entry !== undefined && 'size' in entry;
  });
  const problems = [];
  for (const required of REQUIRED) if (!files.includes(required)) problems.push(`missing ${required}`);
  for (const path of files) {
    const reason = forbiddenReason(path);
    if (reason) problems.push(`${path}: ${reason}`);
  }
  const size = statSync(asarPath).size;
  if (size > SIZE_BUDGET_BYTES) problems.push(`app.asar is ${mib(size)} MiB, over the budget of ${mib(SIZE_BUDGET_BYTES)} MiB`);
  return { problems, fileCount: files.length, size };
}

/** Holds back what is written to stdout and stderr until restore(); prints it only if asked to. */
function silence() {
  const held = [];
  const writes = { out: process.stdout.write, err: process.stderr.write };
  const hold = (chunk, encoding, callback) => {
    held.push(String(chunk));
    if (typeof encoding === 'function') encoding();
    else if (typeof callback === 'function') callback();
    return true;
  };
  process.stdout.write = hold;
  process.stderr.write = hold;
  return {
    restore(show) {
      process.stdout.write = writes.out;
      process.stderr.write = writes.err;
      if (show) process.stderr.write(held.join(''));
    },
  };
}

const mib = (bytes) => (bytes / 1024 / 1024).toFixed(1);

async function main() {
  rmSync(work, { recursive: true, force: true });
  const electronDist = join(work, 'electron');
  standInElectron(electronDist);
  const output = join(work, 'out');
  // electron-builder's own progress goes to a buffer, shown only when packing fails.
  const quiet = silence();
  try {
    await build({
      projectDir: root,
      targets: Platform.LINUX.createTarget('dir', Arch.x64),
      publish: 'never',
      config: {
        electronDist,
        electronFuses: null,
        npmRebuild: false,
        beforePack: null,
        directories: { output, buildResources: 'build' },
      },
    });
  } catch (error) {
    quiet.restore(true);
    throw error;
  }
  quiet.restore(false);
  const asarPath = join(output, 'linux-unpacked', 'resources', 'app.asar');
  const { problems, fileCount, size } = checkAsar(asarPath);
  for (const problem of problems) console.error(`dist:check: ${problem}`);
  console.log(`dist:check: ${fileCount} files, ${mib(size)} MiB in app.asar (budget ${mib(SIZE_BUDGET_BYTES)} MiB)${problems.length ? `, ${problems.length} problem(s)` : ''}`);
  if (problems.length) process.exitCode = 1;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((error) => {
    console.error(`dist:check: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  });
}
