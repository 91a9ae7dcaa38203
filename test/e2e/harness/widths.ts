import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { SCREENSHOT_DIR } from './paths';

/** Full-page screenshots at the three window sizes the app is checked at (1280×800, 1093×614, 683 px wide); back to 1280×800 after. */
export async function screenshotsAtWidths(page: Page, name: string): Promise<void> {
  for (const [width, height] of [
    [1280, 800],
    [1093, 614],
    [683, 800],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}-${width}x${height}.png`), fullPage: true, animations: 'disabled' });
  }
  await page.setViewportSize({ width: 1280, height: 800 });
}
