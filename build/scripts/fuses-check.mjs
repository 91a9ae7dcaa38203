// Reads the Electron fuses back from the packaged app (`electron-builder --dir` output in dist/) and
// compares them with `electronFuses` in electron-builder.yml: a fuse that did not flip would leave a
// way to run arbitrary code through the app (ELECTRON_RUN_AS_NODE, --inspect, NODE_OPTIONS …).
// Runs in CI where the real Electron binary exists; prints one line per fuse and fails on a mismatch.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import yaml from 'js-yaml';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** A fuse's byte in the wire: ASCII '1' on, '0' off (@electron/fuses keeps FuseState internal). */
const ON = 0x31;
const OFF = 0x30;

/** electron-builder's camelCase key for a fuse: `RunAsNode` → `runAsNode`. */
export const configKeyOf = (fuseName) => fuseName.charAt(0).toLowerCase() + fuseName.slice(1);

/** The fuses electron-builder.yml asks for, as { fuseName: boolean }; throws when the section is missing or unknown. */
export function wantedFuses(builderConfig) {
  const section = builderConfig?.electronFuses;
  if (!section || typeof section !== 'object') throw new Error('electron-builder.yml has no electronFuses section.');
  const known = new Map(
    Object.keys(FuseV1Options)
      .filter((name) => Number.isNaN(Number(name)))
      .map((name) => [configKeyOf(name), name]),
  );
  const wanted = {};
  for (const [key, value] of Object.entries(section)) {
    const fuse = known.get(key);
    if (!fuse) throw new Error(`electronFuses.${key} is not a fuse this @electron/fuses knows.`);
    if (typeof value !== 'boolean') throw new Error(`electronFuses.${key} must be true or false.`);
    wanted[fuse] = value;
  }
  return wanted;
}

/** Lines describing each fuse and whether it is as wanted; `ok` false on any mismatch. */
export function compareFuses(wanted, wire) {
  const lines = [];
  let ok = true;
  for (const [fuse, enabled] of Object.entries(wanted)) {
    const state = wire[FuseV1Options[fuse]];
    const actual = state === ON ? true : state === OFF ? false : null;
    const good = actual === enabled;
    ok &&= good;
    lines.push(`${good ? 'ok  ' : 'FAIL'} ${fuse}: wanted ${enabled ? 'on' : 'off'}, found ${actual === null ? 'absent' : actual ? 'on' : 'off'}`);
  }
  return { ok, lines };
}

/** The packaged executable (or .app) electron-builder --dir left in dist/ for this system. */
export function packagedApp(distDir, platform = process.platform) {
  if (platform === 'win32') return join(distDir, 'win-unpacked', 'token-assistant.exe');
  if (platform === 'linux') return join(distDir, 'linux-unpacked', 'token-assistant');
  const macDir = readdirSync(distDir).find((name) => name === 'mac' || name.startsWith('mac-'));
  const app = macDir ? readdirSync(join(distDir, macDir)).find((name) => name.endsWith('.app')) : undefined;
  return macDir && app ? join(distDir, macDir, app) : join(distDir, 'mac', 'missing.app');
}

async function main() {
  const config = yaml.load(readFileSync(join(root, 'electron-builder.yml'), 'utf8'));
  const app = packagedApp(join(root, 'dist'));
  if (!existsSync(app)) {
    console.error(`fuses-check: no packaged app at ${app}; run \`npx electron-builder --dir --publish never\` first.`);
    process.exit(1);
  }
  const { ok, lines } = compareFuses(wantedFuses(config), await getCurrentFuseWire(app));
  for (const line of lines) console.log(`fuses-check: ${line}`);
  console.log(`fuses-check: ${ok ? 'every fuse as electron-builder.yml says' : 'MISMATCH'} (${app})`);
  process.exit(ok ? 0 : 1);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
