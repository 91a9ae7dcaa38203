import type { Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';
import { ui } from './user';

/**
 * The dashboard's token list is virtualised: only the rows near the screen are in the page.
 * These helpers read it as a user does, by scrolling it from top to bottom, and by the
 * table's own aria-rowcount (what a screen reader announces), never by a count of DOM rows.
 */

export interface ListedRow {
  id: string;
  text: string;
}

export const tokenTable = (page: Page): Locator => page.getByTestId('token-table');

/** Waits until the table says it has `count` token rows (aria-rowcount less the header row); 0: no table. */
export async function expectListedCount(page: Page, count: number): Promise<void> {
  if (count === 0) {
    await expect(tokenTable(page)).toHaveCount(0);
    return;
  }
  await expect(tokenTable(page)).toHaveAttribute('aria-rowcount', String(count + 1));
}

/** Every token row of the list in screen order, collected by scrolling the page down, then back to the top. */
export async function listedRows(page: Page): Promise<ListedRow[]> {
  return withTallWindow(page, () => readRows(page));
}

/**
 * A window a few screens tall while the list is read: fewer scroll steps, each waiting for the
 * browser's next frames (slow on a busy machine), then the window as it was.
 */
async function withTallWindow<T>(page: Page, work: () => Promise<T>): Promise<T> {
  const size = page.viewportSize();
  if (!size) return work();
  await page.setViewportSize({ width: size.width, height: 4000 });
  try {
    return await work();
  } finally {
    await page.setViewportSize(size);
  }
}

function readRows(page: Page): Promise<ListedRow[]> {
  return page.evaluate(async () => {
    const table = document.querySelector('[data-testid="token-table"]');
    if (!table) return [];
    const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const seen = new Map<number, { id: string; text: string }>();
    window.scrollTo(0, 0);
    for (let step = 0; step < 500; step += 1) {
      await frame();
      for (const row of table.querySelectorAll('[data-testid="token-row"]')) {
        seen.set(Number(row.getAttribute('aria-rowindex')), { id: row.getAttribute('data-token-id') ?? '', text: row.textContent ?? '' });
      }
      if (table.getBoundingClientRect().bottom <= window.innerHeight) break;
      const before = window.scrollY;
      window.scrollBy(0, Math.floor(window.innerHeight * 0.9));
      if (window.scrollY === before) break; // the page's end
    }
    window.scrollTo(0, 0);
    await frame();
    return [...seen.entries()].sort(([a], [b]) => a - b).map(([, row]) => row);
  });
}

export async function listedIds(page: Page): Promise<string[]> {
  return (await listedRows(page)).map((row) => row.id);
}

/** Scrolls the list until the row of that token is in the page, and returns it (centred on the screen). */
export async function revealRow(page: Page, tokenId: string): Promise<Locator> {
  const offset = await withTallWindow(page, () =>
    page.evaluate(async (id) => {
      const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      window.scrollTo(0, 0);
      for (let step = 0; step < 500; step += 1) {
        await frame();
        const row = document.querySelector(`[data-token-id="${CSS.escape(id)}"]`);
        if (row) return row.getBoundingClientRect().top + window.scrollY;
        const before = window.scrollY;
        window.scrollBy(0, Math.floor(window.innerHeight * 0.9));
        if (window.scrollY === before) return null; // the page's end
      }
      return null;
    }, tokenId),
  );
  if (offset === null) throw new Error(`The list has no row for token ${tokenId}`);
  await page.evaluate((top) => window.scrollTo(0, top - window.innerHeight / 2), offset);
  const row = page.locator(`[data-testid="token-row"][data-token-id="${tokenId}"]`);
  await expect(row).toBeInViewport();
  return row;
}

/** The dashboard's tab of organisations (the tokens' tab is the one shown at start). */
export async function openOrganisationsTab(page: Page): Promise<void> {
  await page.getByRole('tab', { name: new RegExp(`^${ui.dashboardView.tabs.organisations}`) }).click();
}
