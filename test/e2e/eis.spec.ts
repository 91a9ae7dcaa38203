import { URGENCY_LABEL } from '../../shared/model/urgency';
import { message } from '../../shared/texts/messages';
import { expect, test } from './harness/fixtures';
import { expectNoSeriousA11yViolations } from './harness/axe';
import { currentStepId, daysFromNow, kindSpec, saveScreenshot, startNewToken, tickAllChecks, tokenRow, ui, walkWizard, wizardField, wizardSubmit } from './harness/user';

/** ЕИС shows validity as a date; Moscow time is UTC+3 all year, like Minsk. */
function moscowDate(instant: Date): string {
  return new Intl.DateTimeFormat('ru-RU', { timeZone: 'Europe/Moscow', day: '2-digit', month: '2-digit', year: 'numeric' }).format(instant);
}

test('a user enters the ЕИС identifier from ЛК Заказчика, sees it on the dashboard and copies it for the РИС', async ({ app }) => {
  const { page } = app;
  const kind = kindSpec('eis');
  const identifier = 'EIS-4f1c9b2a-77d0-4b8e-9d2f-1a2b3c4d5e6f';
  const label = 'РИС области, сервисы отдачи';

  await startNewToken(page, { organisation: 'ГБУ «Центр закупок»', kind: 'eis' });
  await walkWizard(page, kind, {}, {
    until: 'identifier',
    onStep: async (stepId) => {
      await saveScreenshot(page, `wizard-eis-${stepId}`);
      await expectNoSeriousA11yViolations(page, `eis wizard: ${stepId}`);
    },
  });

  // A malformed identifier is explained next to its field and kept as typed.
  await wizardField(page, kind, 'secret').fill('два слова');
  await wizardField(page, kind, 'expiresAt').fill(moscowDate(daysFromNow(365)));
  await tickAllChecks(page);
  await wizardSubmit(page).click();
  await expect(page.getByTestId('field-error-secret')).toContainText(message('eis_identifier_format', 'ru'));
  await expect(wizardField(page, kind, 'secret')).toHaveValue('два слова');
  expect(await currentStepId(page)).toBe('identifier');

  await wizardField(page, kind, 'secret').fill(identifier);
  await walkWizard(page, kind, { label });
  await expect(page.getByRole('heading', { level: 1, name: ui.done.title })).toBeVisible();
  await saveScreenshot(page, 'wizard-eis-done');
  await page.getByRole('button', { name: ui.common.backToTokens }).click();

  const row = tokenRow(page, label);
  await expect(row).toContainText(URGENCY_LABEL.ok.ru);
  await row.getByRole('button', { name: ui.common.copy }).click();
  await expect.poll(() => app.clipboard.readText()).toBe(identifier);
});
