import { defineConfig } from '@playwright/test';
import { BROWSER_ARGS, findBrowser } from './test/tools/find-browser.mjs';

// The end-to-end tests serve the built renderer (out/renderer) in Chromium and bridge
// window.assistant to the real, Electron-free core in Node: see test/e2e/harness/.
// The browser is the system's Chromium where there is one (see test/tools/find-browser.mjs).
const browser = findBrowser();

export default defineConfig({
  testDir: 'test/e2e',
  outputDir: 'test-results/e2e-artifacts',
  globalSetup: './test/e2e/harness/global-setup.ts',
  workers: 2,
  fullyParallel: true,
  retries: 0,
  forbidOnly: true,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e-report.json' }]],
  metadata: { browser: browser.description },
  use: {
    browserName: 'chromium',
    launchOptions: { executablePath: browser.executablePath, args: [...BROWSER_ARGS] },
    viewport: { width: 1280, height: 800 },
    locale: 'ru-RU',
    // Not Minsk: the portal's Minsk time must visibly become the user's own zone.
    timezoneId: 'Europe/Berlin',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
});
