import type { BrowserWindow, IpcMain } from 'electron';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bindIpc } from '../../../electron/main/ipc';
import { APP_ENTRY_URL } from '../../../electron/main/app-protocol';
import { REQUEST_NAMES, eventChannel, requestChannel } from '../../../shared/ipc/channels';
import { message } from '../../../shared/texts/messages';
import { startTestCore } from '../../support/test-core';
import type { TestCore } from '../../support/test-core';

// ipc.ts imports only Electron's types: ipcMain and the windows are passed in, so plain fakes do.

type Frame = { url: string; parent: unknown } | null;
type Handler = (event: { senderFrame: Frame }, payload: unknown) => unknown;

class FakeIpcMain {
  readonly handlers = new Map<string, Handler>();
  handle(channel: string, handler: Handler): void {
    if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, handler);
  }
  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  }
  /** What ipcRenderer.invoke would resolve with. */
  async invoke(channel: string, senderFrame: Frame, payload?: unknown): Promise<unknown> {
    const handler = this.handlers.get(channel);
    if (!handler) throw new Error(`No handler registered for '${channel}'`);
    return handler({ senderFrame }, payload);
  }
}

class FakeWindow {
  destroyed = false;
  readonly sent: [string, unknown][] = [];
  readonly webContents = { send: (channel: string, payload: unknown) => this.sent.push([channel, payload]) };
  isDestroyed(): boolean {
    return this.destroyed;
  }
}

const APP_FRAME: Frame = { url: APP_ENTRY_URL, parent: null };
const REJECTED = { ok: false, error: { code: 'unknown_request', message: 'Запрос отклонён: он пришёл не из окна приложения.' } };

let running: TestCore;
let ipc: FakeIpcMain;
let windows: FakeWindow[];
let unbind: () => void;

beforeEach(async () => {
  running = await startTestCore();
  ipc = new FakeIpcMain();
  windows = [new FakeWindow(), new FakeWindow()];
  unbind = bindIpc(ipc as unknown as IpcMain, running.core, () => windows as unknown as BrowserWindow[]);
});

afterEach(() => {
  unbind();
  running.cleanup();
});

describe('IPC requests', () => {
  it('registers one handler per request of the contract', () => {
    expect([...ipc.handlers.keys()].sort()).toEqual(REQUEST_NAMES.map(requestChannel).sort());
  });

  it('answers the app window through the router', async () => {
    const saved = await ipc.invoke(requestChannel('saveOrganisation'), APP_FRAME, { name: 'ООО «Ромашка»', taxId: '' });
    expect(saved).toMatchObject({ ok: true, value: { name: 'ООО «Ромашка»' } });
    expect(await ipc.invoke(requestChannel('getSnapshot'), { url: 'app://token-assistant/index.html#/settings', parent: null }, {})).toMatchObject({
      ok: true,
      value: { organisations: [{ name: 'ООО «Ромашка»' }] },
    });
  });

  it.each([
    ['a web page', { url: 'https://account.gov.by/', parent: null }],
    ['a local file', { url: 'file:///home/user/index.html', parent: null }],
    ['a sub-frame of the app', { url: APP_ENTRY_URL, parent: {} }],
    ['a frame already gone', null],
  ])('refuses %s, in Russian, and changes nothing', async (_who, frame) => {
    expect(await ipc.invoke(requestChannel('saveOrganisation'), frame, { name: 'Чужая', taxId: '' })).toEqual(REJECTED);
    expect(await ipc.invoke(requestChannel('revealToken'), frame, { tokenId: 'x' })).toEqual(REJECTED);
    expect(running.core.vault.snapshot().organisations).toEqual([]);
  });

  it.each([
    ['a wrong type', { name: 42, taxId: '' }],
    ['an unknown field', { name: 'ООО', taxId: '', admin: true }],
    ['a string instead of an object', 'DROP TABLE'],
    ['a far too long name', { name: 'Я'.repeat(5000), taxId: '' }],
  ])('answers an invalid payload (%s) with the Russian invalid-input error, never a throw', async (_what, payload) => {
    await expect(ipc.invoke(requestChannel('saveOrganisation'), APP_FRAME, payload)).resolves.toEqual({
      ok: false,
      error: { code: 'invalid_payload', message: message('invalid_payload', 'ru') },
    });
    expect(running.core.vault.snapshot().organisations).toEqual([]);
  });

  it('treats a missing payload as empty', async () => {
    expect(await ipc.invoke(requestChannel('getSnapshot'), APP_FRAME)).toMatchObject({ ok: true });
  });

  it('unbinding removes every handler', () => {
    unbind();
    expect(ipc.handlers.size).toBe(0);
    // Bound again, nothing collides with leftovers.
    unbind = bindIpc(ipc as unknown as IpcMain, running.core, () => []);
    expect(ipc.handlers.size).toBe(REQUEST_NAMES.length);
  });
});

describe('IPC events', () => {
  it('sends every vault change to each open window', async () => {
    await ipc.invoke(requestChannel('saveOrganisation'), APP_FRAME, { name: 'ООО «Ромашка»', taxId: '' });
    for (const window of windows) {
      expect(window.sent.map(([channel]) => channel)).toContain(eventChannel('vaultChanged'));
      const [, snapshot] = window.sent.find(([channel]) => channel === eventChannel('vaultChanged')) ?? [];
      expect(snapshot).toMatchObject({ organisations: [{ name: 'ООО «Ромашка»' }] });
    }
  });

  it('sends openToken, and skips a destroyed window', () => {
    const [open, closed] = windows;
    if (!open || !closed) throw new Error('two windows expected');
    closed.destroyed = true;
    running.core.openToken({ tokenId: 't1', renew: true });
    expect(open.sent).toEqual([[eventChannel('openToken'), { tokenId: 't1', renew: true }]]);
    expect(closed.sent).toEqual([]);
  });

  it('stops sending once unbound', () => {
    unbind();
    unbind = () => undefined;
    running.core.openToken({ tokenId: 't1', renew: false });
    expect(windows.flatMap((window) => window.sent)).toEqual([]);
  });
});
