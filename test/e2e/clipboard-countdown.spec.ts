import { DEFAULT_SETTINGS } from '../../shared/model/types';
import { uiTraps } from '../../shared/texts/ui-traps';
import { expectNoSeriousA11yViolations } from './harness/axe';
import { expect, test } from './harness/fixtures';
import { seedToken } from './harness/seed';
import { daysFromNow, fill, newPortalToken, saveScreenshot, tokenRow, ui } from './harness/user';

/**
 * Issue 10, point 16: after «Скопировать» the window shows how long the token stays on the
 * clipboard, and once the core has wiped it, «Буфер очищен — скопировать снова». The core's
 * clock stands still here: the window cannot decide the wipe by itself, it learns it from the core.
 */

const texts = uiTraps.ru.clipboard;
const LABEL = 'TPSClient, таможня';
const countdownText = new RegExp(`^${fill(texts.countdown, { name: 'Токен', seconds: 999 }).replace('999', '(\\d+)')}$`);

test.use({ manualTimers: true });

for (const size of [
  { width: 1093, height: 614 },
  { width: 683, height: 800 },
] as const) {
  test(`a copied token shows its countdown, then «Буфер очищен — скопировать снова» when the core wiped it (${size.width}×${size.height})`, async ({ app }) => {
    const { page } = app;
    const clock = app.clock;
    if (!clock) throw new Error('manualTimers gives the app a manual clock');
    await page.setViewportSize(size);
    const secret = newPortalToken();
    await seedToken(app, {
      organisation: 'ООО «Лесная»',
      kind: 'tpsclient',
      label: LABEL,
      systemName: 'TPSClient',
      techEmail: 'it@lesnaya.by',
      secret,
      expiresAt: daysFromNow(50).toISOString(),
    });

    await tokenRow(page, LABEL).getByRole('button', { name: ui.common.copy }).click();
    await expect.poll(() => app.clipboard.readText()).toBe(secret);

    // The countdown, in words, from the default 60 s; it is not a live region, so its seconds are not read out one by one.
    const panel = page.getByRole('region', { name: texts.region });
    await expect(panel).toBeVisible();
    const line = panel.getByText(countdownText);
    await expect(line).toBeVisible();
    const shown = Number(countdownText.exec((await line.textContent()) ?? '')?.[1]);
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThanOrEqual(DEFAULT_SETTINGS.clipboardClearSeconds);
    await expect(panel.locator('[aria-live], [role="status"], [role="alert"]')).toHaveCount(0);
    await expect(page.getByTestId('clipboard-announcement')).toHaveText('');
    await expect(panel.getByRole('button', { name: texts.wiped })).toHaveCount(0);
    await saveScreenshot(page, `clipboard-countdown-${size.width}x${size.height}`);
    await expectNoSeriousA11yViolations(page, `clipboard countdown ${size.width}`);

    // The core wipes when its own time is up, and only then the window says so (once, politely).
    clock.advance(DEFAULT_SETTINGS.clipboardClearSeconds * 1000);
    await expect.poll(() => app.clipboard.readText()).toBe('');
    const again = panel.getByRole('button', { name: texts.wiped });
    await expect(again).toBeVisible();
    await expect(page.getByTestId('clipboard-announcement')).toHaveText(texts.announceWiped);
    await saveScreenshot(page, `clipboard-wiped-${size.width}x${size.height}`);
    await expectNoSeriousA11yViolations(page, `clipboard wiped ${size.width}`);

    // By keyboard: «скопировать снова» puts the token back and the countdown starts over.
    await again.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => app.clipboard.readText()).toBe(secret);
    await expect(panel.getByText(countdownText)).toBeVisible();
    await expect(panel).toBeFocused();
    expect(app.clipboard.writes).toEqual([secret, '', secret]);

    // The user copies something of their own: the core leaves it, and the countdown goes without a «wiped».
    app.clipboard.userCopies('УНП 191234567');
    clock.advance(DEFAULT_SETTINGS.clipboardClearSeconds * 1000);
    await expect(panel).toHaveCount(0);
    expect(await app.clipboard.readText()).toBe('УНП 191234567');
  });
}

test('«Скрыть» puts the wiped line away', async ({ app }) => {
  const { page } = app;
  const clock = app.clock;
  if (!clock) throw new Error('manualTimers gives the app a manual clock');
  await seedToken(app, {
    organisation: 'ООО «Лесная»',
    kind: 'tpsclient',
    label: LABEL,
    systemName: 'TPSClient',
    techEmail: 'it@lesnaya.by',
    secret: newPortalToken(),
    expiresAt: daysFromNow(50).toISOString(),
  });
  await tokenRow(page, LABEL).getByRole('button', { name: ui.common.copy }).click();
  await expect(page.getByRole('region', { name: texts.region })).toBeVisible();
  clock.advance(DEFAULT_SETTINGS.clipboardClearSeconds * 1000);
  const panel = page.getByRole('region', { name: texts.region });
  await panel.getByRole('button', { name: texts.hide }).click();
  await expect(panel).toHaveCount(0);
});
