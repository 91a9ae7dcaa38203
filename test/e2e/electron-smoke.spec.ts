import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';
import { ELECTRON_MISSING_REASON, findElectron } from '../tools/find-electron.mjs';
import { ROOT } from './harness/paths';

// Everything else runs the renderer in Chromium against the core in Node; this test is
// the one that covers the thin Electron adapters: window, preload, IPC binding, userData.
const electronPath = findElectron();
// CI on GitHub Actions downloads the binary: there a missing one is a failure, not a reason to skip.
const electronRequired = process.env.TOKEN_ASSISTANT_REQUIRE_ELECTRON === '1';

// Playwright reads fixture dependencies from the destructuring pattern; this test uses none.
// eslint-disable-next-line no-empty-pattern
test('the Electron app opens its window with a sandboxed renderer and a working bridge', async ({}, testInfo) => {
  if (!electronPath && electronRequired) throw new Error(`TOKEN_ASSISTANT_REQUIRE_ELECTRON=1 but ${ELECTRON_MISSING_REASON}`);
  if (!electronPath) console.log(ELECTRON_MISSING_REASON);
  testInfo.skip(!electronPath, ELECTRON_MISSING_REASON);

  const dataDir = await mkdtemp(join(tmpdir(), 'token-assistant-electron-'));
  const headless = process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
  const app = await electron.launch({
    args: [...(headless ? ['--ozone-platform=headless'] : []), '.'],
    cwd: ROOT,
    env: { ...process.env, TOKEN_ASSISTANT_DATA_DIR: dataDir },
  });
  try {
    const window = await app.firstWindow();
    await expect(window).toHaveTitle('Токен-помощник');
    // The renderer comes from the app's own privileged scheme, never from file:// or a dev server.
    expect(window.url()).toMatch(/^app:\/\//);
    const surface = await window.evaluate(async () => {
      const scope = window as unknown as Record<string, unknown>;
      const assistant = scope.assistant as { getSnapshot?: (input: object) => Promise<{ ok: boolean }> } | undefined;
      return {
        assistant: typeof assistant,
        require: typeof scope.require,
        process: typeof scope.process,
        snapshotOk: (await assistant?.getSnapshot?.({}))?.ok ?? false,
      };
    });
    expect(surface).toEqual({ assistant: 'object', require: 'undefined', process: 'undefined', snapshotOk: true });

    // The main process keeps its data where TOKEN_ASSISTANT_DATA_DIR says.
    const saved = await window.evaluate(async () => {
      const assistant = (window as unknown as { assistant: { saveOrganisation(input: object): Promise<{ ok: boolean }> } }).assistant;
      return (await assistant.saveOrganisation({ name: 'ООО «Проверка»', taxId: '' })).ok;
    });
    expect(saved).toBe(true);
    expect(existsSync(join(dataDir, 'vault.json'))).toBe(true);

    // Quitting as the tray's «Выход» does: the process ends by itself, with exit code 0.
    const exited = new Promise<number | null>((resolve) => app.process().once('exit', (code) => resolve(code)));
    await app.evaluate(({ app: electronApp }) => electronApp.quit()).catch(() => undefined);
    expect(await exited).toBe(0);
  } finally {
    await app.close().catch(() => undefined);
    await rm(dataDir, { recursive: true, force: true });
  }
});
