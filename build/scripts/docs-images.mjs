// `npm run docs:images`: copies the screenshots the accountants' guide shows from the last
// end-to-end run (test-results/screenshots/, written by the specs' saveScreenshot) into
// docs/ru/img/, so the pictures stay those of the current app. The guide itself is the list:
// every `img/<name>.png` it references must have been saved by the run, or this fails and
// names what is missing (run the specs that save them: `npx playwright test <spec>`).
// Pictures in docs/ru/img/ the guide no longer references are removed.
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** The guide needs at least this many pictures (issue #14). */
export const MIN_IMAGES = 10;

/** The picture names (without .png) a Markdown text references as img/<name>.png, in order, once each. */
export function imagesOfGuide(markdown) {
  const names = [...markdown.matchAll(/\]\(img\/([a-z0-9-]+)\.png\)/g)].map((match) => match[1]);
  return [...new Set(names)];
}

/** Copies each named screenshot; returns the names that were missing (nothing is copied then). */
export function copyImages({ from, to, names }) {
  const missing = names.filter((name) => !existsSync(join(from, `${name}.png`)));
  if (missing.length > 0) return { missing, copied: [], removed: [] };
  mkdirSync(to, { recursive: true });
  for (const name of names) copyFileSync(join(from, `${name}.png`), join(to, `${name}.png`));
  const removed = readdirSync(to).filter((file) => file.endsWith('.png') && !names.includes(file.slice(0, -4)));
  for (const file of removed) rmSync(join(to, file));
  return { missing, copied: names, removed };
}

function main() {
  const guide = join(root, 'docs', 'ru', 'README.md');
  const names = imagesOfGuide(readFileSync(guide, 'utf8'));
  if (names.length < MIN_IMAGES) {
    console.error(`docs:images: the guide references ${names.length} pictures, fewer than ${MIN_IMAGES}`);
    process.exit(1);
  }
  const result = copyImages({ from: join(root, 'test-results', 'screenshots'), to: join(root, 'docs', 'ru', 'img'), names });
  if (result.missing.length > 0) {
    console.error(`docs:images: not in test-results/screenshots/ (run the end-to-end specs that save them): ${result.missing.join(', ')}`);
    process.exit(1);
  }
  console.log(`docs:images: ${result.copied.length} pictures copied to docs/ru/img/${result.removed.length > 0 ? `, ${result.removed.length} no longer referenced removed` : ''}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
