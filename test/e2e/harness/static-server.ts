import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { IncomingMessage } from 'node:http';
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { extname, isAbsolute, join, relative, resolve, sep } from 'node:path';

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
};

/** The policy the built page declares in its <meta http-equiv="Content-Security-Policy">. */
export function cspOfPage(html: string): string {
  const meta = /<meta\b[^>]*http-equiv=["']Content-Security-Policy["'][^>]*>/i.exec(html)?.[0];
  const content = meta && /\bcontent=(["'])([\s\S]*?)\1/i.exec(meta)?.[2];
  if (!content) throw new Error('The built index.html declares no Content-Security-Policy; the harness will not serve a page without one.');
  return content.replace(/\s+/g, ' ').trim();
}

export interface StaticServer {
  /** http://127.0.0.1:PORT/index.html */
  url: string;
  csp: string;
  /**
   * Answers POST requests at the returned path (same origin as the page, so its CSP's connect-src 'self'
   * allows them) with `handle`: the harness's stand-in for Electron's IPC (see standalone.ts). `stop` removes it.
   */
  serveRequests(handle: RequestHandler): { path: string; stop(): void };
  close(): Promise<void>;
}

/** Takes a request's name and payload; the answer goes back as JSON. */
export type RequestHandler = (name: unknown, payload: unknown) => Promise<unknown>;

const REQUEST_PREFIX = '/__harness/requests/';
/** Far above any request the renderer sends (the largest is an imported sheet's rows). */
const MAX_REQUEST_BYTES = 64 * 1024 * 1024;

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_REQUEST_BYTES) throw new Error('request too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Serves the built renderer on 127.0.0.1 with an ephemeral port, with the same CSP
 * as the page carries (also sent as a header, as a stricter transport would).
 */
export async function startStaticServer(root: string): Promise<StaticServer> {
  const rootDir = resolve(root);
  const csp = cspOfPage(await readFile(join(rootDir, 'index.html'), 'utf8'));
  const handlers = new Map<string, RequestHandler>();
  const server = createServer((request, response) => {
    void (async () => {
      const send = (status: number, body: string | Buffer, type = 'text/plain; charset=utf-8') => {
        response.writeHead(status, {
          'Content-Type': type,
          'Content-Security-Policy': csp,
          'X-Content-Type-Options': 'nosniff',
          'Cache-Control': 'no-store',
        });
        response.end(body);
      };
      if (request.method === 'POST' && request.url?.startsWith(REQUEST_PREFIX)) {
        const handle = handlers.get(request.url.slice(REQUEST_PREFIX.length));
        if (!handle) return send(404, 'No such page');
        try {
          const { name, payload } = JSON.parse(await readBody(request)) as { name?: unknown; payload?: unknown };
          const answer = await handle(name, payload);
          return send(200, JSON.stringify({ answer }), 'application/json; charset=utf-8');
        } catch (error) {
          // As an IPC handler that throws: the page's promise rejects (the message only, never a payload).
          return send(500, JSON.stringify({ error: error instanceof Error ? error.message : 'request failed' }), 'application/json; charset=utf-8');
        }
      }
      if (request.method !== 'GET' && request.method !== 'HEAD') return send(405, 'Method not allowed');
      let pathname: string;
      try {
        pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
      } catch {
        return send(400, 'Bad request');
      }
      const file = resolve(rootDir, `.${pathname === '/' ? '/index.html' : pathname}`);
      const inside = relative(rootDir, file);
      if (pathname.includes('\0') || inside.startsWith('..') || isAbsolute(inside) || inside.split(sep).includes('..')) {
        return send(403, 'Forbidden');
      }
      try {
        const body = await readFile(file);
        send(200, request.method === 'HEAD' ? '' : body, MIME_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream');
      } catch {
        send(404, 'Not found');
      }
    })();
  });
  await new Promise<void>((resolveListen) => server.listen(0, '127.0.0.1', resolveListen));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/index.html`,
    csp,
    serveRequests(handle) {
      const key = randomUUID();
      handlers.set(key, handle);
      return { path: `${REQUEST_PREFIX}${key}`, stop: () => handlers.delete(key) };
    },
    close: () =>
      new Promise<void>((resolveClose) => {
        server.closeAllConnections();
        server.close(() => resolveClose());
      }),
  };
}
