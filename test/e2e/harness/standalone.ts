import type { Page } from '@playwright/test';
import type { Core } from '../../../electron/core/app-core';
import { bridgeScript } from './bridge';
import type { StaticServer } from './static-server';

/**
 * The harness's wiring of a page to a core, in one place: the `app` fixture
 * (fixtures.ts) and code that runs outside Playwright's test runner
 * (test/bench/dashboard.bench.ts) both use it.
 */

/**
 * Sends the page's window.assistant requests to the router of whichever core `current`
 * returns at the time (the fixture swaps cores on restart). Call before page.goto().
 *
 * They travel as JSON over HTTP to the server the page came from, not through a Playwright binding:
 * Playwright's protocol takes 50–200 ms to carry a 200 KB answer (the snapshot of 300 tokens; 2 MB at
 * 3 000), where Electron's IPC takes a few, and that would stand in every timing of the page.
 */
export async function exposeCoreToPage(page: Page, server: StaticServer, current: () => Core): Promise<() => void> {
  const { path, stop } = server.serveRequests((name, payload) => current().router.handle(name, payload));
  await page.addInitScript((endpoint) => {
    Object.defineProperty(window, '__assistantEndpoint', { value: endpoint, enumerable: false, writable: false, configurable: false });
  }, path);
  await page.addInitScript({ content: await bridgeScript() });
  return stop;
}

/** Passes the core's events (vaultChanged, openToken, clipboardChanged, updateStateChanged) on to the page. Returns the function that stops it. */
export function forwardCoreEvents(page: Page, core: Core): () => void {
  const emit = (event: string, payload: unknown) => {
    if (page.isClosed()) return;
    page
      .evaluate(
        ([name, body]) => (window as unknown as { __assistantEmit?: (e: string, p: unknown) => void }).__assistantEmit?.(name, body === undefined ? undefined : JSON.parse(body)),
        [event, JSON.stringify(payload)] as const,
      )
      .catch(() => undefined); // the page may be navigating, reloading or closing: it asks for a snapshot anyway
  };
  const stops = [
    core.on('vaultChanged', (snapshot) => emit('vaultChanged', snapshot)),
    core.on('openToken', (payload) => emit('openToken', payload)),
    core.on('clipboardChanged', (payload) => emit('clipboardChanged', payload)),
    core.on('updateStateChanged', (state) => emit('updateStateChanged', state)),
  ];
  return () => stops.forEach((stop) => stop());
}

/**
 * A page wired to one core, without the fixture's test bookkeeping. Call before
 * page.goto(). Returns the function that stops forwarding the events.
 */
export async function bridgePageToCore(page: Page, server: StaticServer, core: Core): Promise<() => void> {
  const stopRequests = await exposeCoreToPage(page, server, () => core);
  const stopEvents = forwardCoreEvents(page, core);
  return () => {
    stopEvents();
    stopRequests();
  };
}
