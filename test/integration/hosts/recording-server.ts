import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What reached the server: enough to tell whether a credential left the app. */
export interface RecordedRequest {
  method: string;
  url: string;
  authorization: string | undefined;
  body: string;
}

export interface RecordingServer {
  /** `http://127.0.0.1:port`. */
  url: string;
  readonly requests: RecordedRequest[];
  close(): Promise<void>;
}

/**
 * A stranger's server on 127.0.0.1 that records every request and answers like
 * an OAuth2 token endpoint, so that a request that does get through also works.
 */
export async function startRecordingServer(): Promise<RecordingServer> {
  const requests: RecordedRequest[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      requests.push({ method: request.method ?? '', url: request.url ?? '', authorization: request.headers.authorization, body: Buffer.concat(chunks).toString('utf8') });
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ access_token: 'c3RvbGVuLWJ1dC13b3JraW5n', token_type: 'Bearer', expires_in: 3600 }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
