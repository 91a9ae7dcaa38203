import { URGENCY_LABEL } from '../../shared/model/urgency';
import { message } from '../../shared/texts/messages';
import { expect, test } from './harness/fixtures';
import { seedToken } from './harness/seed';
import { asPortalText, daysFromNow, fill, kindSpec, newPortalToken, tickAllChecks, tokenRow, ui, walkWizard, wizard, wizardField, wizardSubmit } from './harness/user';

const kind = kindSpec('tpsclient');

test('«Обновить токен» opens the wizard prefilled, and the replaced token stays in the history', async ({ app }) => {
  const { page } = app;
  const organisation = 'ООО «Василёк»';
  const label = 'TPSClient, склад';
  const oldSecret = newPortalToken();
  const newSecret = newPortalToken();
  const oldExpiry = daysFromNow(5);
  const newExpiry = daysFromNow(89);
  await seedToken(app, {
    organisation,
    kind: 'tpsclient',
    label,
    systemName: 'TPSClient',
    techEmail: 'customs@vasilek.by',
    secret: oldSecret,
    expiresAt: oldExpiry.toISOString(),
  });

  const row = tokenRow(page, label);
  await expect(row).toContainText(URGENCY_LABEL.soon.ru);
  await row.getByRole('button', { name: ui.common.details }).click();
  await expect(page.getByRole('heading', { level: 1, name: label })).toBeVisible();
  await expect(page.getByText(fill(ui.history.none, { name: 'Токен' }))).toBeVisible();

  await page.getByRole('button', { name: fill(ui.details.renew, { name: 'токен' }) }).click();
  await expect(page.getByText(fill(ui.wizard.renewingFor, { name: organisation }))).toBeVisible();
  // A renewal starts where the portal shows the token, with the secret left for the new one.
  const secretStep = kind.steps.find((step) => step.fields?.includes('secret'));
  await expect(wizard(page)).toHaveAttribute('data-step-id', secretStep?.id ?? 'show-token');
  await expect(wizardField(page, kind, 'secret')).toHaveValue('');

  // What is known already is filled in: back on the registration step…
  const registerIndex = kind.steps.findIndex((step) => step.fields?.includes('systemName'));
  const secretIndex = kind.steps.findIndex((step) => step === secretStep);
  for (let index = secretIndex; index > registerIndex; index -= 1) {
    await wizard(page).getByRole('button', { name: ui.wizard.back }).click();
  }
  await expect(wizard(page)).toHaveAttribute('data-step-id', kind.steps[registerIndex]?.id ?? '');
  await expect(wizardField(page, kind, 'systemName')).toHaveValue('TPSClient');
  await expect(wizardField(page, kind, 'techEmail')).toHaveValue('customs@vasilek.by');

  await walkWizard(
    page,
    kind,
    { secret: newSecret, expiresAt: asPortalText(newExpiry) },
    {
      // …and on the saving step, the record's name.
      onStep: async (stepId) => {
        if (kind.steps.find((step) => step.id === stepId)?.fields?.includes('label')) {
          await expect(wizardField(page, kind, 'label')).toHaveValue(label);
        }
      },
    },
  );
  await expect(page.getByRole('heading', { level: 1, name: fill(ui.done.title, { name: 'токен' }) })).toBeVisible();
  await page.getByRole('button', { name: ui.done.details }).click();

  // The same record now holds the new token; the old one is listed in its history, by its last characters.
  await page.getByRole('button', { name: ui.details.show, exact: true }).click();
  await expect(page.getByRole('textbox', { name: fill(ui.details.secretLabel, { name: 'Токен' }) })).toHaveValue(newSecret);
  const history = page.getByRole('table', { name: ui.history.heading });
  await expect(history.getByRole('row')).toHaveCount(2); // header + one replaced token
  await expect(history.getByRole('row').nth(1)).toContainText(oldSecret.slice(-4));
  await expect(history).not.toContainText(newSecret.slice(-4));

  await page.getByRole('button', { name: ui.common.backToTokens }).click();
  await expect(page.getByTestId('token-row')).toHaveCount(1);
  await expect(tokenRow(page, label)).toContainText(URGENCY_LABEL.ok.ru);
});

test('a renewal with the token the portal still shows is refused next to the token, and a token pasted into the notes next to the notes', async ({ app }) => {
  const { page } = app;
  const label = 'TPSClient, офис';
  const oldSecret = newPortalToken();
  const newSecret = newPortalToken();
  const oldExpiry = daysFromNow(3);
  await seedToken(app, {
    organisation: 'ООО «Лютик»',
    kind: 'tpsclient',
    label,
    systemName: 'TPSClient',
    techEmail: 'it@lutik.by',
    secret: oldSecret,
    expiresAt: oldExpiry.toISOString(),
  });

  await tokenRow(page, label).getByRole('button', { name: ui.common.details }).click();
  await page.getByRole('button', { name: fill(ui.details.renew, { name: 'токен' }) }).click();
  const secretStep = kind.steps.find((step) => step.fields?.includes('secret'))?.id ?? 'show-token';
  const saveStep = kind.steps.find((step) => step.fields?.includes('notes'))?.id ?? 'save';
  await expect(wizard(page)).toHaveAttribute('data-step-id', secretStep);

  // The portal still shows the old token and its date: the date gets a warning as it is typed…
  await wizardField(page, kind, 'secret').fill(oldSecret);
  await wizardField(page, kind, 'expiresAt').fill(asPortalText(oldExpiry));
  await expect(page.getByTestId('field-warning-expiresAt')).toContainText('не позже прежнего');
  // …and the old token is refused by the core when saving, next to the token field.
  await walkWizard(page, kind, {}, { until: saveStep });
  await tickAllChecks(page);
  await wizardSubmit(page).click();
  await expect(wizard(page)).toHaveAttribute('data-step-id', secretStep);
  await expect(page.getByTestId('field-error-secret')).toContainText(message('renewal_same_secret', 'ru'));
  await expect(wizardField(page, kind, 'secret')).toBeFocused();

  // After «Обновить токен» on the portal: the new token and a later date; no warning.
  await wizardField(page, kind, 'secret').fill(newSecret);
  await wizardField(page, kind, 'expiresAt').fill(asPortalText(daysFromNow(89)));
  await expect(page.getByTestId('field-warning-expiresAt')).toBeHidden();
  await walkWizard(page, kind, {}, { until: saveStep });
  await wizardField(page, kind, 'notes').fill(`Новый токен: ${newSecret}`);
  await tickAllChecks(page);
  await wizardSubmit(page).click();
  await expect(page.getByTestId('field-error-notes')).toContainText(message('notes_contain_secret', 'ru'));
  await expect(wizardField(page, kind, 'notes')).toBeFocused();

  await wizardField(page, kind, 'notes').fill('Вводит Петрова в TPSClient');
  await wizardSubmit(page).click();
  await expect(wizard(page)).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name: fill(ui.done.title, { name: 'токен' }) })).toBeVisible();
});
