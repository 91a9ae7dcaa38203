import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * electron-vite leaves the packages in `dependencies` as imports of out/main (they
 * ship in the app's node_modules) and bundles everything else. So: whatever the
 * main process, the core and the CLI import must be in `dependencies` (or be
 * bundled on purpose), and nothing the renderer alone uses may be there, or it
 * would ship twice, once bundled and once as a loose package.
 */
const root = new URL('../../..', import.meta.url).pathname;
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};
/** Bundled into out/main on purpose (see electron.vite.config.ts); `electron` is the runtime itself. */
const BUNDLED_INTO_MAIN = new Set(['zod']);
const PROVIDED = new Set(['electron']);

function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** Bare package names a file imports at run time (type-only imports vanish from the bundle). */
function packagesImported(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  const names: string[] = [];
  for (const match of source.matchAll(/^\s*import\s+(?!type\s)(?:[^'"]*?\sfrom\s+)?['"]([^'"]+)['"]/gm)) {
    const specifier = match[1] ?? '';
    if (specifier.startsWith('.') || specifier.startsWith('node:')) continue;
    const parts = specifier.split('/');
    names.push(specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? specifier));
  }
  return names;
}

const mainPackages = new Set([...sourceFiles('electron'), ...sourceFiles('shared')].flatMap(packagesImported));
const rendererPackages = new Set(sourceFiles('renderer').flatMap(packagesImported));

describe('runtime dependencies are exactly what the main process loads', () => {
  it('every package the main process, the core or the CLI imports is in dependencies (or bundled on purpose)', () => {
    const missing = [...mainPackages].filter((name) => !PROVIDED.has(name) && !BUNDLED_INTO_MAIN.has(name) && !(name in manifest.dependencies));
    expect(missing).toEqual([]);
  });

  it('no package in dependencies is one only the renderer uses', () => {
    const rendererOnly = Object.keys(manifest.dependencies).filter((name) => rendererPackages.has(name) && !mainPackages.has(name));
    expect(rendererOnly).toEqual([]);
    expect(Object.keys(manifest.dependencies).filter((name) => !mainPackages.has(name))).toEqual([]);
  });

  it("the renderer's packages are there for the bundle, as devDependencies", () => {
    for (const name of ['react', 'react-dom', 'react-i18next', 'i18next', 'zustand']) expect(manifest.devDependencies).toHaveProperty(name);
  });
});
