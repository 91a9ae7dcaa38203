import { uiFleet } from '../../shared/texts/ui-fleet';
import { message } from '../../shared/texts/messages';
import { expectNoSeriousA11yViolations } from './harness/axe';
import { expect, test } from './harness/fixtures';
import { seedToken } from './harness/seed';
import { daysFromNow, fill, goToSettings, newPortalToken, tokenRow, ui } from './harness/user';
import { screenshotsAtWidths } from './harness/widths';

const texts = uiFleet.ru.defaults;

test('Settings: the badge setting says what it does, a default of 30 days for TPSClient reaches the token page, «Проверить уведомление» shows a real one', async ({ app }) => {
  const { page } = app;
  await seedToken(app, {
    organisation: 'ООО «Ромашка»',
    kind: 'tpsclient',
    systemName: 'TPSClient',
    techEmail: 'it@romashka.by',
    secret: newPortalToken(),
    expiresAt: daysFromNow(60).toISOString(),
  });
  await goToSettings(page);
  await expect(page.getByRole('textbox', { name: 'Отмечать «Скоро истекает» за (дней)' })).toBeVisible();
  const section = page.getByRole('region', { name: texts.heading });
  const tpsclient = section.getByRole('textbox', { name: /^TPSClient/ });
  await expect(tpsclient).toHaveValue('14, 10, 5, 3, 1');
  await expectNoSeriousA11yViolations(page, 'settings with reminder defaults');
  await section.scrollIntoViewIfNeeded();
  await screenshotsAtWidths(page, 'settings-reminder-defaults');

  // A typo is refused next to the field, with the focus on it.
  await tpsclient.fill('30, десять');
  await section.getByRole('button', { name: texts.save }).click();
  await expect(page.getByTestId('field-error-reminder-default-tpsclient')).toContainText(texts.errorDays);
  await expect(tpsclient).toBeFocused();

  await tpsclient.fill('30, 7');
  await section.getByRole('button', { name: texts.save }).click();
  await expect(page.getByTestId('status-message')).toHaveText(texts.saved);
  await expect.poll(() => app.core.vault.snapshot().settings.reminderDefaults).toEqual({ tpsclient: [30, 7] });

  // Keyboard only: Tab from the save button reaches «Проверить уведомление», Enter presses it.
  await section.getByRole('button', { name: texts.save }).focus();
  await page.keyboard.press('Tab');
  await expect(section.getByRole('button', { name: texts.test })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('status-message')).toHaveText(texts.testSent);
  expect(app.notifier.shown.map((shown) => shown.title)).toEqual([message('test_notification_title', 'ru')]);

  // The token page counts from the new default.
  await page.getByRole('navigation', { name: ui.nav.label }).getByRole('button', { name: ui.nav.tokens }).click();
  await tokenRow(page, 'ООО «Ромашка»').getByRole('button', { name: ui.common.details }).click();
  await expect(page.getByRole('textbox', { name: ui.reminders.thresholdsLabel })).toHaveValue('30, 7');
  await expect(page.getByText(fill(ui.reminders.thresholdsHint, { defaults: '30, 7' }))).toBeVisible();
});
