import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { AesSecretBox } from '../../electron/core/vault/aes-secret-box';
import { DEFAULT_SCRYPT, sealExport } from '../../electron/core/vault/export-file';
import { exportAuditCsv, exportEncrypted, importEncrypted } from '../../electron/core/vault/export-import';
import { emptyVaultData } from '../../electron/core/vault/vault-schema';
import { buildVault, fleet } from '../integration/vault-export/vault-builder';

/**
 * Export and import of an outsourcing accountant's vault: 60 organisations,
 * 10 tokens each (600), 3 older secrets in every token's history. The real
 * key derivation (scrypt N=2^17, r=8, p=1) is included, and measured alone too.
 *
 * - export: decrypt every secret with the machine box, gzip, seal;
 * - import into a fresh vault (another PC, another machine key);
 * - import the same file again (the merge finds everything, changes nothing);
 * - the audit CSV.
 *
 * Goal: export and import well under 5 s each on a current PC, so the user
 * never wonders whether the app hung.
 */

const RUNS = 3;
const PASSWORD = 'пароль для переноса 2026';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

async function time<T>(work: () => Promise<T> | T): Promise<{ ms: number; result: T }> {
  const started = performance.now();
  const result = await work();
  return { ms: performance.now() - started, result };
}

async function main(): Promise<void> {
  const machineOne = new AesSecretBox(randomBytes(32));
  const machineTwo = new AesSecretBox(randomBytes(32));
  const plain = fleet({ organisations: 60, tokensPerOrganisation: 10, historyPerToken: 3, seed: 2026 });
  const data = await buildVault(plain, machineOne);
  const now = new Date('2026-11-22T09:00:00Z');

  const kdf: number[] = [];
  const exported: number[] = [];
  const fresh: number[] = [];
  const again: number[] = [];
  const csv: number[] = [];
  let fileBytes = 0;
  let csvBytes = 0;
  let added = 0;
  let skipped = 0;
  for (let run = 0; run < RUNS; run += 1) {
    kdf.push((await time(() => sealExport(new Uint8Array(0), PASSWORD, DEFAULT_SCRYPT))).ms);
    const exportRun = await time(() => exportEncrypted(data, machineOne, PASSWORD, { now }));
    exported.push(exportRun.ms);
    fileBytes = exportRun.result.length;
    const freshRun = await time(() => importEncrypted(exportRun.result, PASSWORD, emptyVaultData(), machineTwo, { now }));
    fresh.push(freshRun.ms);
    added = freshRun.result.added.tokens;
    const againRun = await time(() => importEncrypted(exportRun.result, PASSWORD, freshRun.result.next, machineTwo, { now }));
    again.push(againRun.ms);
    skipped = againRun.result.skipped.tokens;
    const csvRun = await time(() => exportAuditCsv(freshRun.result.next, 'ru', now));
    csv.push(csvRun.ms);
    csvBytes = Buffer.byteLength(csvRun.result, 'utf8');
  }

  const figures = {
    organisations: plain.organisations.length,
    tokens: plain.tokens.length,
    secrets: plain.tokens.length * 4,
    runs: RUNS,
    scryptMs: median(kdf),
    exportMs: median(exported),
    importFreshMs: median(fresh),
    importAgainMs: median(again),
    auditCsvMs: median(csv),
    fileBytes,
    csvBytes,
    addedOnFreshImport: added,
    skippedOnSecondImport: skipped,
  };

  console.log(`Vault export / import, ${figures.organisations} organisations, ${figures.tokens} tokens, ${figures.secrets} secrets; median of ${RUNS} runs`);
  console.table([
    { step: 'scrypt alone (N=2^17, r=8, p=1)', ms: figures.scryptMs.toFixed(0) },
    { step: 'export (decrypt + gzip + scrypt + AES-GCM)', ms: figures.exportMs.toFixed(0), size: `${(fileBytes / 1024).toFixed(0)} KiB` },
    { step: 'import into a fresh vault', ms: figures.importFreshMs.toFixed(0), tokens: `${added} added` },
    { step: 'import the same file again', ms: figures.importAgainMs.toFixed(0), tokens: `${skipped} skipped` },
    { step: 'audit CSV', ms: figures.auditCsvMs.toFixed(1), size: `${(csvBytes / 1024).toFixed(0)} KiB` },
  ]);
  console.log(JSON.stringify({ bench: 'vault-export', ...figures }));
  if (added !== plain.tokens.length || skipped !== plain.tokens.length) process.exitCode = 1;
}

await main();
