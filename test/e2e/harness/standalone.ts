import type { Page } from '@playwright/test';
import type { Core } from '../../../electron/core/app-core';
import { bridgeScript } from './bridge';

/**
 * The harness's wiring of a page to a core, in one place: the `app` fixture
 * (fixtures.ts) and code that runs outside Playwright's test runner
 * (test/bench/dashboard.bench.ts) both use it.
 */

/**
 * Sends the page's window.assistant requests to the router of whichever core `current`
 * returns at the time (the fixture swaps cores on restart). Call before page.goto().
 */
export async function exposeCoreToPage(page: Page, current: () => Core): Promise<void> {
  await page.exposeBinding('__assistantInvoke', (_source, name: unknown, payload: unknown) => current().router.handle(name, payload));
  await page.addInitScript({ content: await bridgeScript() });
}

/** Passes the core's events (vaultChanged, openToken, clipboardChanged, updateStateChanged) on to the page. Returns the function that stops it. */
export function forwardCoreEvents(page: Page, core: Core): () => void {
  const emit = (event: string, payload: unknown) => {
    if (page.isClosed()) return;
    page
      .evaluate(([name, body]) => (window as unknown as { __assistantEmit?: (e: string, p: unknown) => void }).__assistantEmit?.(name, body), [event, payload] as const)
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
export async function bridgePageToCore(page: Page, core: Core): Promise<() => void> {
  await exposeCoreToPage(page, () => core);
  return forwardCoreEvents(page, core);
}
