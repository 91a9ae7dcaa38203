import { URGENCY_LABEL } from '../../shared/model/urgency';
import { uiOrgs } from '../../shared/texts/ui-orgs';
import { startEisEmulator } from '../fixtures/eis-emulator';
import { message } from '../../shared/texts/messages';
import { expect, test } from './harness/fixtures';
import { expectNoSeriousA11yViolations } from './harness/axe';
import { seedToken } from './harness/seed';
import { currentStepId, daysFromNow, fill, kindSpec, saveScreenshot, startNewToken, tickAllChecks, tokenRow, ui, walkWizard, wizardField, wizardSubmit } from './harness/user';

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
  await walkWizard(
    page,
    kind,
    {},
    {
      until: 'identifier',
      onStep: async (stepId) => {
        await saveScreenshot(page, `wizard-eis-${stepId}`);
        await expectNoSeriousA11yViolations(page, `eis wizard: ${stepId}`);
      },
    },
  );

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
  await expect(page.getByRole('heading', { level: 1, name: fill(ui.done.title, { name: 'идентификатор' }) })).toBeVisible();
  await saveScreenshot(page, 'wizard-eis-done');
  await page.getByRole('button', { name: ui.common.backToTokens }).click();

  const row = tokenRow(page, label);
  await expect(row).toContainText(URGENCY_LABEL.ok.ru);
  await row.getByRole('button', { name: ui.common.copy }).click();
  await expect.poll(() => app.clipboard.readText()).toBe(identifier);
});

test('the user checks the identifier against the ЕИС data service, and a rejected one is explained', async ({ app }) => {
  const { page } = app;
  const texts = uiOrgs.ru.eis;
  const accepted = 'c0ffee00-1234-4abc-9def-0123456789ab';
  const emulator = await startEisEmulator({ validIdentifier: accepted });
  try {
    await seedToken(app, {
      organisation: 'ГБУ «Центр закупок»',
      kind: 'eis',
      label: 'РИС, верный',
      systemName: '',
      techEmail: '',
      secret: accepted,
      expiresAt: daysFromNow(300).toISOString(),
    });
    await seedToken(app, {
      organisation: 'ГБУ «Центр закупок»',
      kind: 'eis',
      label: 'РИС, старый',
      systemName: '',
      techEmail: '',
      secret: 'deadbeef-0000-4000-8000-000000000000',
      expiresAt: daysFromNow(300).toISOString(),
    });

    await tokenRow(page, 'РИС, верный').getByRole('button', { name: ui.common.details }).click();
    const address = page.getByRole('textbox', { name: texts.endpoint });
    // A web page address over plain http is refused at the field, before anything is sent.
    await address.fill('http://zakupki.example.ru/getDocsIP');
    await page.getByRole('button', { name: texts.check }).click();
    await expect(page.getByTestId('field-error-endpoint')).toContainText(message('eis_endpoint', 'ru'));
    await expect(address).toBeFocused();
    expect(emulator.requests).toHaveLength(0);

    await address.fill(emulator.endpoint);
    await page.getByRole('button', { name: texts.check }).click();
    await expect(page.getByTestId('status-message')).toHaveText(texts.accepted);
    await expect(page.getByTestId('eis-last-check')).toContainText('идентификатор принят');
    expect(emulator.requests.map((request) => request.soapToken)).toEqual([accepted]);
    await saveScreenshot(page, 'eis-check-accepted');
    await expectNoSeriousA11yViolations(page, 'eis check accepted');

    // The address is remembered on that token: the next visit needs one click.
    await page.getByRole('button', { name: ui.common.backToTokens }).click();
    await tokenRow(page, 'РИС, верный').getByRole('button', { name: ui.common.details }).click();
    await expect(page.getByRole('textbox', { name: texts.endpoint })).toHaveValue(emulator.endpoint);

    await page.getByRole('button', { name: ui.common.backToTokens }).click();
    await tokenRow(page, 'РИС, старый').getByRole('button', { name: ui.common.details }).click();
    await page.getByRole('textbox', { name: texts.endpoint }).fill(emulator.endpoint);
    await page.getByRole('button', { name: texts.check }).click();
    await expect(page.getByTestId('eis-check-failure')).toContainText('ЕИС не приняла идентификатор');
    await expect(page.getByTestId('eis-check-failure')).not.toContainText('deadbeef');
    await expect(page.getByTestId('status-message')).toHaveText('');
    await saveScreenshot(page, 'eis-check-rejected');
    // Coming back later, the verdict is still there.
    await page.getByRole('button', { name: ui.common.backToTokens }).click();
    await tokenRow(page, 'РИС, старый').getByRole('button', { name: ui.common.details }).click();
    await expect(page.getByTestId('eis-last-check')).toContainText('не из инструкции ЕИС');
    // The dashboard no longer calls it valid.
    await page.getByRole('button', { name: ui.common.backToTokens }).click();
    await expect(tokenRow(page, 'РИС, старый')).toContainText('Отклонён при проверке');
    await expect(tokenRow(page, 'РИС, верный')).toContainText(URGENCY_LABEL.ok.ru);
  } finally {
    await emulator.close();
  }
});
