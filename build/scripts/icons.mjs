// `npm run icons`: every icon from two SVG sources, so that a new design is one edit.
//   build/icon.svg → build/icons/png/{size}x{size}.png (16–1024, Linux), icon.ico (Windows), icon.icns (macOS)
//   build/tray.svg → renderer/public/tray/{state}.png + @2x (16/32 px, coloured: Windows, Linux)
//                    and {state}Template.png + @2x (black with the sign cut out: macOS menu bar)
//                    and renderer/public/app-icon.png (256 px: window and notification icon).
// build/icons/ is generated at build time (`npm run dist` runs this first) and not committed;
// the tray files are committed, because the renderer build and the tests need them without this
// step; test/unit/build/icons.test.ts fails when they no longer match build/tray.svg.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';
import png2icons from 'png2icons';

const root = fileURLToPath(new URL('../..', import.meta.url));

export const APP_ICON_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024];
/** The tray's states, as shared/reminders/tray-model.ts names them (model.worst). */
export const TRAY_STATES = { none: '#6b7280', ok: '#1f9d55', soon: '#d98a00', expired: '#d64545' };

/** A PNG of an SVG at a given width (resvg: no browser, same pixels on every system). */
export function renderPng(svg, width) {
  return new Resvg(svg, { fitTo: { mode: 'width', value: width }, font: { loadSystemFonts: false } }).render().asPng();
}

/** The tray SVG for one state: the state's sign cut out, in its colour or in black for a macOS template. */
export function traySvg(source, state, template) {
  const colour = template ? '#000000' : TRAY_STATES[state];
  return source.replace('mask="url(#glyph-none)"', `mask="url(#glyph-${state})"`).replace('color="#6b7280"', `color="${colour}"`);
}

/** Every tray file name → its PNG bytes. */
export function trayFiles(source) {
  const files = new Map();
  for (const state of Object.keys(TRAY_STATES)) {
    for (const template of [false, true]) {
      const name = `${state}${template ? 'Template' : ''}`;
      files.set(`${name}.png`, renderPng(traySvg(source, state, template), 16));
      files.set(`${name}@2x.png`, renderPng(traySvg(source, state, template), 32));
    }
  }
  return files;
}

function writeAppIcons() {
  const svg = readFileSync(join(root, 'build', 'icon.svg'));
  const pngDir = join(root, 'build', 'icons', 'png');
  mkdirSync(pngDir, { recursive: true });
  for (const size of APP_ICON_SIZES) writeFileSync(join(pngDir, `${size}x${size}.png`), renderPng(svg, size));
  const master = renderPng(svg, 1024);
  const ico = png2icons.createICO(master, png2icons.BICUBIC2, 0, false, true);
  const icns = png2icons.createICNS(master, png2icons.BICUBIC2, 0);
  if (!ico || !icns) throw new Error('png2icons could not make icon.ico or icon.icns from build/icon.svg');
  writeFileSync(join(root, 'build', 'icons', 'icon.ico'), ico);
  writeFileSync(join(root, 'build', 'icons', 'icon.icns'), icns);
  writeFileSync(join(root, 'renderer', 'public', 'app-icon.png'), renderPng(svg, 256));
}

function writeTrayIcons() {
  const dir = join(root, 'renderer', 'public', 'tray');
  mkdirSync(dir, { recursive: true });
  for (const [name, png] of trayFiles(readFileSync(join(root, 'build', 'tray.svg'), 'utf8'))) writeFileSync(join(dir, name), png);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeAppIcons();
  writeTrayIcons();
  console.log(`Icons: ${APP_ICON_SIZES.length} PNG sizes, icon.ico, icon.icns in build/icons; ${Object.keys(TRAY_STATES).length * 4} tray images in renderer/public/tray.`);
}
