import type { Page } from '@playwright/test';
import { smdo, smdoKeyRotationChecklist } from '../../shared/kinds/smdo';
import { uiOrgs } from '../../shared/texts/ui-orgs';
import { startSmdoEmulator } from '../fixtures/smdo-emulator';
import { expect, test } from './harness/fixtures';
import { ui } from './harness/user';

const texts = uiOrgs.ru.smdo;
const LOGIN = 'Kx2mPq7RtW9vB3nL5cY8hJ1dF4s';
const KEY = 'vN8_qL2xKp5RmT7wZc3Hb9Ys1Df';

const steps = (page: Page, id: string) => page.getByTestId(`${id}-steps`);

async function tickAll(page: Page, id: string): Promise<void> {
  for (const box of await steps(page, id).getByRole('checkbox').all()) await box.check();
}

test('the user saves the СМДО login and key, checks them, and the key rotation is guarded', async ({ app }) => {
  const emulator = await startSmdoEmulator({ login: LOGIN, key: KEY });
  try {
    const { page } = app;
    await page.getByRole('button', { name: ui.dashboard.getToken }).click();
    await page.getByRole('group', { name: ui.newToken.organisationLegend }).getByRole('textbox', { name: ui.organisationForm.name, exact: true }).fill('Райисполком');
    await page.getByRole('radio', { name: smdo.title.ru }).check();
    await page.getByRole('button', { name: ui.newToken.start }).click();
    await expect(page.getByRole('heading', { level: 1, name: texts.title })).toBeVisible();

    // Walk to the credentials step: every check of a step must be ticked first.
    for (;;) {
      const onCredentials = await page.getByLabel(smdo.fields[0]?.label.ru ?? 'Логин', { exact: true }).count();
      if (onCredentials) break;
      await tickAll(page, 'smdo');
      await steps(page, 'smdo').getByRole('button', { name: texts.next }).click();
    }
    await page.getByLabel('Логин', { exact: true }).fill(LOGIN);
    await page.getByLabel('Ключ', { exact: true }).fill(KEY);
    await page.getByLabel(texts.tokenUrl).fill(emulator.tokenUrl);
    await tickAll(page, 'smdo');
    await steps(page, 'smdo').getByRole('button', { name: texts.next }).click();
    await expect(page.getByTestId('status-message')).toHaveText(texts.saved);

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
    await page.getByLabel('Ключ', { exact: true }).fill(newKey);
    await tickAll(page, 'smdo-rotation');
    await steps(page, 'smdo-rotation').getByRole('button', { name: texts.rotateSave }).click();
    await expect(page.getByTestId('status-message')).toContainText('Новый ключ сохранён');

    await page.getByRole('button', { name: texts.check }).click();
    await expect(page.getByTestId('status-message')).toContainText('Проверка прошла');
  } finally {
    await emulator.close();
  }
});
