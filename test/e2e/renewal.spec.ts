import { URGENCY_LABEL } from '../../shared/model/urgency';
import { expect, test } from './harness/fixtures';
import { seedToken } from './harness/seed';
import {
  asPortalText,
  daysFromNow,
  fill,
  kindSpec,
  newPortalToken,
  tokenRow,
  ui,
  walkWizard,
  wizard,
  wizardField,
} from './harness/user';

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

  await walkWizard(page, kind, { secret: newSecret, expiresAt: asPortalText(newExpiry) }, {
    // …and on the saving step, the record's name.
    onStep: async (stepId) => {
      if (kind.steps.find((step) => step.id === stepId)?.fields?.includes('label')) {
        await expect(wizardField(page, kind, 'label')).toHaveValue(label);
      }
    },
  });
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
