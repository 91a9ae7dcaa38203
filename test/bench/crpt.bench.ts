/**
 * `npm run bench` — Честный знак clientToken, all figures from one run against the
 * local stand emulator (real openssl signatures, GOST when the engine is there),
 * medians of 20, the contenders interleaved so that machine noise hits all alike:
 *
 *   (a) the core in-process (getClientToken) against a plain shell script doing the
 *       same two calls with curl and openssl;               goal: ratio ≤ 1.0
 *   (b) the CLI's whole wall time (node start-up included) against `node -e ""`
 *       plus that same shell script;                          goal: ratio ≤ 1.15
 *
 * The CLI measured is out/main/cli.js when `npm run build` has made it, else the
 * same entry bundled here with esbuild. Without curl the script comparison is
 * skipped with a message. Prints a table and one JSON line; exit code 1 when a
 * goal is missed.
 */
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCrptService } from '../../electron/core/providers/crpt/client';
import { createOpensslSigner } from '../../electron/core/signing/openssl-signer';
import { createTestPki } from '../fixtures/openssl/test-pki';
import { startStandEmulator } from '../fixtures/stand-emulator/emulator';

const RUNS = Number(process.env.CRPT_BENCH_RUNS ?? 20);
const WARMUP = 2;
const GOAL_A = 1.0;
const GOAL_B = 1.15;
const root = process.cwd();

const SCRIPT = `#!/bin/sh
# The same two calls as the core, with curl and openssl: GET /auth/key, sign data attached, POST simpleSignIn.
set -e
base="$1"; conn="$2"; cert="$3"; key="$4"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
resp=$(curl -sS -f "$base/auth/key")
uuid=$(printf '%s' "$resp" | sed -n 's/.*"uuid" *: *"\\([^"]*\\)".*/\\1/p')
data=$(printf '%s' "$resp" | sed -n 's/.*"data" *: *"\\([^"]*\\)".*/\\1/p')
printf '%s' "$data" > "$tmp/data"
openssl cms -sign -binary -in "$tmp/data" -signer "$cert" -inkey "$key" -outform DER -nodetach -nosmimecap -out "$tmp/sig.der"
sig=$(openssl base64 -A -in "$tmp/sig.der")
curl -sS -f -X POST -H 'content-type: application/json;charset=UTF-8' --data "{\\"uuid\\":\\"$uuid\\",\\"data\\":\\"$sig\\"}" "$base/auth/simpleSignIn/$conn"
`;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

function timeChild(file: string, args: string[], env: NodeJS.ProcessEnv): Promise<{ ms: number; stdout: string }> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    execFile(file, args, { env, timeout: 30_000 }, (error, stdout, stderr) => {
      const ms = performance.now() - started;
      if (error) reject(new Error(`${file} ${args[0] ?? ''} failed: ${String(stderr).trim() || error.message}`));
      else resolve({ ms, stdout: String(stdout) });
    });
  });
}

function hasCommand(name: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Newest modification time of the CLI's sources, to tell whether out/main/cli.js is current. */
function newestSource(): number {
  let newest = 0;
  const visit = (path: string): void => {
    const info = statSync(path);
    if (info.isDirectory()) for (const name of readdirSync(path)) visit(join(path, name));
    else if (/\.ts$/.test(path)) newest = Math.max(newest, info.mtimeMs);
  };
  for (const path of ['electron/cli.ts', 'electron/cli', 'electron/core/http', 'electron/core/signing', 'electron/core/providers/crpt', 'shared']) {
    if (existsSync(join(root, path))) visit(join(root, path));
  }
  return newest;
}

async function cliFile(work: string): Promise<{ file: string; origin: string }> {
  const built = join(root, 'out', 'main', 'cli.js');
  if (existsSync(built) && statSync(built).mtimeMs >= newestSource()) return { file: built, origin: 'out/main/cli.js (npm run build)' };
  const { build } = await import('esbuild');
  await build({
    entryPoints: { cli: join(root, 'electron', 'cli.ts') },
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    outdir: join(work, 'cli'),
    logLevel: 'warning',
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  });
  const why = existsSync(built) ? 'out/main/cli.js is older than the sources' : 'out/main/cli.js not built';
  return { file: join(work, 'cli', 'cli.js'), origin: `electron/cli.ts bundled by esbuild (${why}; run npm run build to measure the real artifact)` };
}

const work = await mkdtemp(join(tmpdir(), 'ta-bench-crpt-'));
const pki = await createTestPki();
const emulator = await startStandEmulator({ caFile: pki.caCert, opensslEnv: pki.env });
try {
  const algorithm =
    pki.algorithm === 'gost2012_256'
      ? 'GOST R 34.10-2012 256 (gost engine)'
      : `ECDSA P-256 (${process.env.TA_TEST_SIGNATURE_ALG === 'ecdsa' ? 'forced by TA_TEST_SIGNATURE_ALG' : 'no gost engine'})`;
  const signer = createOpensslSigner({ certPath: pki.user.cert, keyPath: pki.user.key, env: pki.env });
  const service = createCrptService();
  const request = { trueApiBase: emulator.trueApiBase, omsConnection: emulator.connection, signer };
  const curl = hasCommand('curl');
  const scriptFile = join(work, 'token.sh');
  await writeFile(scriptFile, SCRIPT);
  await chmod(scriptFile, 0o755);
  const scriptArgs = [scriptFile, emulator.trueApiBase, emulator.connection, pki.user.cert, pki.user.key];
  const cli = await cliFile(work);
  const cliArgs = [
    cli.file,
    'crpt',
    'token',
    '--stand',
    emulator.trueApiBase,
    '--oms-connection',
    emulator.connection,
    '--signer',
    'openssl',
    '--cert',
    pki.user.cert,
    '--key',
    pki.user.key,
    '--json',
  ];

  const samples = { core: [] as number[], script: [] as number[], node: [] as number[], cli: [] as number[] };
  const contenders: [keyof typeof samples, () => Promise<number>][] = [
    [
      'core',
      async () => {
        const started = performance.now();
        const token = await service.getClientToken(request);
        const ms = performance.now() - started;
        if (emulator.tokenStatus(token.token) !== 'live') throw new Error('core: token not live');
        return ms;
      },
    ],
    ['node', async () => (await timeChild(process.execPath, ['-e', ''], pki.env)).ms],
    [
      'cli',
      async () => {
        const run = await timeChild(process.execPath, cliArgs, pki.env);
        const token = (JSON.parse(run.stdout) as { token: string }).token;
        if (emulator.tokenStatus(token) !== 'live') throw new Error('cli: token not live');
        return run.ms;
      },
    ],
  ];
  if (curl) {
    contenders.push([
      'script',
      async () => {
        const run = await timeChild('sh', scriptArgs, pki.env);
        const token = (JSON.parse(run.stdout) as { token: string }).token;
        if (emulator.tokenStatus(token) !== 'live') throw new Error('script: token not live');
        return run.ms;
      },
    ]);
  }

  for (let i = 0; i < WARMUP + RUNS; i += 1) {
    // Rotate the order each round: none always runs first, right after the others.
    for (let j = 0; j < contenders.length; j += 1) {
      const contender = contenders[(i + j) % contenders.length];
      if (!contender) continue;
      const [name, measure] = contender;
      const ms = await measure();
      if (i >= WARMUP) samples[name].push(ms);
    }
  }

  const core = median(samples.core);
  const node = median(samples.node);
  const cliMs = median(samples.cli);
  const script = curl ? median(samples.script) : null;
  const ratioA = script ? core / script : null;
  const ratioB = script ? cliMs / (node + script) : null;
  const f = (ms: number | null): string => (ms === null ? '—' : `${ms.toFixed(1)} ms`);
  const r = (value: number | null, goal: number): string => (value === null ? 'skipped (no curl)' : `${value.toFixed(3)} (goal ≤ ${goal}) ${value <= goal ? 'OK' : 'MISSED'}`);

  console.log(`Честный знак clientToken, medians of ${RUNS} runs, signature: ${algorithm}`);
  const load = loadavg().map((value) => value.toFixed(2));
  console.log(`CLI: ${cli.origin}; load average at the end: ${load.join(', ')} (timings on a busy machine are noisy)`);
  if (!curl) console.log('curl is not installed: the shell-script comparison is skipped (apt-get install curl).');
  console.table({
    'core in-process (getClientToken)': f(core),
    'shell script (curl + openssl)': f(script),
    'node -e ""': f(node),
    'CLI whole run (token-assistant crpt token --json)': f(cliMs),
    '(a) core / script': r(ratioA, GOAL_A),
    '(b) CLI / (node -e "" + script)': r(ratioB, GOAL_B),
  });
  const round = (value: number | null): number | null => (value === null ? null : Math.round(value * 1000) / 1000);
  console.log(
    JSON.stringify({
      bench: 'crpt',
      runs: RUNS,
      algorithm: pki.algorithm,
      cli: cli.origin,
      curl,
      loadAverage: loadavg().map((value) => Math.round(value * 100) / 100),
      medianMs: { core: round(core), script: round(script), node: round(node), cli: round(cliMs) },
      ratios: { coreVsScript: round(ratioA), cliVsNodePlusScript: round(ratioB) },
      goals: { coreVsScript: GOAL_A, cliVsNodePlusScript: GOAL_B },
    }),
  );
  if ((ratioA !== null && ratioA > GOAL_A) || (ratioB !== null && ratioB > GOAL_B)) process.exitCode = 1;
} finally {
  await emulator.close();
  await pki.cleanup();
  await rm(work, { recursive: true, force: true });
}
