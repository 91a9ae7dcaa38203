import type { Page } from '@playwright/test';
import { locateToken } from '../../shared/model/locate-token';
import { uiOrgs } from '../../shared/texts/ui-orgs';
import { uiTraps } from '../../shared/texts/ui-traps';
import { startSmdoEmulator } from '../fixtures/smdo-emulator';
import type { SmdoEmulator } from '../fixtures/smdo-emulator';
import { expectNoSeriousA11yViolations } from './harness/axe';
import { expect, test as base } from './harness/fixtures';
import type { TestApp } from './harness/fixtures';
import { goToDashboard, saveScreenshot, tokenRow, ui } from './harness/user';

/**
 * Issue 10, point 17: an СМДО key rotation in progress survives a restart. Once the checklist
 * reaches the portal's «Обновить», the step and the new key typed so far are kept in the vault
 * (the key encrypted), and a red banner on the dashboard and the record's page leads back to
 * finishing the rotation until the new key is saved.
 */

const smdoTexts = uiOrgs.ru.smdo;
const texts = uiTraps.ru.rotation;
const LOGIN = 'Rt5mPq7RtW9vB3nL5cY8hJ1dF4s';
const KEY = 'qW8_qL2xKp5RmT7wZc3Hb9Ys1Df';

const test = base.extend<{ emulator: SmdoEmulator }>({
  // eslint-disable-next-line no-empty-pattern
  emulator: async ({}, use) => {
    const emulator = await startSmdoEmulator({ login: LOGIN, key: KEY });
    await use(emulator);
    await emulator.close();
  },
});

const rotationSteps = (page: Page) => page.getByTestId('smdo-rotation-steps');
const banner = (page: Page) => page.getByRole('region', { name: texts.bannerTitle });

async function seedSmdo(app: TestApp, emulator: SmdoEmulator, label: string): Promise<string> {
  const organisation = await app.core.vault.saveOrganisation({ name: 'Горисполком', taxId: '' });
  const saved = await app.core.router.handle('smdoSave', { organisationId: organisation.id, label, login: LOGIN, key: KEY, tokenUrl: emulator.tokenUrl, confirmTypedHost: true });
  if (!saved.ok) throw new Error(saved.error.message);
  return (saved.value as { id: string }).id;
}

/** «Сменить ключ», the ВСЭД place found, «Обновить» pressed on the portal: the new-key step. */
async function rotateUntilNewKey(page: Page, label: string): Promise<void> {
  await tokenRow(page, label).getByRole('button', { name: ui.common.details }).click();
  await page.getByRole('button', { name: smdoTexts.rotate }).click();
  for (let step = 0; step < 2; step += 1) {
    for (const box of await rotationSteps(page).getByRole('checkbox').all()) await box.check();
    await rotationSteps(page).getByRole('button', { name: smdoTexts.next }).click();
  }
  await expect(rotationSteps(page).getByLabel('Ключ', { exact: true })).toBeVisible();
}

const rotationOf = (app: TestApp, tokenId: string) => locateToken(app.core.vault.snapshot(), tokenId)?.token.smdoRotation;

for (const size of [
  { width: 1093, height: 614 },
  { width: 683, height: 800 },
] as const) {
  test(`a rotation interrupted by a restart is shown in red and finished from the banner (${size.width}×${size.height})`, async ({ app, emulator }) => {
    const { page } = app;
    await page.setViewportSize(size);
    const label = `СМДО ${size.width}`;
    const tokenId = await seedSmdo(app, emulator, label);
    await expect(banner(page)).toHaveCount(0);

    await rotateUntilNewKey(page, label);
    const newKey = emulator.rotateKey();
    await rotationSteps(page).getByLabel('Ключ', { exact: true }).fill(newKey);
    // Kept once typing pauses, encrypted; the window never gets the key back in the snapshot.
    await expect.poll(() => rotationOf(app, tokenId)?.hasKey).toBe(true);

    // The app is closed before «Сохранить новый ключ».
    await app.restart();
    await expect(banner(page)).toBeVisible();
    await expect(banner(page)).toContainText(label);
    await expect(banner(page)).toContainText(texts.bannerKeyKept);
    await saveScreenshot(page, `smdo-rotation-banner-dashboard-${size.width}x${size.height}`);
    await expectNoSeriousA11yViolations(page, `rotation banner, dashboard ${size.width}`);

    // The banner leads back: the record's page, the new-key step, the key as typed.
    await banner(page).getByRole('button', { name: texts.finish }).click();
    await expect(page.getByRole('heading', { level: 1, name: label })).toBeVisible();
    await expect(banner(page)).toBeVisible();
    const keyField = rotationSteps(page).getByLabel('Ключ', { exact: true });
    await expect(keyField).toHaveValue(newKey);
    await expect(page.locator('#smdo-rotation-step-heading')).toBeFocused();
    await saveScreenshot(page, `smdo-rotation-banner-details-${size.width}x${size.height}`);
    await expectNoSeriousA11yViolations(page, `rotation banner, record ${size.width}`);

    // Saved and checked: the rotation is over, and so is the banner.
    await rotationSteps(page).getByRole('button', { name: smdoTexts.rotateSave }).click();
    await expect(rotationSteps(page).getByTestId('smdo-rotation-check')).toContainText('Новый ключ сохранён и проверен');
    await expect(banner(page)).toHaveCount(0);
    expect(rotationOf(app, tokenId)).toBeUndefined();
    expect(await app.core.vault.revealSecret(tokenId)).toBe(newKey);
    await goToDashboard(page);
    await expect(banner(page)).toHaveCount(0);
  });
}

test('a rotation cancelled before the portal step leaves nothing; after it, the banner stays until the user says the key was not updated', async ({ app, emulator }) => {
  const { page } = app;
  await page.setViewportSize({ width: 1280, height: 800 });
  const label = 'СМДО, канцелярия';
  const tokenId = await seedSmdo(app, emulator, label);

  // First step only (nothing irreversible yet): cancelling forgets it.
  await tokenRow(page, label).getByRole('button', { name: ui.common.details }).click();
  await page.getByRole('button', { name: smdoTexts.rotate }).click();
  await rotationSteps(page).getByRole('button', { name: smdoTexts.cancel }).click();
  expect(rotationOf(app, tokenId)).toBeUndefined();
  await expect(banner(page)).toHaveCount(0);

  // Past the portal's step: leaving the page keeps the rotation, and the banner says so.
  await goToDashboard(page);
  await rotateUntilNewKey(page, label);
  await expect.poll(() => rotationOf(app, tokenId)?.stepIndex).toBe(2);
  await goToDashboard(page);
  await expect(banner(page)).toBeVisible();
  await expect(banner(page)).not.toContainText(texts.bannerKeyKept);
  await banner(page).getByRole('button', { name: texts.discard }).click();
  await expect(banner(page)).toHaveCount(0);
  expect(rotationOf(app, tokenId)).toBeUndefined();
});
