import type { Page } from '@playwright/test';
import { smdo, smdoKeyRotationChecklist } from '../../shared/kinds/smdo';
import { formatPortalDate } from '../../shared/time/portal-time';
import { message } from '../../shared/texts/messages';
import { uiOrgs } from '../../shared/texts/ui-orgs';
import { startSmdoEmulator } from '../fixtures/smdo-emulator';
import type { SmdoEmulator } from '../fixtures/smdo-emulator';
import { expectNoSeriousA11yViolations } from './harness/axe';
import { expect, test as base } from './harness/fixtures';
import { goToDashboard, saveScreenshot, tokenRow, ui } from './harness/user';

const texts = uiOrgs.ru.smdo;
const LOGIN = 'Kx2mPq7RtW9vB3nL5cY8hJ1dF4s';
const KEY = 'vN8_qL2xKp5RmT7wZc3Hb9Ys1Df';

/** Each test's own СМДО server, which knows LOGIN and KEY; closed after the test, however it ends. */
const test = base.extend<{ emulator: SmdoEmulator }>({
  // Playwright reads fixture dependencies from the destructuring pattern; this one has none.
  // eslint-disable-next-line no-empty-pattern
  emulator: async ({}, use) => {
    const emulator = await startSmdoEmulator({ login: LOGIN, key: KEY });
    await use(emulator);
    await emulator.close();
  },
});

const steps = (page: Page, id: string) => page.getByTestId(`${id}-steps`);

async function tickAll(page: Page, id: string): Promise<void> {
  for (const box of await steps(page, id).getByRole('checkbox').all()) await box.check();
}

/** From the dashboard to the СМДО wizard's credentials step, for a new organisation, and LOGIN and KEY typed there. */
async function typeCredentials(page: Page, organisationName: string): Promise<void> {
  await page.getByRole('button', { name: ui.dashboard.getToken }).click();
  await page.getByRole('group', { name: ui.newToken.organisationLegend }).getByRole('textbox', { name: ui.organisationForm.name, exact: true }).fill(organisationName);
  await page.getByRole('radio', { name: smdo.title.ru }).check();
  await page.getByRole('button', { name: ui.newToken.start }).click();
  await expect(page.getByRole('heading', { level: 1, name: texts.title })).toBeVisible();
  // Every check of a step must be ticked first.
  for (;;) {
    const onCredentials = await page.getByLabel(smdo.fields[0]?.label.ru ?? 'Логин', { exact: true }).count();
    if (onCredentials) break;
    await tickAll(page, 'smdo');
    await steps(page, 'smdo').getByRole('button', { name: texts.next }).click();
  }
  await page.getByLabel('Логин', { exact: true }).fill(LOGIN);
  await page.getByLabel('Ключ', { exact: true }).fill(KEY);
}

test('the user saves the СМДО login and key, checks them, and the key rotation is guarded', async ({ app, emulator }) => {
  const { page } = app;
  await typeCredentials(page, 'Райисполком');
  // Only the server's address: the app adds /token itself.
  const address = page.getByLabel(texts.tokenUrl);
  await expect(address).toHaveAccessibleDescription(/\/token Токен-помощник допишет сам/);
  await address.fill(emulator.url);
  await saveScreenshot(page, 'smdo-credentials');
  await tickAll(page, 'smdo');
  await steps(page, 'smdo').getByRole('button', { name: texts.next }).click();
  await expect(page.getByTestId('status-message')).toHaveText(texts.saved);
  const vault = () => app.core.vault.snapshot().organisations[0]?.tokens[0];
  const first = vault();
  expect(first?.settings.tokenUrl).toBe(emulator.tokenUrl);

  // Back and Next again: the same key is not a new key (no rotation date, no history).
  await steps(page, 'smdo').getByRole('button', { name: texts.back }).click();
  await expect(address).toHaveValue(emulator.tokenUrl);
  await steps(page, 'smdo').getByRole('button', { name: texts.next }).click();
  await expect(page.getByRole('button', { name: texts.check })).toBeVisible();
  expect(vault()).toMatchObject({ smdoKeySetAt: first?.smdoKeySetAt, history: [] });

  await page.getByRole('button', { name: texts.check }).click();
  await expect(page.getByTestId('status-message')).toContainText('Проверка прошла');
  expect(emulator.issued).toHaveLength(1);

  // To the end, then the details of the record.
  for (;;) {
    await tickAll(page, 'smdo');
    const finish = steps(page, 'smdo').getByRole('button', { name: texts.save, exact: true });
    if (await finish.count()) {
      await finish.click();
      break;
    }
    await steps(page, 'smdo').getByRole('button', { name: texts.next }).click();
  }
  await expect(page.getByRole('heading', { level: 2, name: texts.rotateTitle })).toBeVisible();

  // The login and the key, as the last step says, are taken from the app for the ВСЭД.
  const loginBox = page.getByRole('region', { name: texts.loginName, exact: true });
  await expect(loginBox).not.toContainText(LOGIN);
  await loginBox.getByRole('button', { name: ui.details.show }).click();
  await expect(loginBox.getByRole('textbox')).toHaveValue(LOGIN);
  await loginBox.getByRole('button', { name: ui.common.copy }).click();
  await expect.poll(() => app.clipboard.readText()).toBe(LOGIN);
  await expect(page.getByTestId('status-message')).toContainText('Логин скопирован');

  // «Скопировать токен доступа»: the token of the check a moment ago (cached, the server is not asked again).
  await page.getByRole('button', { name: texts.copyAccessToken }).click();
  await expect(page.getByTestId('status-message')).toContainText('Токен доступа СМДО (Bearer) скопирован');
  await expect.poll(() => app.clipboard.readText()).toBe(emulator.issued[0]);
  expect(emulator.issued).toHaveLength(1);

  // «Сменить ключ»: the rotate step does not open before the first tick.
  await page.getByRole('button', { name: texts.rotate }).click();
  await steps(page, 'smdo-rotation').getByRole('button', { name: texts.next }).click();
  await expect(page.getByTestId('checks-error')).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: smdoKeyRotationChecklist[0]?.title.ru ?? '' })).toBeVisible();
  await tickAll(page, 'smdo-rotation');
  await steps(page, 'smdo-rotation').getByRole('button', { name: texts.next }).click();
  await expect(page.getByRole('heading', { level: 2, name: smdoKeyRotationChecklist[1]?.title.ru ?? '' })).toBeVisible();
  const newKey = emulator.rotateKey();
  await tickAll(page, 'smdo-rotation');
  await steps(page, 'smdo-rotation').getByRole('button', { name: texts.next }).click();

  // The new key comes first: the field and «Сохранить новый ключ», the ВСЭД items only after it is saved.
  const rotation = steps(page, 'smdo-rotation');
  await expect(page.getByRole('heading', { level: 2, name: smdoKeyRotationChecklist[2]?.title.ru ?? '' })).toBeVisible();
  await expect(rotation.getByRole('checkbox')).toHaveCount(0);
  await expect(rotation.getByTestId('checks-wait')).toHaveText(texts.rotateChecksLater);
  await saveScreenshot(page, 'smdo-rotation-new-key');
  await rotation.getByRole('button', { name: texts.rotateDone }).click();
  await expect(rotation.getByTestId('checks-wait')).toHaveText(texts.rotateSaveFirst);

  // The old key pasted again is refused plainly, and nothing is recorded.
  const keyField = rotation.getByLabel('Ключ', { exact: true });
  await keyField.fill(KEY);
  await rotation.getByRole('button', { name: texts.rotateSave }).click();
  await expect(page.getByTestId('field-error-key')).toContainText(message('smdo_same_key', 'ru'));
  expect(vault()).toMatchObject({ smdoKeySetAt: first?.smdoKeySetAt, history: [] });

  // A key cut short on copying: saved (the old one is dead anyway), but the failed check is on screen.
  await keyField.fill(`${newKey.slice(0, -2)}zz`);
  await rotation.getByRole('button', { name: texts.rotateSave }).click();
  const outcome = rotation.getByTestId('smdo-rotation-check');
  await expect(outcome).toContainText(texts.rotateCheckFailed);
  await expect(outcome).toContainText(message('smdo_invalid_credentials', 'ru'));
  await expect(outcome).toHaveAttribute('role', 'alert');
  await saveScreenshot(page, 'smdo-rotation-check-failed');

  // The right key: saved and checked at once, before any ВСЭД item is ticked.
  await keyField.fill(newKey);
  await rotation.getByRole('button', { name: texts.rotateSave }).click();
  await expect(outcome).toContainText('Новый ключ сохранён и проверен');
  const tokenId = vault()?.id ?? '';
  expect(await app.core.vault.revealSecret(tokenId)).toBe(newKey);
  expect(vault()?.smdoKeySetAt).not.toBe(first?.smdoKeySetAt);
  await expect(rotation.getByRole('checkbox')).toHaveCount(2);
  await saveScreenshot(page, 'smdo-rotation-saved');
  await expectNoSeriousA11yViolations(page, 'smdo rotation, new key saved');
  await tickAll(page, 'smdo-rotation');
  await rotation.getByRole('button', { name: texts.rotateDone }).click();
  await expect(page.getByTestId('status-message')).toContainText('Ключ сменён');
  await expect(rotation).toBeHidden();

  await page.getByRole('button', { name: texts.check }).click();
  await expect(page.getByTestId('status-message')).toContainText('Проверка прошла');
});

test('a key last updated on the portal ~100 days ago is counted from that day: «Пора сменить ключ» at once', async ({ app, emulator }) => {
  const { page } = app;
  await typeCredentials(page, 'Горисполком');
  await page.getByLabel(texts.tokenUrl).fill(emulator.url);
  await page.getByLabel(smdo.fields.find((field) => field.id === 'label')?.label.ru ?? 'Название записи', { exact: true }).fill('СМДО, приёмная');

  const date = page.getByLabel(texts.keyUpdatedOn);
  await expect(date).toHaveValue('');
  await expect(date).toHaveAccessibleDescription(/оставьте поле пустым: Токен-помощник будет считать от сегодняшнего дня/);
  await expect(date).toHaveAttribute('placeholder', 'ДД.ММ.ГГГГ');
  // The quick choice fills today's date; a mistyped one is refused on the field, in Russian.
  await page.getByRole('button', { name: texts.keyJustUpdated }).click();
  await expect(date).toHaveValue(formatPortalDate(new Date()));
  await date.fill('31.02.2026');
  await tickAll(page, 'smdo');
  await steps(page, 'smdo').getByRole('button', { name: texts.next }).click();
  await expect(page.getByTestId('field-error-keyUpdatedOn')).toContainText(message('smdo_key_date_invalid', 'ru'));
  await expect(date).toBeFocused();
  expect(app.core.vault.snapshot().organisations[0]?.tokens ?? []).toHaveLength(0);

  const hundredDaysAgo = formatPortalDate(new Date(Date.now() - 100 * 86_400_000));
  await date.fill(hundredDaysAgo);
  await expect(page.getByTestId('field-error-keyUpdatedOn')).toBeHidden();
  await saveScreenshot(page, 'smdo-key-updated-on');
  await steps(page, 'smdo').getByRole('button', { name: texts.next }).click();
  await expect(page.getByTestId('status-message')).toHaveText(texts.saved);
  const stored = app.core.vault.snapshot().organisations[0]?.tokens[0];
  expect(stored?.smdoKeySetAt?.slice(0, 10)).toBe(hundredDaysAgo.split('.').reverse().join('-'));

  // The check step says at once that the key is due, before anything else.
  const overdue = page.getByTestId('smdo-key-overdue');
  await expect(overdue).toContainText(texts.keyOverdueTitle);
  await expect(overdue).toContainText(`Ключ последний раз обновлялся ${hundredDaysAgo}, больше 3 месяцев назад`);
  await expect(page.getByRole('button', { name: texts.check })).toBeVisible();
  await saveScreenshot(page, 'smdo-key-overdue-check-step');
  await expectNoSeriousA11yViolations(page, 'smdo check step, key overdue');

  await goToDashboard(page);
  const row = tokenRow(page, 'СМДО, приёмная');
  await expect(row).toContainText('Пора сменить ключ');
  await expect(row).toContainText(/ключ пора сменить: срок прошёл \d+ (день|дня|дней) назад/);
  await saveScreenshot(page, 'smdo-key-overdue-dashboard');
});
