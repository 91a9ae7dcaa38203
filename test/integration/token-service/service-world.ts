/**
 * Shared set-up of the token-service tests: the stand emulator with real openssl
 * signatures, and the service of electron/core/token-service in this process, on a
 * free loopback port, with a manual clock. Requests go through node:http so a test can
 * send any Host, Origin or path a hostile client would.
 */
import { request } from 'node:http';
import { memoryAudit } from '../../../electron/core/token-service/audit';
import { createCrptSignIn } from '../../../electron/core/token-service/crpt-sign-in';
import { KeyRing, newProgramKey, type ProgramGrant } from '../../../electron/core/token-service/program-keys';
import { TokenBroker, type BrokerOptions } from '../../../electron/core/token-service/token-broker';
import { startTokenServer, type RunningTokenServer } from '../../../electron/core/token-service/token-server';
import { brokerSource, type TokenSource } from '../../../electron/core/token-service/token-sources';
import type { Signer } from '../../../electron/core/signing/signer';

export interface ManualClock {
  now(): Date;
  advance(ms: number): void;
}

export function manualClock(start = Date.parse('2026-12-05T08:00:00Z')): ManualClock {
  let at = start;
  return { now: () => new Date(at), advance: (ms) => void (at += ms) };
}

export interface Reply {
  status: number;
  body: { error?: { code: string; message: string }; token?: string; obtainedAt?: string; expiresAt?: string; tokens?: unknown[]; status?: string };
  text: string;
  headers: Record<string, string | string[] | undefined>;
}

/** A raw GET (or another method) with exactly the headers given; Host defaults to 127.0.0.1:<port>; '' sends none. */
export function call(port: number, path: string, options: { key?: string; headers?: Record<string, string>; method?: string } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { host: `127.0.0.1:${port}`, ...options.headers };
    if (options.key !== undefined) headers.authorization = `Bearer ${options.key}`;
    // An empty Host means none at all (an HTTP/1.0 client).
    const setHost = headers.host !== '';
    if (!setHost) delete headers.host;
    const req = request({ host: '127.0.0.1', port, path, method: options.method ?? 'GET', headers, agent: false, setHost }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let body: Reply['body'] = {};
        try {
          body = JSON.parse(text) as Reply['body'];
        } catch {
          // not JSON (node's own 431 answer): the test looks at the status
        }
        resolve({ status: response.statusCode ?? 0, body, text, headers: response.headers });
      });
    });
    req.on('error', reject);
    req.end();
  });
}

export interface ConnectionSpec {
  id: string;
  trueApiBase: string;
  omsConnection: string;
  signer: Signer;
  broker?: Partial<BrokerOptions>;
}

export interface Service {
  server: RunningTokenServer;
  port: number;
  keys: KeyRing;
  audit: ReturnType<typeof memoryAudit>;
  brokers: Map<string, TokenBroker>;
  sources: Map<string, TokenSource>;
  /** A new program key with these ids (null: all); answers the key. */
  addProgram(name: string, connections: string[] | null): string;
  close(): Promise<void>;
}

export async function startService(connections: ConnectionSpec[], clock: ManualClock, extraSources: TokenSource[] = []): Promise<Service> {
  const signIn = createCrptSignIn({ clock });
  const brokers = new Map<string, TokenBroker>();
  const sources = new Map<string, TokenSource>();
  for (const spec of connections) {
    const broker = new TokenBroker({
      id: spec.id,
      clock,
      signIn: (signal) => signIn({ purpose: 'suz', trueApiBase: spec.trueApiBase, omsConnection: spec.omsConnection, signer: spec.signer }, signal),
      ...spec.broker,
    });
    brokers.set(spec.id, broker);
    sources.set(spec.id, brokerSource(spec.id, 'suz', 'ООО «Ромашка»', broker));
  }
  for (const source of extraSources) sources.set(source.id, source);
  const keys = new KeyRing();
  const audit = memoryAudit();
  const server = await startTokenServer({ port: 0, keys, audit, clock, sources: { get: (id) => sources.get(id), list: () => [...sources.values()] } });
  return {
    server,
    port: server.port,
    keys,
    audit,
    brokers,
    sources,
    addProgram(name, ids) {
      const { key, sha256 } = newProgramKey();
      const grant: ProgramGrant = { name, keySha256: sha256, connections: ids };
      keys.add(grant);
      return key;
    },
    close: () => server.close(),
  };
}
