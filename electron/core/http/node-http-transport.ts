import type { IncomingMessage, RequestOptions } from 'node:http';
import { tooLarge, type RawAnswer, type Transport } from './json-client';

/**
 * The same exchange as the fetch transport over node:http / node:https. The CLI
 * uses it: Node's fetch (undici) costs tens of milliseconds to load at every
 * start, node:http is part of Node's start-up snapshot. Same TLS trust store
 * (Node's CAs plus NODE_EXTRA_CA_CERTS), same limits, same error codes.
 */
export function nodeHttpTransport(): Transport {
  return async (request) => {
    const url = new URL(request.url);
    const secure = url.protocol === 'https:';
    const { request: send } = secure ? await import('node:https') : await import('node:http');
    const body = request.body === undefined ? undefined : typeof request.body === 'string' ? Buffer.from(request.body, 'utf8') : Buffer.from(request.body);
    const headers: Record<string, string> = { ...request.headers };
    if (body) headers['content-length'] = String(body.length);
    const options: RequestOptions = { method: request.method, headers, signal: request.signal };

    const response = await new Promise<IncomingMessage>((resolve, reject) => {
      const outgoing = send(url, options, resolve);
      outgoing.on('error', reject);
      outgoing.end(body);
    });
    const contentType = String(response.headers['content-type'] ?? '');

    const answer: RawAnswer = {
      status: response.statusCode ?? 0,
      header: (name) => {
        const value = response.headers[name.toLowerCase()];
        return value === undefined ? null : Array.isArray(value) ? value.join(', ') : value;
      },
      discard: async () => {
        response.destroy();
      },
      read: (maxBytes) =>
        new Promise<Uint8Array>((resolve, reject) => {
          const declared = Number(response.headers['content-length'] ?? '');
          if (Number.isFinite(declared) && declared > maxBytes) {
            response.destroy();
            reject(tooLarge(request.url, answer.status, contentType, `declared ${declared} bytes`));
            return;
          }
          const chunks: Buffer[] = [];
          let total = 0;
          let settled = false;
          const fail = (error: unknown): void => {
            if (settled) return;
            settled = true;
            request.signal.removeEventListener('abort', onAbort);
            reject(error);
          };
          const onAbort = (): void => {
            fail(request.signal.reason);
            response.destroy();
          };
          request.signal.addEventListener('abort', onAbort, { once: true });
          response.on('data', (chunk: Buffer) => {
            total += chunk.length;
            if (total > maxBytes) {
              fail(tooLarge(request.url, answer.status, contentType, `more than ${maxBytes} bytes`));
              response.destroy();
              return;
            }
            chunks.push(chunk);
          });
          response.on('error', fail);
          response.on('aborted', () => fail(Object.assign(new Error('connection closed before the end of the answer'), { code: 'ECONNRESET' })));
          response.on('end', () => {
            if (settled) return;
            settled = true;
            request.signal.removeEventListener('abort', onAbort);
            resolve(Buffer.concat(chunks));
          });
        }),
    };
    return answer;
  };
}
