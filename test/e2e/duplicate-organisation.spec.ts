import type { Page } from '@playwright/test';
import { uiFleet } from '../../shared/texts/ui-fleet';
import { message } from '../../shared/texts/messages';
import { expectNoSeriousA11yViolations } from './harness/axe';
import { expect, test } from './harness/fixtures';
import { ask, seedToken } from './harness/seed';
import { daysFromNow, fill, kindSpec, newPortalToken, ui } from './harness/user';
import { screenshotsAtWidths } from './harness/widths';

const texts = uiFleet.ru.duplicate;
const warning = message('organisation_duplicate_tax_id', 'ru', { taxId: '191234567', name: 'ООО «Ромашка»' });

async function addOrganisation(page: Page, name: string, taxId: string): Promise<void> {
  await page.getByRole('tab', { name: new RegExp(`^${ui.dashboardView.tabs.organisations}`) }).click();
  await page.getByRole('button', { name: ui.organisations.add }).click();
  await expect(page.getByRole('heading', { level: 1, name: ui.organisationForm.newTitle })).toBeVisible();
  await page.getByRole('textbox', { name: ui.organisationForm.name }).fill(name);
  await page.getByRole('textbox', { name: new RegExp(`^${ui.organisationForm.taxId}`) }).fill(taxId);
  await page.getByRole('button', { name: ui.organisationForm.save, exact: true }).click();
}

test('a second organisation with the same УНП: warned next to the field, the first one named and opened; then saved knowingly as a branch', async ({ app }) => {
  const { page } = app;
  await ask(app, 'saveOrganisation', { name: 'ООО «Ромашка»', taxId: '191234567' });
  await seedToken(app, {
    organisation: 'ООО «Ромашка»',
    kind: 'tpsclient',
    systemName: 'TPSClient',
    techEmail: 'it@romashka.by',
    secret: newPortalToken(),
    expiresAt: daysFromNow(60).toISOString(),
  });

  await addOrganisation(page, 'ООО «Ромашка», филиал', '191 234 567');
  await expect(page.getByTestId('field-error-taxId')).toContainText(warning);
  await expect(page.getByRole('textbox', { name: new RegExp(`^${ui.organisationForm.taxId}`) })).toBeFocused();
  await expectNoSeriousA11yViolations(page, 'organisation form with a duplicate УНП');
  await screenshotsAtWidths(page, 'organisation-duplicate-tax-id');
  expect(app.core.vault.snapshot().organisations).toHaveLength(1);

  // The link opens the organisation that has the number.
  await page.getByRole('button', { name: fill(texts.open, { name: 'ООО «Ромашка»' }) }).click();
  await expect(page.getByRole('heading', { level: 1, name: ui.organisationForm.editTitle })).toBeVisible();
  await expect(page.getByRole('textbox', { name: ui.organisationForm.name })).toHaveValue('ООО «Ромашка»');
  await page.getByRole('button', { name: ui.common.cancel }).click();

  // Again, and this time «Всё равно сохранить», by keyboard.
  await addOrganisation(page, 'ООО «Ромашка», филиал', '191 234 567');
  await expect(page.getByTestId('field-error-taxId')).toContainText(warning);
  await page.getByRole('checkbox', { name: texts.saveAnyway }).focus();
  await page.keyboard.press('Space');
  await page.getByRole('button', { name: ui.organisationForm.save, exact: true }).click();
  await expect(page.getByTestId('status-message')).toHaveText(fill(ui.organisationForm.saved, { name: 'ООО «Ромашка», филиал' }));
  expect(app.core.vault.snapshot().organisations.map((organisation) => organisation.taxId)).toEqual(['191234567', '191234567']);
});

test('«Получить токен» for a new organisation whose ИНН is already there: «Выбрать» takes the existing one instead of a second', async ({ app }) => {
  const { page } = app;
  const existing = await ask(app, 'saveOrganisation', { name: 'ПАО «Сбербанк»', taxId: '7707083893' });
  await page.getByRole('button', { name: ui.dashboard.getToken }).click();
  await page.getByRole('radio', { name: ui.newToken.newOrganisation }).check();
  await page.getByRole('textbox', { name: ui.organisationForm.name }).fill('Сбербанк');
  await page.getByRole('textbox', { name: new RegExp(`^${ui.organisationForm.taxId}`) }).fill('7707 083 893');
  await page.getByRole('radio', { name: kindSpec('eis').title.ru }).check();
  await page.getByRole('button', { name: ui.newToken.start }).click();
  await expect(page.getByTestId('field-error-taxId')).toContainText(message('organisation_duplicate_tax_id', 'ru', { taxId: '7707083893', name: 'ПАО «Сбербанк»' }));
  await expectNoSeriousA11yViolations(page, 'new token with a duplicate ИНН');

  await page.getByRole('button', { name: fill(texts.choose, { name: 'ПАО «Сбербанк»' }) }).click();
  await expect(page.getByRole('radio', { name: 'ПАО «Сбербанк»' })).toBeChecked();
  await page.getByRole('button', { name: ui.newToken.start }).click();
  await expect(page.getByTestId('wizard')).toBeVisible();
  expect(app.core.vault.snapshot().organisations.map((organisation) => organisation.id)).toEqual([existing.id]);
});
