import { Agent, createServer, request } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { memoryAudit } from '../../electron/core/token-service/audit';
import { KeyRing, newProgramKey } from '../../electron/core/token-service/program-keys';
import { startTokenServer } from '../../electron/core/token-service/token-server';
import { TokenBroker } from '../../electron/core/token-service/token-broker';
import { brokerSource } from '../../electron/core/token-service/token-sources';

/**
 * The token service's cached read (`GET /v1/tokens/{id}` with a key, the token held by the
 * broker) against a bare node:http server answering a constant of the same size: same
 * client (node:http, keep-alive, 16 requests in flight), same run, rounds interleaved.
 * Goal: the service serves at least half as many reads per second as the bare server.
 * Also the p99 of one cached read at a time, and the memory the idle service takes.
 */

const CONCURRENCY = 16;
const REQUESTS_PER_ROUND = 20_000;
const WARMUP = 2_000;
const ROUNDS = 3;
const LATENCY_SAMPLES = 5_000;
const TOKEN_ID = 'suz-1';
const TOKEN = 'b'.repeat(36);

function gc(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

interface Target {
  port: number;
  path: string;
  headers: Record<string, string>;
}

function get(agent: Agent, target: Target): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: target.port, path: target.path, headers: target.headers, agent }, (response) => {
      response.resume();
      response.on('end', () => resolve(response.statusCode ?? 0));
    });
    req.on('error', reject);
    req.end();
  });
}

/** Reads per second with CONCURRENCY requests in flight; every answer must be 200. */
async function throughput(agent: Agent, target: Target, count: number): Promise<number> {
  let next = 0;
  const started = performance.now();
  const worker = async () => {
    while (next < count) {
      next += 1;
      const status = await get(agent, target);
      if (status !== 200) throw new Error(`status ${status}`);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return count / ((performance.now() - started) / 1000);
}

async function latencies(agent: Agent, target: Target, count: number): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < count; i += 1) {
    const started = performance.now();
    await get(agent, target);
    samples.push(performance.now() - started);
  }
  return samples;
}

async function bareServer(body: string): Promise<Server> {
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body), 'cache-control': 'no-store' });
    response.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
}

async function main(): Promise<void> {
  const issued = { token: TOKEN, obtainedAt: new Date().toISOString(), expiresAt: new Date(Date.now() + 10 * 3_600_000).toISOString() };
  const broker = new TokenBroker({ id: TOKEN_ID, signIn: () => Promise.resolve(issued) });
  await broker.get();
  const program = newProgramKey();
  const keys = new KeyRing([{ name: 'bench', keySha256: program.sha256, connections: [TOKEN_ID] }]);
  const source = brokerSource(TOKEN_ID, 'suz', 'ООО «Бенч»', broker);
  const audit = memoryAudit();

  gc();
  const before = process.memoryUsage();
  const service = await startTokenServer({ port: 0, keys, audit, sources: { get: (id) => (id === TOKEN_ID ? source : undefined), list: () => [source] } });
  gc();
  const idle = process.memoryUsage();

  const bare = await bareServer(JSON.stringify(issued));
  const serviceTarget: Target = { port: service.port, path: `/v1/tokens/${TOKEN_ID}`, headers: { authorization: `Bearer ${program.key}` } };
  const bareTarget: Target = { port: (bare.address() as AddressInfo).port, path: `/v1/tokens/${TOKEN_ID}`, headers: { authorization: `Bearer ${program.key}` } };
  const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });

  await throughput(agent, bareTarget, WARMUP);
  await throughput(agent, serviceTarget, WARMUP);
  const bareRps: number[] = [];
  const serviceRps: number[] = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    bareRps.push(await throughput(agent, bareTarget, REQUESTS_PER_ROUND));
    serviceRps.push(await throughput(agent, serviceTarget, REQUESTS_PER_ROUND));
  }
  const serviceLatency = await latencies(agent, serviceTarget, LATENCY_SAMPLES);
  const bareLatency = await latencies(agent, bareTarget, LATENCY_SAMPLES);

  agent.destroy();
  await service.close();
  await new Promise<void>((resolve) => bare.close(() => resolve()));

  const figures = {
    bench: 'service',
    concurrency: CONCURRENCY,
    requestsPerRound: REQUESTS_PER_ROUND,
    rounds: ROUNDS,
    bareRps: Math.round(median(bareRps)),
    serviceRps: Math.round(median(serviceRps)),
    ratio: Number((median(serviceRps) / median(bareRps)).toFixed(2)),
    goalRatio: 0.5,
    cachedReadP50Ms: Number(percentile(serviceLatency, 50).toFixed(3)),
    cachedReadP99Ms: Number(percentile(serviceLatency, 99).toFixed(3)),
    bareP99Ms: Number(percentile(bareLatency, 99).toFixed(3)),
    idleHeapKiB: Math.round((idle.heapUsed - before.heapUsed) / 1024),
    idleRssMiB: Number((idle.rss / 1024 / 1024).toFixed(1)),
    auditEntries: audit.entries().length,
  };
  console.table({
    'bare node:http': { 'reads/s': figures.bareRps, 'p99 ms (1 in flight)': figures.bareP99Ms },
    'token service': { 'reads/s': figures.serviceRps, 'p99 ms (1 in flight)': figures.cachedReadP99Ms },
  });
  console.log(`service/bare: ${figures.ratio} (goal ≥ ${figures.goalRatio}); idle service: +${figures.idleHeapKiB} KiB heap, process RSS ${figures.idleRssMiB} MiB`);
  console.log(JSON.stringify(figures));
}

await main();
