/**
 * Issue #9, item 3, as the user meets it: an СМДО record whose token address the
 * user never confirmed (it came from a file, or from an older version) is not
 * checked behind their back. «Проверить» asks, next to the button, whether the
 * login and key may go to that server; one click confirms it and checks.
 */
import { message } from '../../shared/texts/messages';
import { uiCrpt } from '../../shared/texts/ui-crpt';
import { uiOrgs } from '../../shared/texts/ui-orgs';
import { startSmdoEmulator } from '../fixtures/smdo-emulator';
import type { SmdoEmulator } from '../fixtures/smdo-emulator';
import { expectNoSeriousA11yViolations } from './harness/axe';
import { expect, test as base } from './harness/fixtures';
import { goToDashboard, kindSpec, saveScreenshot, tokenRow, ui } from './harness/user';

const LOGIN = 'Kx2mPq7RtW9vB3nL5cY8hJ1dF4s';
const KEY = 'vN8_qL2xKp5RmT7wZc3Hb9Ys1Df';
const LABEL = 'СМДО, канцелярия';

const test = base.extend<{ emulator: SmdoEmulator }>({
  // eslint-disable-next-line no-empty-pattern
  emulator: async ({}, use) => {
    const emulator = await startSmdoEmulator({ login: LOGIN, key: KEY });
    await use(emulator);
    await emulator.close();
  },
});

test('an СМДО address nobody confirmed gets nothing until the user confirms it next to «Проверить»', async ({ app, emulator }) => {
  const { page } = app;
  // The record as an import or an older version leaves it: the address is stored, never confirmed here.
  const organisation = await app.core.router.handle('saveOrganisation', { name: 'Райисполком', taxId: '' });
  if (!organisation.ok) throw new Error(organisation.error.message);
  const saved = await app.core.router.handle('saveToken', {
    organisationId: (organisation.value as { id: string }).id,
    kind: 'smdo',
    label: LABEL,
    systemName: '',
    techEmail: '',
    secret: KEY,
    expiresAt: null,
    notes: '',
    settings: { tokenUrl: emulator.tokenUrl, login: LOGIN },
  });
  if (!saved.ok) throw new Error(saved.error.message);

  await goToDashboard(page);
  await tokenRow(page, LABEL).getByRole('button', { name: ui.common.details }).click();
  await expect(page.getByRole('heading', { level: 1, name: LABEL })).toBeVisible();

  await page.getByRole('button', { name: uiOrgs.ru.smdo.check, exact: true }).click();
  const prompt = page.getByTestId('host-confirm');
  await expect(prompt).toHaveAttribute('role', 'alert');
  await expect(prompt).toContainText(message('host_not_confirmed_smdo', 'ru', { host: emulator.url }));
  await expect(prompt.getByTestId('host-confirm-origin')).toHaveText(emulator.url);
  const confirm = prompt.getByRole('button', { name: message('host_confirm_retry', 'ru') });
  await expect(confirm).toBeFocused();
  expect(emulator.requests).toHaveLength(0);
  await saveScreenshot(page, 'host-confirm-smdo');
  await expectNoSeriousA11yViolations(page, 'host confirmation prompt');

  await confirm.click();
  await expect(page.getByTestId('status-message')).toContainText('Проверка прошла');
  await expect(prompt).toBeHidden();
  expect(emulator.issued).toHaveLength(1);

  // Confirmed once for this record: the next check just runs.
  await page.getByRole('button', { name: uiOrgs.ru.smdo.check, exact: true }).click();
  await expect.poll(() => emulator.issued.length).toBe(2);
  await expect(prompt).toBeHidden();
});

test('a custom Честный знак stand cannot refresh by itself, and the screen says why', async ({ app }) => {
  const { page } = app;
  const texts = uiCrpt.ru;
  await page.getByRole('button', { name: ui.dashboard.getToken }).click();
  await page.getByRole('group', { name: ui.newToken.organisationLegend }).getByRole('textbox', { name: ui.organisationForm.name, exact: true }).fill('ООО «Ромашка»');
  await page.getByRole('radio', { name: kindSpec('crpt').title.ru }).check();
  await page.getByRole('button', { name: ui.newToken.start }).click();
  const autoRefresh = page.getByRole('checkbox', { name: texts.autoRefresh });
  await autoRefresh.check();
  await page.getByRole('radio', { name: texts.standCustom }).check();
  await page.getByRole('textbox', { name: texts.customBase }).fill('https://stand.example.ru/api/v3/true-api');
  await expect(autoRefresh).toBeDisabled();
  await expect(autoRefresh).not.toBeChecked();
  await expect(page.getByTestId('crpt-auto-refresh-custom')).toHaveText(message('crpt_auto_refresh_official_only', 'ru', { host: 'https://stand.example.ru' }));
  await page.getByRole('radio', { name: texts.standSandbox }).check();
  await expect(autoRefresh).toBeEnabled();
  await expect(autoRefresh).toBeChecked();
});
