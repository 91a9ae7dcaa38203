import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
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
  close(): Promise<void>;
}

/**
 * Serves the built renderer on 127.0.0.1 with an ephemeral port, with the same CSP
 * as the page carries (also sent as a header, as a stricter transport would).
 */
export async function startStaticServer(root: string): Promise<StaticServer> {
  const rootDir = resolve(root);
  const csp = cspOfPage(await readFile(join(rootDir, 'index.html'), 'utf8'));
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
    close: () =>
      new Promise<void>((resolveClose) => {
        server.closeAllConnections();
        server.close(() => resolveClose());
      }),
  };
}
