import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MIN_IMAGES, copyImages, imagesOfGuide } from '../../../build/scripts/docs-images.mjs';

const root = new URL('../../..', import.meta.url).pathname;
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function scratch(): { from: string; to: string } {
  const dir = mkdtempSync(join(tmpdir(), 'docs-images-'));
  dirs.push(dir);
  mkdirSync(join(dir, 'screenshots'));
  return { from: join(dir, 'screenshots'), to: join(dir, 'img') };
}

describe("docs:images keeps the guide's pictures those of the last end-to-end run", () => {
  it('takes the list from the guide itself', () => {
    expect(imagesOfGuide('![a](img/dashboard-empty.png) text ![b](img/new-token.png) ![a again](img/dashboard-empty.png) ![x](other/y.png)')).toEqual([
      'dashboard-empty',
      'new-token',
    ]);
  });

  it('copies every picture the guide names, and removes the ones it no longer names', () => {
    const { from, to } = scratch();
    writeFileSync(join(from, 'a.png'), 'A');
    writeFileSync(join(from, 'b.png'), 'B');
    mkdirSync(to);
    writeFileSync(join(to, 'old.png'), 'old');
    expect(copyImages({ from, to, names: ['a', 'b'] })).toEqual({ missing: [], copied: ['a', 'b'], removed: ['old.png'] });
    expect(readdirSync(to).sort()).toEqual(['a.png', 'b.png']);
    expect(readFileSync(join(to, 'b.png'), 'utf8')).toBe('B');
  });

  it('fails naming each missing screenshot, and then copies nothing', () => {
    const { from, to } = scratch();
    writeFileSync(join(from, 'a.png'), 'A');
    expect(copyImages({ from, to, names: ['a', 'missing-one'] })).toMatchObject({ missing: ['missing-one'], copied: [] });
    expect(existsSync(to)).toBe(false);
  });

  it('the guide shows at least ten pictures, each committed in docs/ru/img/', () => {
    const names = imagesOfGuide(readFileSync(join(root, 'docs/ru/README.md'), 'utf8'));
    expect(names.length).toBeGreaterThanOrEqual(MIN_IMAGES);
    for (const name of names) expect(existsSync(join(root, 'docs/ru/img', `${name}.png`)), `docs/ru/img/${name}.png`).toBe(true);
  });
});
