import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, expect } from '@playwright/test';
import type { Page } from '@playwright/test';
import { createCore } from '../../../electron/core/app-core';
import type { Core } from '../../../electron/core/app-core';
import { createFileKeySecretBox } from '../../../electron/core/vault/aes-secret-box';
import { createChoiceBox } from '../../../electron/core/keychain/choice-box';
import {
  LoggingClipboard,
  ManualClock,
  QueuedFolderPicker,
  QueuedSignerPicker,
  basicTextBoxDouble,
  RecordingFileOpener,
  RecordingFileSaver,
  RecordingNotifier,
  RecordingOpener,
} from './doubles';
import { fetchTransport } from '../../../electron/core/http/json-client';
import type { Transport } from '../../../electron/core/http/json-client';
import { createCrptService } from '../../../electron/core/providers/crpt/client';
import type { Language } from '../../../shared/model/types';
import { LocalUpdateFeed } from '../../support/update-server';
import { RENDERER_DIR } from './paths';
import { exposeCoreToPage, forwardCoreEvents } from './standalone';
import { startStaticServer } from './static-server';
import type { StaticServer } from './static-server';

/**
 * The app as a user meets it, minus Electron: the built renderer in Chromium, its
 * window.assistant built by shared/ipc/build-assistant.ts (as in the preload) and
 * bridged to the real core in this Node process. Only the OS edge is faked: the
 * keychain (an AES key file), the clipboard and the browser that opens portals.
 */
export interface TestApp {
  page: Page;
  /** The running core; a new one after restart(). */
  readonly core: Core;
  dataDir: string;
  clipboard: LoggingClipboard;
  opener: RecordingOpener;
  /** Desktop notifications the reminder scheduler showed; each can be clicked. */
  notifier: RecordingNotifier;
  /** Files the user «saved» through the save dialog (calendar export). */
  fileSaver: RecordingFileSaver;
  /** Files the user «opens» through the open dialog (vault import): queue the bytes first. */
  fileOpener: RecordingFileOpener;
  /** Main's dialogs for the CryptoPro program and the OpenSSL signer's files: queue what the user «picks». */
  signerPicker: QueuedSignerPicker;
  /** Main's folder dialog (backups): queue the folders the user «picks». */
  folderPicker: QueuedFolderPicker;
  /** Set only with test.use({ manualTimers: true }): the core's clock stands still and its timers fire when the test advances it. */
  clock: ManualClock | null;
  /** The update feed of the running core (option updateFeed), reading latest.yml from the spec's local server; null without one. */
  readonly updateFeed: LocalUpdateFeed | null;
  /** Quits and reopens the app over the same data dir: a new core, the page reloaded. */
  restart(): Promise<void>;
  /** Page errors and CSP violations seen so far; the fixture fails the test if any remain at the end. */
  problems: string[];
  /** Declares CSP violations the test provokes on purpose, so that they are not counted as the app's. */
  provokesCspViolation(pattern: RegExp): void;
}

interface Options {
  manualTimers: boolean;
  /** 'basic-text': Linux without a keychain, as the Electron adapter meets it (the vault passphrase or weak storage). */
  keychain: 'file-key' | 'basic-text';
  /**
   * Origin → local URL, like a hosts file: requests of the Честный знак service to
   * an official stand go to the local stand emulator instead (filled in by the
   * spec's beforeAll; the object is read when the core starts).
   */
  resolveHosts: Record<string, string>;
  /**
   * The app's own update server, as an installed app has one: filled in by the spec's beforeAll
   * with the local server's URL (read when the core starts); an empty URL means a build without
   * updates, as in development.
   */
  updateFeed: { url: string; currentVersion: string };
}

interface WorkerFixtures {
  rendererServer: StaticServer;
}

/** The network as a hosts file would bend it: the same request, sent to the local server that stands in for the origin. */
function resolvingTransport(hosts: Record<string, string>): Transport {
  const send = fetchTransport();
  return (request) => {
    const origin = new URL(request.url).origin;
    const local = hosts[origin];
    return send(local === undefined ? request : { ...request, url: `${local}${request.url.slice(origin.length)}` });
  };
}

export const test = base.extend<{ app: TestApp } & Options, WorkerFixtures>({
  manualTimers: [false, { option: true }],
  keychain: ['file-key', { option: true }],
  resolveHosts: [{}, { option: true }],
  updateFeed: [{ url: '', currentVersion: '0.1.0' }, { option: true }],

  rendererServer: [
    // Playwright reads fixture dependencies from the destructuring pattern; this one has none.
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const server = await startStaticServer(process.env.E2E_RENDERER_DIR ?? RENDERER_DIR);
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],

  app: async ({ page, rendererServer, manualTimers, keychain, resolveHosts, updateFeed }, use, testInfo) => {
    const dataDir = await mkdtemp(join(tmpdir(), 'token-assistant-e2e-'));
    const clipboard = new LoggingClipboard();
    const opener = new RecordingOpener();
    const notifier = new RecordingNotifier();
    const fileSaver = new RecordingFileSaver();
    const fileOpener = new RecordingFileOpener();
    const signerPicker = new QueuedSignerPicker();
    const folderPicker = new QueuedFolderPicker();
    const clock = manualTimers ? new ManualClock(new Date()) : null;
    const problems: string[] = [];
    const provoked: RegExp[] = [];
    const consoleErrors: string[] = [];

    page.on('pageerror', (error) => problems.push(`Uncaught error in the page: ${error.message}`));
    page.on('console', (entry) => {
      if (entry.type() !== 'error') return;
      const text = entry.text();
      if (/Content Security Policy/i.test(text)) problems.push(`CSP violation: ${text}`);
      else consoleErrors.push(text);
    });

    let feed: LocalUpdateFeed | null = null;
    const close = async ({ core, unsubscribe }: { core: Core; unsubscribe: () => void }) => {
      unsubscribe();
      await core.dispose();
    };
    const open = async (): Promise<{ core: Core; unsubscribe: () => void }> => {
      // Each start is a new process: a new autoUpdater.
      feed = updateFeed.url === '' ? null : new LocalUpdateFeed(updateFeed.url);
      const secretBox = keychain === 'basic-text' ? createChoiceBox({ dataDir, weakBox: basicTextBoxDouble() }) : await createFileKeySecretBox(dataDir);
      const core = await createCore({
        dataDir,
        secretBox,
        clipboard,
        opener,
        notifier,
        fileSaver,
        fileOpener,
        signerPicker,
        folderPicker,
        ...(clock ? { clock } : {}),
        ...(Object.keys(resolveHosts).length > 0
          ? { crpt: { service: (language: Language) => createCrptService({ language, ...(clock ? { clock } : {}), transport: resolvingTransport(resolveHosts) }) } }
          : {}),
        log: (entry) => problems.push(`The core failed unexpectedly in ${entry.request}: ${entry.errorName}\n${entry.stack}`),
        ...(feed ? { updates: { feed, currentVersion: updateFeed.currentVersion } } : {}),
      });
      const unsubscribe = forwardCoreEvents(page, core);
      // As the Electron main process does right after start-up.
      await core.startReminders();
      core.startUpdates();
      core.startBackups();
      return { core, unsubscribe };
    };

    let running = await open();
    const stopRequests = await exposeCoreToPage(page, rendererServer, () => running.core);
    await page.goto(rendererServer.url);

    const app: TestApp = {
      page,
      get core() {
        return running.core;
      },
      dataDir,
      clipboard,
      opener,
      notifier,
      fileSaver,
      fileOpener,
      signerPicker,
      folderPicker,
      clock,
      get updateFeed() {
        return feed;
      },
      problems,
      provokesCspViolation(pattern) {
        provoked.push(pattern);
      },
      async restart() {
        await close(running);
        running = await open();
        await page.reload();
      },
    };

    await use(app);

    stopRequests();
    await close(running);
    if (consoleErrors.length > 0) {
      await testInfo.attach('console-errors.txt', { body: consoleErrors.join('\n'), contentType: 'text/plain' });
    }
    if (testInfo.status !== testInfo.expectedStatus) {
      // The vault as the failing test left it (secrets in it are encrypted), for whoever debugs.
      for (const file of ['vault.json', 'vault.backup.json']) {
        const body = await readFile(join(dataDir, file)).catch(() => null);
        if (body) await testInfo.attach(file, { body, contentType: 'application/json' });
      }
    }
    await rm(dataDir, { recursive: true, force: true });
    const unexpected = problems.filter((problem) => !(problem.startsWith('CSP violation') && provoked.some((pattern) => pattern.test(problem))));
    expect(unexpected, 'page errors, CSP violations or unexpected core failures').toEqual([]);
  },
});

export { expect };
