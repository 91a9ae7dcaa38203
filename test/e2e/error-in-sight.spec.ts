/**
 * Issue #10, point 14: an error of the core appears where the user is looking. On the
 * Честный знак screen at laptop size the alert used to render far above the window while
 * the focus stayed on «Получить токен»; now it is scrolled into view and focused, and
 * «Закрыть» gives the focus back to the button that failed.
 */
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { uiCrpt } from '../../shared/texts/ui-crpt';
import { startWorldForApp, type CrptWorld } from '../integration/crpt/setup';
import { expect, test } from './harness/fixtures';
import type { TestApp } from './harness/fixtures';
import { SCREENSHOT_DIR } from './harness/paths';
import { kindSpec, saveScreenshot, ui } from './harness/user';

const texts = uiCrpt.ru;
let world: CrptWorld;

test.beforeAll(async () => {
  world = await startWorldForApp();
});

test.afterAll(async () => {
  await world?.close();
});

async function fillCrptScreen(app: TestApp): Promise<void> {
  const { page } = app;
  await page.getByRole('button', { name: ui.dashboard.getToken }).click();
  await page.getByRole('group', { name: ui.newToken.organisationLegend }).getByRole('textbox', { name: ui.organisationForm.name, exact: true }).fill('ООО «Ромашка»');
  await page.getByRole('radio', { name: kindSpec('crpt').title.ru }).check();
  await page.getByRole('button', { name: ui.newToken.start }).click();
  await page.getByRole('radio', { name: texts.standCustom }).check();
  await page.getByRole('textbox', { name: texts.customBase }).fill(world.emulator.trueApiBase);
  await page.getByRole('textbox', { name: texts.omsConnection }).fill(world.emulator.connection);
  app.signerPicker.files.push(world.pki.user.cert, world.pki.user.key);
  await page.getByRole('button', { name: texts.chooseCertificate }).click();
  await expect(page.getByRole('textbox', { name: texts.certPath })).toHaveValue(world.pki.user.cert);
  await page.getByRole('button', { name: texts.chooseKey }).click();
  await expect(page.getByRole('textbox', { name: texts.keyPath })).toHaveValue(world.pki.user.key);
}

async function refusedObtain(page: Page): Promise<void> {
  world.emulator.inject('sign-in', { kind: 'status', status: 403, body: { code: '403', error_message: 'Доступ запрещён: код ошибки 2', description: '' } });
  await page.getByRole('button', { name: texts.obtain }).click();
}

for (const size of [
  { width: 1093, height: 614 },
  { width: 683, height: 614 },
]) {
  test(`at ${size.width}×${size.height} a refusal of the stand is in view and focused, and «Закрыть» returns to the button`, async ({ app }) => {
    const { page } = app;
    await page.setViewportSize(size);
    await fillCrptScreen(app);
    await refusedObtain(page);

    const alert = page.getByTestId('error-alert');
    await expect(alert).toContainText('машиночитаемой доверенности');
    await expect(alert).toBeInViewport();
    await expect(alert).toBeFocused();
    await page.screenshot({ path: join(SCREENSHOT_DIR, `error-in-sight-crpt-${size.width}.png`), animations: 'disabled' });
    await saveScreenshot(page, `error-in-sight-crpt-${size.width}-full`);

    // The same refusal twice is brought back into view twice (the user scrolled away meanwhile).
    await page.getByRole('button', { name: texts.obtain }).scrollIntoViewIfNeeded();
    await page.getByRole('button', { name: texts.obtain }).focus();
    await expect(alert).not.toBeInViewport();
    await refusedObtain(page);
    await expect(alert).toBeInViewport();
    await expect(alert).toBeFocused();

    await alert.getByRole('button', { name: ui.common.close }).press('Enter');
    await expect(alert).toHaveCount(0);
    await expect(page.getByRole('button', { name: texts.obtain })).toBeFocused();
  });
}
