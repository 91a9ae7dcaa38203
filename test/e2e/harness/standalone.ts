import type { Page } from '@playwright/test';
import type { Core } from '../../../electron/core/app-core';
import { bridgeScript } from './bridge';

/**
 * The harness's wiring of a page to a core, for code that runs outside Playwright's
 * test runner (test/bench/dashboard.bench.ts): the same bridge script and binding as
 * the `app` fixture (fixtures.ts), without the fixture's test bookkeeping.
 *
 * Call before page.goto(). Requests from window.assistant go to core.router.handle,
 * the core's vaultChanged and openToken events go back to the page. Returns the
 * function that stops forwarding the events.
 */
export async function bridgePageToCore(page: Page, core: Core): Promise<() => void> {
  await page.exposeBinding('__assistantInvoke', (_source, name: unknown, payload: unknown) => core.router.handle(name, payload));
  await page.addInitScript({ content: await bridgeScript() });
  const emit = (event: string, payload: unknown) => {
    if (page.isClosed()) return;
    page
      .evaluate(
        ([name, body]) => (window as unknown as { __assistantEmit?: (e: string, p: unknown) => void }).__assistantEmit?.(name, body),
        [event, payload] as const,
      )
      .catch(() => undefined); // the page may be navigating or closing: it asks for a snapshot anyway
  };
  const stops = [core.on('vaultChanged', (snapshot) => emit('vaultChanged', snapshot)), core.on('openToken', (payload) => emit('openToken', payload))];
  return () => stops.forEach((stop) => stop());
}
