import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserWindow } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSignerPicker, signerDialogOptions } from '../../../electron/main/adapters/signer-picker';
import { dialog, resetElectron } from './fake-electron';
import { startMainCore } from './main-core';

vi.mock('electron', () => import('./fake-electron'));

const someWindow = { id: 1 } as unknown as BrowserWindow;
let dir: string;

beforeEach(() => {
  resetElectron();
  dir = mkdtempSync(join(tmpdir(), 'ta-signer-picker-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('the signer dialogs of main', () => {
  it('open one file, modal to the window, with the CryptoPro filter on Windows only', async () => {
    dialog.openAnswers.push({ canceled: false, filePaths: ['/opt/cprocsp/bin/amd64/cryptcp'] });
    await expect(createSignerPicker(() => someWindow).chooseCryptoProTool()).resolves.toBe('/opt/cprocsp/bin/amd64/cryptcp');
    expect(dialog.calls[0]?.window).toBe(someWindow);
    expect(dialog.calls[0]?.options.properties).toContain('openFile');
    expect(dialog.calls[0]?.options.properties).not.toContain('openDirectory');
    expect(signerDialogOptions('cryptopro', 'win32').filters).toEqual([{ name: 'КриптоПро (cryptcp, csptest, certmgr)', extensions: ['exe'] }]);
    expect(signerDialogOptions('cryptopro', 'linux').filters).toBeUndefined();
  });

  it.each([
    ['cancelled', { canceled: true, filePaths: ['/tmp/stale'] }],
    ['closed with no file', { canceled: false, filePaths: [] }],
  ])('answer null when %s', async (_how, answer) => {
    dialog.openAnswers.push(answer);
    await expect(createSignerPicker(() => null).chooseSignerFile('certificate')).resolves.toBeNull();
  });

  it('behind a real core: a program of another name picked in the dialog is refused and not remembered; cryptcp is', async () => {
    const evil = join(dir, 'evil.exe');
    writeFileSync(evil, '#!/bin/sh\nexit 0\n');
    const cryptcp = join(dir, 'cryptcp');
    writeFileSync(cryptcp, '#!/bin/sh\nexit 0\n');
    chmodSync(cryptcp, 0o755);
    const running = await startMainCore({ signerPicker: createSignerPicker(() => someWindow) });
    try {
      dialog.openAnswers.push({ canceled: false, filePaths: [evil] });
      const refused = await running.core.router.handle('crptChooseCryptoProFolder', {});
      expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_field', message: expect.stringContaining('«evil.exe»') } });
      expect(running.core.vault.snapshot().settings.cryptoProFolder).toBeUndefined();

      dialog.openAnswers.push({ canceled: false, filePaths: [cryptcp] });
      expect(await running.core.router.handle('crptChooseCryptoProFolder', {})).toEqual({ ok: true, value: { folder: dir } });
      expect(running.core.vault.snapshot().settings.cryptoProFolder).toBe(dir);
    } finally {
      await running.cleanup();
    }
  });
});
