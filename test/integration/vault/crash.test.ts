import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AesSecretBox } from '../../../electron/core/vault/aes-secret-box';
import { Vault } from '../../../electron/core/vault/vault';
import { tempDir } from '../../unit/vault/fixtures';

const KILLS = 8;
const scriptDir = mkdtempSync(join(tmpdir(), 'vault-crash-writer-'));
const writerScript = join(scriptDir, 'crash-writer.mjs');

afterAll(() => rmSync(scriptDir, { recursive: true, force: true }));

/** The child runs the real vault code; esbuild turns the TypeScript into one plain Node script. */
beforeAll(async () => {
  await build({
    entryPoints: [fileURLToPath(new URL('./crash-writer.ts', import.meta.url))],
    outfile: writerScript,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'silent',
    // Some of conf's dependencies are CommonJS and require() Node built-ins.
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
  });
});

/** Runs the writer until it has reported `writes` completed steps, then SIGKILLs it. Returns the last reported step. */
function runAndKill(dataDir: string, key: Buffer, writes: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [writerScript, dataDir, key.toString('hex')], { stdio: ['ignore', 'pipe', 'pipe'] });
    let seen = 0;
    let last = -1;
    let buffered = '';
    let errors = '';
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) {
        last = Number(line);
        seen += 1;
      }
      if (seen >= writes && !child.killed) child.kill('SIGKILL');
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL') resolve(last);
      else reject(new Error(`the writer stopped by itself (code ${code}): ${errors}`));
    });
  });
}

describe('a crash in the middle of saving', () => {
  it('never loses the vault: after each SIGKILL it opens intact, at a state some completed write left', async () => {
    const dataDir = tempDir();
    const key = randomBytes(32);
    for (let round = 0; round < KILLS; round += 1) {
      // Different kill points each round, landing between and inside writes.
      const lastReported = await runAndKill(dataDir, key, 5 + Math.floor(Math.random() * 40));

      const vault = await Vault.open({ dataDir, secretBox: new AesSecretBox(key) });
      const { organisations, notices } = vault.snapshot();
      expect(notices, 'no recovery was needed: the file was never half-written').toEqual([]);
      const [organisation] = organisations;
      const tokens = organisation?.tokens ?? [];
      const tokenSteps = tokens.map((token) => Number(token.label.replace('step ', ''))).sort((a, b) => a - b);
      // Tokens are steps 0, 2, 4, … with no gap: no write was lost in between.
      expect(tokenSteps).toEqual(tokenSteps.map((_, index) => index * 2));
      // The rename is the write right before or right after the last token.
      const lastToken = tokenSteps.at(-1) ?? -2;
      expect([`step ${lastToken - 1}`, `step ${lastToken + 1}`, 'start']).toContain(organisation?.name);
      const committed = Math.max(lastToken, Number(/\d+/.exec(organisation?.name ?? '')?.[0] ?? -1));
      // Every write the child reported is there; at most the one in flight was also completed.
      expect(committed).toBeGreaterThanOrEqual(lastReported);
      expect(committed).toBeLessThanOrEqual(lastReported + 1);
      for (const token of tokens) expect(await vault.revealSecret(token.id)).toBe(`secret-of-${token.label.replace(' ', '-')}`);
    }
    expect(readdirSync(dataDir).filter((name) => name.startsWith('vault.damaged'))).toEqual([]);
  }, 60_000);
});
