import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { renderPng, trayFiles, TRAY_STATES } from '../../../build/scripts/icons.mjs';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const source = readFileSync(join(ROOT, 'build', 'tray.svg'), 'utf8');

describe('tray icons come from build/tray.svg', () => {
  const rendered = trayFiles(source);

  it('the committed files are what `npm run icons` makes now (run it after editing the SVG)', () => {
    for (const [name, png] of rendered) {
      expect(readFileSync(join(ROOT, 'renderer', 'public', 'tray', name)).equals(png), `renderer/public/tray/${name} is stale`).toBe(true);
    }
  });

  it('the window and notification icon is build/icon.svg at 256 px', () => {
    const expected = renderPng(readFileSync(join(ROOT, 'build', 'icon.svg')), 256);
    expect(readFileSync(join(ROOT, 'renderer', 'public', 'app-icon.png')).equals(expected), 'renderer/public/app-icon.png is stale').toBe(true);
  });

  it('every state looks different, in colour and as a macOS template', () => {
    const states = Object.keys(TRAY_STATES);
    for (const suffix of ['.png', 'Template.png']) {
      const images = new Set(states.map((state) => rendered.get(`${state}${suffix}`)?.toString('base64')));
      expect(images.size).toBe(states.length);
    }
  });
});
