import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { electronClipboard, electronOpener } from '../../../electron/main/adapters/os-adapters';
import { call, failure, saveTokenOfNewOrganisation } from '../../support/router-calls';
import { osFormat } from '../../../electron/main/adapters/secret-clipboard';
import { clipboard, resetElectron, shell } from './fake-electron';
import { inDays, startMainCore } from './main-core';
import type { MainCore } from './main-core';

vi.mock('electron', () => import('./fake-electron'));

const SECRET = 'eis-identifier-0001';

let running: MainCore;
let tokenId: string;

beforeEach(async () => {
  resetElectron();
  running = await startMainCore({ clipboard: electronClipboard, opener: electronOpener });
  tokenId = await saveTokenOfNewOrganisation(
    running,
    { name: 'ГКУ «Заказчик»', taxId: '' },
    { kind: 'eis', label: 'РИС', systemName: '', techEmail: '', secret: SECRET, expiresAt: inDays(40), notes: '' },
  );
});

afterEach(async () => {
  await running.cleanup();
});

describe("the Electron clipboard behind the core's clipboard guard", () => {
  it('copies the secret, and wipes it after the default 60 s', async () => {
    expect(await call(running, 'copyToken', { tokenId })).toEqual({ clearsAfterSeconds: 60, clearsAt: new Date(running.clock.now().getTime() + 60_000).toISOString() });
    expect(clipboard.text).toBe(SECRET);
    running.clock.advance(59_000);
    expect(clipboard.text).toBe(SECRET);
    running.clock.advance(1_000);
    await vi.waitFor(() => expect(clipboard.text).toBe(''));
  });

  it('leaves alone whatever the user copied since', async () => {
    await call(running, 'copyToken', { tokenId });
    clipboard.writeText('текст пользователя');
    running.clock.advance(60_000);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(clipboard.text).toBe('текст пользователя');
  });

  it('wipes a copied secret when the app quits (dispose)', async () => {
    await call(running, 'updateSettings', { clipboardClearSeconds: 600 });
    await call(running, 'copyToken', { tokenId });
    await running.core.dispose();
    expect(clipboard.text).toBe('');
  });
});

describe('a copied token is kept out of clipboard history and cloud sync', () => {
  const realPlatform = process.platform;
  afterEach(() => Object.defineProperty(process, 'platform', { value: realPlatform }));

  const bytes = async (format: string): Promise<number[]> => {
    const payload = clipboard.payloads[osFormat(format)];
    return payload instanceof Blob ? [...new Uint8Array(await payload.arrayBuffer())] : [];
  };

  it('on Windows: excluded from monitors, Win+V history (DWORD 0) and the cloud clipboard (DWORD 0), in the same write as the text', async () => {
    Object.defineProperty(process, 'platform', { value: 'win32' });
    await call(running, 'copyToken', { tokenId });
    expect(clipboard.text).toBe(SECRET);
    expect(clipboard.formats).toEqual(
      expect.arrayContaining(['text/plain', ...['ExcludeClipboardContentFromMonitorProcessing', 'CanIncludeInClipboardHistory', 'CanUploadToCloudClipboard'].map(osFormat)]),
    );
    expect(await bytes('CanIncludeInClipboardHistory')).toEqual([0, 0, 0, 0]);
    expect(await bytes('CanUploadToCloudClipboard')).toEqual([0, 0, 0, 0]);
  });

  it('on macOS: marked concealed for clipboard managers and Universal Clipboard helpers', async () => {
    Object.defineProperty(process, 'platform', { value: 'darwin' });
    await call(running, 'copyToken', { tokenId });
    expect(clipboard.formats).toEqual(['text/plain', osFormat('org.nspasteboard.ConcealedType')]);
  });

  it('on Linux: carries the password-manager hint that Klipper honours', async () => {
    Object.defineProperty(process, 'platform', { value: 'linux' });
    await call(running, 'copyToken', { tokenId });
    expect(clipboard.formats).toEqual(['text/plain', osFormat('x-kde-passwordManagerHint')]);
    expect(Buffer.from(await bytes('x-kde-passwordManagerHint')).toString()).toBe('secret');
  });

  it('the wipe is plain empty text, with no markers left behind', async () => {
    await call(running, 'copyToken', { tokenId });
    await running.core.dispose();
    expect(clipboard.text).toBe('');
    expect(clipboard.formats).toEqual(['text/plain']);
  });
});

describe('the Electron opener behind openPortal', () => {
  it('opens an official portal in the browser', async () => {
    await call(running, 'openPortal', { url: 'https://zakupki.gov.ru/epz/main/public/home.html' });
    expect(shell.opened).toEqual(['https://zakupki.gov.ru/epz/main/public/home.html']);
  });

  it('never hands anything else to the OS, even when called directly', async () => {
    const refused = await failure(running, 'openPortal', { url: 'https://zakupki.gov.ru.evil.example/' });
    expect(refused.code).toBe('portal_not_allowed');
    for (const url of ['http://zakupki.gov.ru/', 'file:///etc/passwd', 'https://user@account.gov.by/', 'javascript:alert(1)']) {
      await electronOpener.open(url);
    }
    expect(shell.opened).toEqual([]);
  });
});
