import { expect, test } from './harness/fixtures';
import { expectNoSeriousA11yViolations } from './harness/axe';
import { ask } from './harness/seed';
import { goToDashboard, kindSpec, saveScreenshot, ui, wizard } from './harness/user';
import { openOrganisationsTab } from './harness/token-list';

/** An outsourcing accountant with dozens of client organisations starts a token for one of them. */

const TOWNS = ['Брест', 'Витебск', 'Гомель', 'Гродно', 'Минск', 'Могилёв', 'Пинск', 'Орша', 'Лида', 'Борисов', 'Барановичи', 'Бобруйск'];

test('with many organisations the choice is searched by name or УНП, and the token goes to the one picked', async ({ app }) => {
  const { page } = app;
  for (const [index, town] of TOWNS.entries()) {
    await ask(app, 'saveOrganisation', { name: `ООО «Склад ${town}»`, taxId: String(190000000 + index * 1111) });
  }

  await page.getByRole('button', { name: ui.dashboard.getToken }).click();
  const choice = page.getByRole('group', { name: ui.newToken.organisationLegend });
  const search = choice.getByRole('searchbox', { name: ui.newToken.findOrganisation });
  const organisationRadios = choice.locator('#organisation-list').getByRole('radio');
  await expect(organisationRadios).toHaveCount(TOWNS.length);
  // The kinds are reachable without scrolling past every organisation.
  await expect(page.getByRole('radio', { name: kindSpec('tpsclient').title.ru })).toBeInViewport();

  // ё and е, case and quotes do not matter.
  await search.fill('склад могилев');
  await expect(organisationRadios).toHaveCount(1);
  await expect(organisationRadios.first()).toHaveAccessibleName(/Склад Могилёв/);

  // By УНП: 190000000 + 7·1111 is Орша's.
  await search.fill('190007777');
  await expect(organisationRadios).toHaveCount(1);
  await organisationRadios.first().check();
  await search.fill('ничего такого');
  // The picked one stays visible, so the user sees what will be used, and the page says nothing matched.
  await expect(organisationRadios).toHaveCount(1);
  await expect(organisationRadios.first()).toBeChecked();
  await expect(organisationRadios.first()).toHaveAccessibleName(/Склад Орша/);
  await expect(choice.getByRole('status')).toHaveText(ui.newToken.noOrganisationFound);
  await saveScreenshot(page, 'new-token-many-organisations');
  await expectNoSeriousA11yViolations(page, 'new token with many organisations');

  await page.getByRole('radio', { name: kindSpec('tpsclient').title.ru }).check();
  await page.getByRole('button', { name: ui.newToken.start }).click();
  await expect(wizard(page)).toBeVisible();
  await expect(page.getByText('ООО «Склад Орша»').first()).toBeVisible();
});

test('a search that finds nothing says so and points to «Новая организация»', async ({ app }) => {
  const { page } = app;
  for (const town of TOWNS) await ask(app, 'saveOrganisation', { name: `ИП ${town}`, taxId: '' });
  await page.getByRole('button', { name: ui.dashboard.getToken }).click();
  const choice = page.getByRole('group', { name: ui.newToken.organisationLegend });
  await choice.getByRole('searchbox', { name: ui.newToken.findOrganisation }).fill('Ромашка');
  await expect(choice.getByRole('status')).toHaveText(ui.newToken.noOrganisationFound);
  await choice.getByRole('radio', { name: ui.newToken.newOrganisation }).check();
  await expect(choice.getByRole('textbox', { name: ui.organisationForm.name, exact: true })).toBeVisible();
});

test('the dashboard’s list of many organisations is searched the same way', async ({ app }) => {
  const { page } = app;
  for (const [index, town] of TOWNS.entries()) {
    await ask(app, 'saveOrganisation', { name: `ОАО «${town}молоко»`, taxId: String(290000000 + index * 1111) });
  }
  await goToDashboard(page);
  await openOrganisationsTab(page);
  const section = page.getByRole('region', { name: ui.organisations.heading });
  const search = section.getByRole('searchbox', { name: ui.newToken.findOrganisation });
  await expect(section.getByRole('listitem')).toHaveCount(TOWNS.length);
  await search.fill('гомельмолоко');
  await expect(section.getByRole('listitem')).toHaveCount(1);
  await expect(section.getByRole('listitem')).toContainText('ОАО «Гомельмолоко»');
  await search.fill('Ромашка');
  await expect(section.getByRole('listitem')).toHaveCount(0);
  await expect(section.getByRole('status')).toHaveText(ui.organisations.noneFound);
  await search.fill('');
  await expect(section.getByRole('listitem')).toHaveCount(TOWNS.length);
});
