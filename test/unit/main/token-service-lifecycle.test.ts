import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { requestChannel } from '../../../shared/ipc/channels';
import type { Result } from '../../../shared/ipc/result';
import { APP_ENTRY_URL } from '../../../electron/main/app-protocol';
import { electronOpener } from '../../../electron/main/adapters/os-adapters';
import type * as FakeElectronModule from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

/**
 * The token service follows the app: electron/main/index.ts under the fake `electron`
 * module starts it with the app when the user switched it on, and closes its port on quit.
 */

type FakeElectron = typeof FakeElectronModule;

let electron: FakeElectron;
let scratch: string;
const savedEnv = { data: process.env.TOKEN_ASSISTANT_DATA_DIR, xdg: process.env.XDG_CONFIG_HOME };
let savedListeners: { uncaught: unknown[]; rejection: unknown[] };

beforeEach(() => {
  scratch = mkdtempSync(join(tmpdir(), 'token-assistant-main-service-'));
  process.env.TOKEN_ASSISTANT_DATA_DIR = join(scratch, 'data');
  process.env.XDG_CONFIG_HOME = join(scratch, 'config');
  savedListeners = { uncaught: process.listeners('uncaughtException'), rejection: process.listeners('unhandledRejection') };
});

afterEach(async () => {
  if (electron && !electron.app.ended) await quit();
  for (const listener of process.listeners('uncaughtException')) if (!savedListeners.uncaught.includes(listener)) process.removeListener('uncaughtException', listener);
  for (const listener of process.listeners('unhandledRejection')) if (!savedListeners.rejection.includes(listener)) process.removeListener('unhandledRejection', listener);
  for (const [name, value] of [
    ['TOKEN_ASSISTANT_DATA_DIR', savedEnv.data],
    ['XDG_CONFIG_HOME', savedEnv.xdg],
  ] as const) {
    if (value === undefined) Reflect.deleteProperty(process.env, name);
    else process.env[name] = value;
  }
  rmSync(scratch, { recursive: true, force: true });
});

async function launch(): Promise<void> {
  vi.resetModules();
  electron = (await import('electron')) as unknown as FakeElectron;
  electron.resetElectron();
  electron.app.isPackaged = true;
  await import('../../../electron/main/index');
  await vi.waitFor(() => expect(electron.Tray.instances).toHaveLength(1));
}

async function quit(): Promise<void> {
  electron.app.quit();
  await vi.waitFor(() => expect(electron.app.ended).not.toBeNull());
}

async function ipc(name: 'tokenServiceConfigure' | 'tokenServiceState', payload: object): Promise<Result<{ status: string }>> {
  return (await electron.ipcMain.invoke(requestChannel(name), payload, { url: APP_ENTRY_URL, parent: null })) as Result<{ status: string }>;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

function health(port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: '/v1/health', agent: false }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the token service and the app', () => {
  it('off by default: the app starts without listening; switched on, it starts with the next launch and stops on quit', async () => {
    const port = await freePort();
    await launch();
    expect(await ipc('tokenServiceState', {})).toMatchObject({ ok: true, value: { status: 'off' } });
    await expect(health(port)).rejects.toThrow();
    expect(await ipc('tokenServiceConfigure', { enabled: true, port })).toMatchObject({ ok: true, value: { status: 'running' } });
    expect(await health(port)).toBe(200);
    await quit();
    await expect(health(port)).rejects.toThrow();

    await launch();
    await vi.waitFor(async () => expect(await health(port)).toBe(200));
    await quit();
    await expect(health(port)).rejects.toThrow();
  });

  it('the page cannot switch it to a privileged port: the core refuses the request', async () => {
    await launch();
    expect(await ipc('tokenServiceConfigure', { enabled: true, port: 443 })).toMatchObject({ ok: false, error: { code: 'invalid_payload' } });
    expect(await ipc('tokenServiceState', {})).toMatchObject({ ok: true, value: { status: 'off' } });
  });

  it("main opens the service's own /v1/health in the browser, and no other local address", async () => {
    await launch();
    await electronOpener.open('http://127.0.0.1:47615/v1/health');
    await electronOpener.open('http://127.0.0.1:47615/v1/tokens/x');
    await electronOpener.open('http://localhost:47615/v1/health');
    await electronOpener.open('http://127.0.0.1:80/v1/health');
    await electronOpener.open('http://127.0.0.1:47615/v1/health?x=1');
    expect(electron.shell.opened).toEqual(['http://127.0.0.1:47615/v1/health']);
  });
});
