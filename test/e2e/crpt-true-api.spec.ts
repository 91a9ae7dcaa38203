/**
 * The True API token, as a user gets it (issue #11): the Честный знак screen asks which
 * token is needed, «Для True API» hides everything about omsConnection, «Получить токен»
 * signs in at the emulator's `/auth/simpleSignIn`, and the copied token opens True API
 * (and not СУЗ). Real openssl signature, real core in this Node process.
 */
import { uiCrpt } from '../../shared/texts/ui-crpt';
import { ping, startWorldForApp, type CrptWorld } from '../integration/crpt/setup';
import { expectNoSeriousA11yViolations } from './harness/axe';
import { expect, test } from './harness/fixtures';
import { kindSpec, ui } from './harness/user';
import { SCREENSHOT_DIR } from './harness/paths';
import { join } from 'node:path';

const texts = uiCrpt.ru;
let world: CrptWorld;

test.beforeAll(async () => {
  world = await startWorldForApp();
});

test.afterAll(async () => {
  await world?.close();
});

test('the user asks for a True API token: no omsConnection anywhere, and the token opens True API', async ({ app }) => {
  const { page } = app;
  await page.getByRole('button', { name: ui.dashboard.getToken }).click();
  await page.getByRole('group', { name: ui.newToken.organisationLegend }).getByRole('textbox', { name: ui.organisationForm.name, exact: true }).fill('ООО «Ромашка»');
  await page.getByRole('radio', { name: kindSpec('crpt').title.ru }).check();
  await page.getByRole('button', { name: ui.newToken.start }).click();

  await expect(page.getByRole('heading', { level: 1, name: texts.title })).toBeVisible();
  const purpose = page.getByRole('group', { name: texts.purposeLegend });
  // СУЗ is the default, and each choice says in plain words what it is for.
  await expect(purpose.getByRole('radio', { name: texts.purposeSuz })).toBeChecked();
  await expect(purpose.getByRole('radio', { name: texts.purposeTrueApi })).toHaveAccessibleDescription(texts.purposeTrueApiHint);
  await expect(page.getByRole('textbox', { name: texts.omsConnection })).toBeVisible();

  await purpose.getByRole('radio', { name: texts.purposeTrueApi }).check();
  await expect(page.getByRole('textbox', { name: texts.omsConnection })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: texts.findHeading })).toHaveCount(0);
  await expect(page.getByText('omsConnection) не нужен — он только для СУЗ')).toBeVisible();

  await page.getByRole('radio', { name: texts.standCustom }).check();
  await page.getByRole('textbox', { name: texts.customBase }).fill(world.emulator.trueApiBase);
  app.signerPicker.files.push(world.pki.user.cert, world.pki.user.key);
  await page.getByRole('button', { name: texts.chooseCertificate }).click();
  await expect(page.getByRole('textbox', { name: texts.certPath })).toHaveValue(world.pki.user.cert);
  await page.getByRole('button', { name: texts.chooseKey }).click();
  await expect(page.getByRole('textbox', { name: texts.keyPath })).toHaveValue(world.pki.user.key);
  await expectNoSeriousA11yViolations(page, 'crpt-true-api');
  for (const [width, height] of [
    [1280, 800],
    [1093, 614],
    [683, 768],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: join(SCREENSHOT_DIR, `crpt-true-api-${width}x${height}.png`), fullPage: true, animations: 'disabled' });
  }
  await page.setViewportSize({ width: 1280, height: 800 });

  const before = world.emulator.signIns.length;
  await page.getByRole('button', { name: texts.obtain }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Честный знак, True API' })).toBeVisible();
  expect(world.emulator.signIns.slice(before)).toEqual([expect.objectContaining({ purpose: 'trueapi', omsConnection: '', status: 200 })]);
  // Where it goes: True API, not СУЗ.
  await expect(page.getByText('Authorization: Bearer')).toBeVisible();
  await expect(page.getByText('HTTP-заголовок clientToken')).toHaveCount(0);

  await page.getByRole('button', { name: ui.common.copy }).click();
  await expect.poll(() => app.clipboard.writes.length).toBe(1);
  const token = app.clipboard.writes[0] ?? '';
  expect(world.emulator.trueApiTokenLive(token)).toBe(true);
  expect(await ping(world.emulator, token)).toBe(401);

  // A new one from the details screen is a True API token again.
  await page.getByRole('button', { name: texts.refresh }).click();
  await expect(page.getByTestId('status-message')).toHaveText(texts.refreshed);
  expect(world.emulator.signIns.at(-1)).toMatchObject({ purpose: 'trueapi', status: 200 });
});
