import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import type { ClientRequest, RequestOptions, ServerResponse } from 'node:http';
import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CancellationToken, HttpExecutor } from 'builder-util-runtime';
import type { UpdateInfo } from 'builder-util-runtime';
// electron-updater's own provider for a plain update server: it reads latest.yml exactly as the app does.
// Imported from its file, because the package's entry loads Electron.
import { GenericProvider } from 'electron-updater/out/providers/GenericProvider.js';
import type { AppUpdater } from 'electron-updater';
import type { UpdateFeedPort } from '../../electron/core/updates/update-port';

/**
 * A real update server on 127.0.0.1, as GitHub Releases serves an app: `latest.yml` and the
 * installer it names. Tests change what it serves (a newer version, a beta, a broken file,
 * a 404, a dropped connection, no answer at all) and read which paths were asked for.
 */
export interface UpdateServer {
  url: string;
  /** Paths asked for, in order (query strings left out). */
  readonly requests: string[];
  /** Serves latest.yml for `version` (and its installer, with the right sha512) with these notes. */
  publish(version: string, options?: { notes?: string; releaseDate?: string; installer?: Buffer }): void;
  /** Serves this exact text as latest.yml. */
  serveLatestYml(text: string): void;
  /** How the next requests are answered instead: a status code, a dropped connection, or never. */
  misbehave(mode: 'none' | 404 | 500 | 'drop' | 'hang' | 'installer-404' | 'installer-corrupt'): void;
  close(): Promise<void>;
}

export const installerName = (version: string): string => `token-assistant-Setup-${version}.exe`;

function sha512(bytes: Buffer): string {
  return createHash('sha512').update(bytes).digest('base64');
}

/** latest.yml as electron-builder writes it for the NSIS installer. */
export function latestYml(version: string, options: { notes?: string; releaseDate?: string; installer: Buffer }): string {
  const file = installerName(version);
  const hash = sha512(options.installer);
  const lines = [
    `version: ${version}`,
    'files:',
    `  - url: ${file}`,
    `    sha512: ${hash}`,
    `    size: ${options.installer.length}`,
    `path: ${file}`,
    `sha512: ${hash}`,
    `releaseDate: '${options.releaseDate ?? '2026-12-01T10:00:00.000Z'}'`,
  ];
  if (options.notes !== undefined) {
    lines.push('releaseNotes: |-', ...options.notes.split('\n').map((line) => `  ${line}`));
  }
  return `${lines.join('\n')}\n`;
}

export async function startUpdateServer(): Promise<UpdateServer> {
  const files = new Map<string, Buffer>();
  const requests: string[] = [];
  let mode: Parameters<UpdateServer['misbehave']>[0] = 'none';
  const hanging = new Set<ServerResponse>();

  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    requests.push(path);
    const isInstaller = path.endsWith('.exe');
    if (mode === 'drop') {
      request.socket.destroy();
      return;
    }
    if (mode === 'hang') {
      hanging.add(response);
      return;
    }
    if (typeof mode === 'number' || (mode === 'installer-404' && isInstaller)) {
      response.writeHead(typeof mode === 'number' ? mode : 404, { 'content-type': 'text/plain' }).end('no');
      return;
    }
    const body = files.get(path);
    if (!body) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const sent = mode === 'installer-corrupt' && isInstaller ? Buffer.concat([body, Buffer.from('tampered')]) : body;
    response.writeHead(200, { 'content-type': isInstaller ? 'application/octet-stream' : 'text/yaml', 'content-length': sent.length }).end(sent);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}/`,
    requests,
    publish(version, options = {}) {
      const installer = options.installer ?? Buffer.from(`installer of ${version}`);
      files.set(`/${installerName(version)}`, installer);
      files.set('/latest.yml', Buffer.from(latestYml(version, { ...options, installer })));
    },
    serveLatestYml(text) {
      files.set('/latest.yml', Buffer.from(text));
    },
    misbehave(next) {
      mode = next;
    },
    async close() {
      for (const response of hanging) response.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** electron-updater's HTTP executor, over Node's http instead of Electron's net. */
class NodeExecutor extends HttpExecutor<ClientRequest> {
  createRequest(options: RequestOptions, callback: (response: unknown) => void): ClientRequest {
    return httpRequest(options, callback);
  }
}

/**
 * The update feed the core gets in tests: electron-updater's GenericProvider reading
 * latest.yml from the local server (the app reads GitHub's with its GitHubProvider, through
 * the same parser), and a download of the installer it names, checked against its sha512
 * as electron-updater checks it. Records whether an install on quit was allowed.
 */
export class LocalUpdateFeed implements UpdateFeedPort {
  installOnQuit = false;
  readonly downloaded: string[] = [];
  private readonly provider: GenericProvider;
  private readonly executor = new NodeExecutor();
  private info: UpdateInfo | null = null;

  constructor(url: string) {
    const updater = { channel: null, isAddNoCacheQuery: false } as unknown as AppUpdater;
    this.provider = new GenericProvider({ provider: 'generic', url }, updater, {
      isUseMultipleRangeRequest: false,
      platform: 'win32',
      executor: this.executor as unknown as ConstructorParameters<typeof GenericProvider>[2]['executor'],
    });
  }

  async latest(): Promise<unknown> {
    this.info = await this.provider.getLatestVersion();
    return this.info;
  }

  async download(): Promise<void> {
    if (!this.info) throw new Error('Please check update first');
    const [file] = this.provider.resolveFiles(this.info);
    if (!file) throw new Error('latest.yml names no file');
    const bytes = await this.executor.downloadToBuffer(file.url, { cancellationToken: new CancellationToken(), sha512: file.info.sha512 });
    if (sha512(bytes) !== file.info.sha512) throw Object.assign(new Error('sha512 checksum mismatch'), { code: 'ERR_CHECKSUM_MISMATCH' });
    this.downloaded.push(file.url.pathname);
  }

  setInstallOnQuit(install: boolean): void {
    this.installOnQuit = install;
  }
}
