import { DEFAULT_SETTINGS } from '../../shared/model/types';
import { expect, test } from './harness/fixtures';
import type { TestApp } from './harness/fixtures';
import { seedToken } from './harness/seed';
import { daysFromNow, fill, goToDashboard, goToSettings, newPortalToken, tokenRow, ui } from './harness/user';

const LABEL = 'TPSClient, бухгалтерия';

async function seed(app: TestApp): Promise<string> {
  const secret = newPortalToken();
  await seedToken(app, {
    organisation: 'ООО «Клевер»',
    kind: 'tpsclient',
    label: LABEL,
    systemName: 'TPSClient',
    techEmail: 'it@klever.by',
    secret,
    expiresAt: daysFromNow(60).toISOString(),
  });
  return secret;
}

/** «Скопировать» on the dashboard: the clipboard holds exactly the token, and the status says for how long. */
async function copyFromDashboard(app: TestApp, secret: string, seconds: number): Promise<void> {
  await tokenRow(app.page, LABEL).getByRole('button', { name: ui.common.copy }).click();
  await expect.poll(() => app.clipboard.readText()).toBe(secret);
  await expect(app.page.getByTestId('status-message')).toHaveText(fill(ui.copy.copiedClears, { seconds, name: 'Токен' }));
}

/** Lets the clipboard guard's asynchronous read-compare-write run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

test('with the time set in Settings, a copied token is wiped from the clipboard when that time is up', async ({ app }) => {
  const { page } = app;
  const secret = await seed(app);
  const seconds = 5;

  await goToSettings(page);
  await page.getByRole('textbox', { name: ui.settings.clipboardClearSeconds.label }).fill(String(seconds));
  await page.getByRole('button', { name: ui.settings.save }).click();
  await expect(page.getByTestId('status-message')).toHaveText(ui.settings.saved);
  await goToDashboard(page);

  const clickedAt = Date.now();
  await copyFromDashboard(app, secret, seconds);
  await expect.poll(() => app.clipboard.readText(), { timeout: (seconds + 5) * 1000 }).toBe('');
  expect(Date.now() - clickedAt, 'not wiped before its time').toBeGreaterThanOrEqual(seconds * 1000);
  expect(app.clipboard.writes).toEqual([secret, '']);
});

test.describe('with the default time and a clock the test moves', () => {
  test.use({ manualTimers: true });

  test('the clipboard is wiped after the default time (60 s) only if it still holds the token', async ({ app }) => {
    const clock = app.clock;
    if (!clock) throw new Error('manualTimers gives the app a manual clock');
    const secret = await seed(app);
    const fullMs = DEFAULT_SETTINGS.clipboardClearSeconds * 1000;

    // The user copies something of their own before the time is up: it is theirs, the app leaves it.
    await copyFromDashboard(app, secret, DEFAULT_SETTINGS.clipboardClearSeconds);
    clock.advance(fullMs - 1000);
    await settle();
    expect(await app.clipboard.readText()).toBe(secret);
    app.clipboard.userCopies('Декларация № 07260/261124/0012345');
    clock.advance(2000);
    await settle();
    expect(await app.clipboard.readText()).toBe('Декларация № 07260/261124/0012345');
    expect(app.clipboard.writes).toEqual([secret]);

    // Left alone, the token is wiped when the time is up.
    await copyFromDashboard(app, secret, DEFAULT_SETTINGS.clipboardClearSeconds);
    clock.advance(fullMs);
    await expect.poll(() => app.clipboard.readText()).toBe('');
    expect(app.clipboard.writes).toEqual([secret, secret, '']);
  });
});
