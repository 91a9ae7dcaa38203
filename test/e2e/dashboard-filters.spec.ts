import { uiOrgs } from '../../shared/texts/ui-orgs';
import { expectNoSeriousA11yViolations } from './harness/axe';
import { expect, test } from './harness/fixtures';
import { seedToken } from './harness/seed';
import { daysFromNow, newPortalToken, tokenRow } from './harness/user';

const texts = uiOrgs.ru.filters;

test('the user finds tokens by organisation, kind and state', async ({ app }) => {
  const { page } = app;
  await seedToken(app, {
    organisation: 'ООО «Ромашка»',
    label: 'Бухгалтерия 1С',
    kind: 'oais',
    systemName: 'buh_1c',
    techEmail: 'it@romashka.by',
    secret: newPortalToken(),
    expiresAt: daysFromNow(60).toISOString(),
  });
  await seedToken(app, {
    organisation: 'ЧУП «Лютик»',
    label: 'Таможня',
    kind: 'tpsclient',
    systemName: 'TPSClient',
    techEmail: 'it@lutik.by',
    secret: newPortalToken(),
    expiresAt: daysFromNow(3).toISOString(),
  });
  await expect(page.getByTestId('token-row')).toHaveCount(2);

  await page.getByLabel(texts.search).fill('лютик');
  await expect(page.getByTestId('token-row')).toHaveCount(1);
  await expect(tokenRow(page, 'Таможня')).toBeVisible();
  await expect(page.getByTestId('filter-count')).toHaveText('Показано токенов: 1 из 2');

  await page.getByRole('button', { name: texts.reset }).click();
  await expect(page.getByTestId('token-row')).toHaveCount(2);

  await page.getByLabel(texts.state).selectOption({ label: 'Скоро истекает' });
  await expect(page.getByTestId('token-row')).toHaveCount(1);
  await expect(tokenRow(page, 'Таможня')).toBeVisible();

  await page.getByLabel(texts.kind).selectOption('oais');
  await expect(page.getByTestId('token-row')).toHaveCount(0);
  await expect(page.getByTestId('filter-count')).toHaveText(texts.none);
  await expectNoSeriousA11yViolations(page, 'dashboard-filters');
});
