import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { flipFuses, FuseV1Options, FuseVersion, getCurrentFuseWire } from '@electron/fuses';
import yaml from 'js-yaml';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { compareFuses, wantedFuses } from '../../../build/scripts/fuses-check.mjs';

const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
/** Electron's own defaults, as a fresh binary carries them: run as node on, --inspect on, NODE_OPTIONS on … */
const ELECTRON_DEFAULT_WIRE = '10110001' + '0';

let dir: string;
let binary: string;

/** A stand-in binary with Electron's fuse wire in it: the sentinel, version 1, the length, one byte per fuse. */
async function writeBinary(wire: string): Promise<void> {
  const bytes = Buffer.concat([Buffer.alloc(64, 0xcc), Buffer.from(SENTINEL, 'ascii'), Buffer.from([1, wire.length]), Buffer.from(wire, 'ascii'), Buffer.alloc(64, 0xcc)]);
  await writeFile(binary, bytes);
}

async function builderFuses(): Promise<Record<string, boolean>> {
  return wantedFuses(yaml.load(await readFile(join(process.cwd(), 'electron-builder.yml'), 'utf8')));
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'fuses-check-'));
  binary = join(dir, 'electron');
});
afterEach(async () => rm(dir, { recursive: true, force: true }));

describe('the fuse check reads back what electron-builder.yml asks for', () => {
  it('the config closes every way to run code through the app', async () => {
    expect(await builderFuses()).toMatchObject({
      RunAsNode: false,
      EnableNodeOptionsEnvironmentVariable: false,
      EnableNodeCliInspectArguments: false,
      EnableEmbeddedAsarIntegrityValidation: true,
      OnlyLoadAppFromAsar: true,
      GrantFileProtocolExtraPrivileges: false,
    });
  });

  it('a binary flipped as configured passes; one line per fuse', async () => {
    const wanted = await builderFuses();
    await writeBinary(ELECTRON_DEFAULT_WIRE);
    const config = Object.fromEntries(Object.entries(wanted).map(([name, on]) => [FuseV1Options[name as keyof typeof FuseV1Options], on]));
    await flipFuses(binary, { version: FuseVersion.V1, ...config });
    const { ok, lines } = compareFuses(wanted, await getCurrentFuseWire(binary));
    expect(ok).toBe(true);
    expect(lines).toHaveLength(Object.keys(wanted).length);
    expect(lines.every((line) => line.startsWith('ok'))).toBe(true);
  });

  it('an unflipped binary fails, naming the fuses that are still open', async () => {
    await writeBinary(ELECTRON_DEFAULT_WIRE);
    const { ok, lines } = compareFuses(await builderFuses(), await getCurrentFuseWire(binary));
    expect(ok).toBe(false);
    expect(lines).toContain('FAIL RunAsNode: wanted off, found on');
    expect(lines).toContain('FAIL EnableNodeCliInspectArguments: wanted off, found on');
  });

  it('a fuse missing from an older binary counts as a failure, not as a pass', async () => {
    await writeBinary('0010');
    const { ok, lines } = compareFuses(await builderFuses(), await getCurrentFuseWire(binary));
    expect(ok).toBe(false);
    expect(lines).toContain('FAIL OnlyLoadAppFromAsar: wanted on, found absent');
  });

  it('a misspelt or non-boolean fuse in the config is refused', () => {
    expect(() => wantedFuses({ electronFuses: { runAsNod: false } })).toThrow(/runAsNod/);
    expect(() => wantedFuses({ electronFuses: { runAsNode: 'no' } })).toThrow(/true or false/);
    expect(() => wantedFuses({})).toThrow(/electronFuses/);
  });
});
