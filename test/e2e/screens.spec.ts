import type { Page } from '@playwright/test';
import type { TokenKindId } from '../../shared/model/types';
import { expectNoSeriousA11yViolations } from './harness/axe';
import { expect, test } from './harness/fixtures';
import { seedToken } from './harness/seed';
import {
  fill,
  asPortalText,
  daysFromNow,
  goToSettings,
  kindSpec,
  newPortalToken,
  saveScreenshot,
  startNewToken,
  tokenRow,
  ui,
  walkWizard,
  wizard,
  wizardSubmit,
} from './harness/user';

// Every screen of the app, scanned by axe-core (no serious or critical violation) and
// saved as a full-page screenshot under test-results/screenshots/ for a person to look at.

async function checkScreen(page: Page, name: string): Promise<void> {
  await saveScreenshot(page, name);
  await expectNoSeriousA11yViolations(page, name);
}

test('the empty dashboard, «Получить токен», a new organisation and Settings', async ({ app }) => {
  const { page } = app;
  await expect(page.getByText(ui.dashboard.empty.first)).toBeVisible();
  await checkScreen(page, 'dashboard-empty');

  await page.getByRole('button', { name: ui.dashboard.getToken }).click();
  await expect(page.getByRole('heading', { level: 1, name: ui.newToken.title })).toBeVisible();
  await checkScreen(page, 'new-token');
  // Pressing «Начать» with nothing filled in shows what is missing.
  await page.getByRole('button', { name: ui.newToken.start }).click();
  await expect(page.getByTestId('field-error-name')).toBeVisible();
  await checkScreen(page, 'new-token-errors');

  await page.getByRole('button', { name: ui.common.backToTokens }).click();
  await page.getByRole('button', { name: ui.organisations.add }).click();
  await expect(page.getByRole('heading', { level: 1, name: ui.organisationForm.newTitle })).toBeVisible();
  await checkScreen(page, 'organisation-form');

  await goToSettings(page);
  await checkScreen(page, 'settings');
});

const pad = (n: number) => String(n).padStart(2, '0');

for (const kindId of ['tpsclient', 'oais'] as const satisfies readonly TokenKindId[]) {
  test(`every step of the ${kindId} wizard, its errors and the «Готово» screen`, async ({ app }) => {
    // About thirty screens, each scanned by axe and photographed at three sizes: long by design, not slow.
    test.setTimeout(240_000);
    const { page } = app;
    const kind = kindSpec(kindId);
    await startNewToken(page, { organisation: 'ООО «Ромашка»', kind: kindId });
    const secretStep = kind.steps.find((step) => step.fields?.includes('secret'))?.id;
    const visited: string[] = [];
    await walkWizard(
      page,
      kind,
      {
        systemName: kindId === 'tpsclient' ? 'TPSClient' : 'buh_1c',
        techEmail: 'it@romashka.by',
        secret: newPortalToken(),
        expiresAt: asPortalText(daysFromNow(60)),
        label: `${kind.title.ru}, ООО «Ромашка»`,
      },
      {
        onStep: async (stepId) => {
          const index = kind.steps.findIndex((step) => step.id === stepId);
          visited.push(stepId);
          await checkScreen(page, `wizard-${kindId}-${pad(index + 1)}-${stepId}`);
          if (stepId === secretStep) {
            // The same step with every field and check missing: messages must be accessible too.
            await wizardSubmit(page).click();
            await expect(page.getByTestId('field-error-secret')).toBeVisible();
            await expect(wizard(page)).toHaveAttribute('data-step-id', stepId);
            await checkScreen(page, `wizard-${kindId}-${pad(index + 1)}-${stepId}-errors`);
          }
        },
      },
    );
    // Every step up to saving was seen; the rest are shown on «Готово».
    expect(visited.length).toBeGreaterThan(1);
    expect(kind.steps.slice(0, visited.length).map((step) => step.id)).toEqual(visited);
    await expect(page.getByRole('heading', { level: 1, name: fill(ui.done.title, { name: 'токен' }) })).toBeVisible();
    await checkScreen(page, `wizard-${kindId}-done`);
  });
}

test('the dashboard with tokens in every state, the details and the delete dialog', async ({ app }) => {
  const { page } = app;
  const token = (organisation: string, label: string, expiresAt: Date, kind: TokenKindId = 'tpsclient') =>
    seedToken(app, {
      organisation,
      kind,
      label,
      systemName: kind === 'tpsclient' ? 'TPSClient' : 'buh_1c',
      techEmail: 'it@example.by',
      secret: newPortalToken(),
      expiresAt: expiresAt.toISOString(),
    });
  // A token that expires while the test looks at it, so that «Истёк» is on screen too.
  const expiring = new Date(Date.now() + 3000);
  await token('ООО «Ромашка»', 'TPSClient, отдел декларирования', daysFromNow(75));
  await token('ООО «Ромашка»', 'Бухгалтерия 1С', daysFromNow(4), 'oais');
  await token('ИП Иванов', 'TPSClient, Иванов', expiring);
  const renewed = await token('ОАО «Берёзка»', 'Склад', daysFromNow(10), 'oais');
  await seedToken(app, {
    organisation: 'ОАО «Берёзка»',
    kind: 'oais',
    label: 'Склад',
    systemName: 'buh_1c',
    techEmail: 'it@example.by',
    secret: newPortalToken(),
    expiresAt: daysFromNow(85).toISOString(),
    replacesTokenId: renewed.id,
  });
  await page.waitForTimeout(Math.max(0, expiring.getTime() - Date.now()) + 200);
  await page.reload();
  await expect(page.getByTestId('token-row')).toHaveCount(4);
  await checkScreen(page, 'dashboard-tokens');

  await tokenRow(page, 'Склад').getByRole('button', { name: ui.common.details }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Склад' })).toBeVisible();
  await checkScreen(page, 'details');
  await page.getByRole('button', { name: ui.details.show, exact: true }).click();
  await checkScreen(page, 'details-revealed');

  await page.getByRole('button', { name: ui.common.delete, exact: true }).click();
  await expect(page.getByRole('dialog', { name: ui.details.confirmTitle })).toBeVisible();
  await checkScreen(page, 'details-delete-dialog');
  await page.getByRole('dialog').getByRole('button', { name: ui.details.confirmDelete }).click();
  await expect(page.getByRole('heading', { level: 1, name: ui.dashboard.title })).toBeVisible();
  await expect(page.getByTestId('token-row')).toHaveCount(3);
});
