import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { message } from '../../shared/texts/messages';
import { uiUpdates } from '../../shared/texts/ui-updates';
import { UPDATES_FILE } from '../../electron/core/updates/update-prefs';
import { expectNoSeriousA11yViolations } from './harness/axe';
import { expect, test } from './harness/fixtures';
import { SCREENSHOT_DIR } from './harness/paths';
import { fill, goToSettings, saveScreenshot, ui } from './harness/user';
import { installerName, startUpdateServer } from '../support/update-server';
import type { UpdateServer } from '../support/update-server';

/**
 * The app's own updates as a user meets them: the real core reads latest.yml from a local
 * update server (through electron-updater's generic provider) at start; the dashboard says
 * «Доступна версия …» with what changed; «Установить при выходе» downloads and allows the
 * install on quit; Settings has the switch «Проверять обновления»; a failure is a sentence.
 */

const texts = uiUpdates.ru;
const feed = { url: '', currentVersion: '0.1.0' };
let server: UpdateServer;

test.use({ updateFeed: feed });

test.beforeAll(async () => {
  server = await startUpdateServer();
  feed.url = server.url;
});

test.afterAll(async () => {
  await server.close();
});

test.beforeEach(() => {
  server.misbehave('none');
  server.requests.length = 0;
});

const NOTES =
  '<h2>Что нового</h2><ul><li>Напоминания о ключе СМДО приходят и в трей</li><li>Быстрее открывается список из 300 токенов</li></ul><script>document.title="взлом"</script><img src=x onerror="document.title=1">';

const banner = (page: Page) => page.getByRole('region', { name: fill(texts.available, { version: '0.2.0' }) });

async function screenshotsAtWidths(page: Page, name: string): Promise<void> {
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

/** Presses Tab until the named button has the focus, as a keyboard user reaches it. */
async function tabTo(page: Page, name: string): Promise<void> {
  for (let presses = 0; presses < 40; presses += 1) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
    if (focused === name) return;
  }
  throw new Error(`«${name}» is not reachable with Tab`);
}

test('«Доступна версия 0.2.0» on the dashboard with what changed as text; «Установить при выходе» by keyboard downloads it for the install on quit', async ({ app }) => {
  server.publish('0.2.0', { notes: NOTES, releaseDate: '2026-12-01T10:00:00.000Z' });
  const { page } = app;
  await app.restart();
  await expect(banner(page)).toBeVisible();
  const notes = banner(page).getByTestId('update-notes');
  await expect(notes).toHaveText(/Напоминания о ключе СМДО приходят и в трей\s+• Быстрее открывается список из 300 токенов/);
  // The feed's HTML never becomes elements of the page.
  await expect(notes).not.toContainText('<');
  expect(await notes.locator('script, img').count()).toBe(0);
  expect(await page.title()).not.toMatch(/взлом|^1$/);
  // Nothing is fetched but latest.yml until the user agrees.
  expect(server.requests.filter((path) => path !== '/latest.yml')).toEqual([]);
  await expectNoSeriousA11yViolations(page, 'update banner');
  await saveScreenshot(page, 'updates-banner');
  await screenshotsAtWidths(page, 'updates-banner');

  await tabTo(page, texts.install);
  await page.keyboard.press('Enter');
  await expect(banner(page).getByRole('status')).toHaveText(fill(texts.ready, { version: '0.2.0' }));
  await expect(page.getByText(fill(texts.consentSaved, { version: '0.2.0' }))).toBeVisible();
  expect(server.requests).toContain(`/${installerName('0.2.0')}`);
  expect(app.updateFeed?.installOnQuit).toBe(true);
  const saved = JSON.parse(readFileSync(join(app.dataDir, UPDATES_FILE), 'utf8')) as { consentVersion: string };
  expect(saved.consentVersion).toBe('0.2.0');
  await expectNoSeriousA11yViolations(page, 'update banner, ready');
  await saveScreenshot(page, 'updates-banner-ready');
});

test('«Не сейчас» hides the banner for this version; Settings still offers it', async ({ app }) => {
  server.publish('0.2.0', { notes: 'Исправления' });
  const { page } = app;
  await app.restart();
  await banner(page).getByRole('button', { name: texts.later }).click();
  await expect(banner(page)).toBeHidden();
  expect(app.updateFeed?.installOnQuit).toBe(false);
  await goToSettings(page);
  const section = page.getByRole('region', { name: texts.settingsHeading });
  await expect(section.getByRole('status')).toHaveText(`${fill(texts.available, { version: '0.2.0' })}.`);
  await expect(section.getByRole('button', { name: texts.install })).toBeVisible();
});

test('Settings → «Проверять обновления»: off stops every check, even after a restart, and withdraws the install; on checks at once', async ({ app }) => {
  server.publish('0.1.0');
  const { page } = app;
  await app.restart();
  await goToSettings(page);
  const section = page.getByRole('region', { name: texts.settingsHeading });
  const switchBox = section.getByRole('checkbox', { name: texts.switchLabel });
  await expect(switchBox).toBeChecked();
  await expect(section.getByRole('status')).toHaveText(texts.upToDate);
  await expect(section.getByText(fill(texts.current, { version: '0.1.0' }))).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'settings, updates');
  await saveScreenshot(page, 'updates-settings');
  await screenshotsAtWidths(page, 'updates-settings');

  // Keyboard: Space toggles the switch.
  await switchBox.focus();
  await page.keyboard.press('Space');
  await expect(switchBox).not.toBeChecked();
  await expect(section.getByRole('status')).toHaveText(texts.disabled);
  expect(app.updateFeed?.installOnQuit).toBe(false);

  const asked = server.requests.length;
  server.publish('0.2.0');
  await app.restart();
  await goToSettings(page);
  await expect(page.getByRole('checkbox', { name: texts.switchLabel })).not.toBeChecked();
  await page.getByRole('button', { name: ui.nav.tokens }).click();
  await expect(banner(page)).toBeHidden();
  expect(server.requests).toHaveLength(asked);

  await goToSettings(page);
  // The box follows the core's answer, so it turns checked a moment after the click.
  await page.getByRole('checkbox', { name: texts.switchLabel }).click();
  await expect(page.getByRole('checkbox', { name: texts.switchLabel })).toBeChecked();
  await expect(page.getByRole('region', { name: texts.settingsHeading }).getByRole('status')).toHaveText(`${fill(texts.available, { version: '0.2.0' })}.`);
  expect(server.requests.length).toBeGreaterThan(asked);
});

test('a failed check is said plainly in Settings and the app goes on working', async ({ app }) => {
  server.misbehave(404);
  const { page } = app;
  await app.restart();
  await goToSettings(page);
  const section = page.getByRole('region', { name: texts.settingsHeading });
  await expect(section.getByText(message('update_failed_not_found', 'ru'))).toBeVisible();
  await expect(page.getByTestId('update-banner')).toHaveCount(0);
  await expectNoSeriousA11yViolations(page, 'settings, update check failed');
  await saveScreenshot(page, 'updates-settings-failed');

  // The server is back: «Проверить сейчас» finds the version.
  server.misbehave('none');
  server.publish('0.2.0');
  await section.getByRole('button', { name: texts.checkNow }).click();
  await expect(section.getByRole('status')).toHaveText(`${fill(texts.available, { version: '0.2.0' })}.`);
  await page.getByRole('button', { name: ui.nav.tokens }).click();
  await expect(banner(page)).toBeVisible();
});
