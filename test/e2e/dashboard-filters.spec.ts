import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createFileKeySecretBox } from '../../electron/core/vault/aes-secret-box';
import { VAULT_FILE } from '../../electron/core/vault/vault-file';
import { uiOrgs } from '../../shared/texts/ui-orgs';
import { buildVault } from '../integration/vault-export/vault-builder';
import type { PlainVault } from '../integration/vault-export/vault-builder';
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

test('an СМДО key due for rotation asks for attention on the dashboard, and a client is found by УНП', async ({ app }) => {
  const now = Date.now();
  const day = 86_400_000;
  const romashka = { id: 'org-romashka', name: 'ООО «Ромашка»', taxId: '190000001', createdAt: new Date(now - 400 * day).toISOString() };
  const lutik = { id: 'org-lutik', name: 'ЧУП «Лютик»', taxId: '190000002', createdAt: new Date(now - 400 * day).toISOString() };
  const base = { systemName: '', techEmail: '', notes: '', history: [], obtainedAt: new Date(now - 85 * day).toISOString() };
  const plain: PlainVault = {
    organisations: [romashka, lutik],
    tokens: [
      {
        ...base,
        id: 'smdo-1',
        organisationId: romashka.id,
        kind: 'smdo',
        label: 'СМДО, канцелярия',
        secret: 'vN8_qL2xKp5RmT7wZc3Hb9Ys1Df',
        expiresAt: null,
        smdoKeySetAt: new Date(now - 85 * day).toISOString(),
      },
      {
        ...base,
        id: 'tps-1',
        organisationId: romashka.id,
        kind: 'tpsclient',
        label: 'Таможня',
        systemName: 'TPSClient',
        secret: newPortalToken(),
        expiresAt: daysFromNow(60).toISOString(),
      },
      {
        ...base,
        id: 'oais-1',
        organisationId: lutik.id,
        kind: 'oais',
        label: 'Бухгалтерия',
        systemName: 'buh_1c',
        secret: newPortalToken(),
        expiresAt: daysFromNow(45).toISOString(),
      },
    ],
  };
  const box = await createFileKeySecretBox(app.dataDir);
  await writeFile(join(app.dataDir, VAULT_FILE), JSON.stringify(await buildVault(plain, box)), { mode: 0o600 });
  await app.restart();

  const smdoRow = tokenRow(app.page, 'СМДО, канцелярия');
  await expect(smdoRow).toContainText('Пора сменить ключ');
  await expect(smdoRow).toContainText(/сменить ключ через \d+ (день|дня|дней)/);
  // The most pressing row comes first.
  await expect(app.page.getByTestId('token-row').first()).toContainText('СМДО, канцелярия');

  await app.page.getByLabel(texts.state).selectOption({ label: 'Скоро истекает' });
  await expect(app.page.getByTestId('token-row')).toHaveCount(1);
  await expect(smdoRow).toBeVisible();

  await app.page.getByRole('button', { name: texts.reset }).click();
  await app.page.getByLabel(texts.search).fill('190000001');
  await expect(app.page.getByTestId('token-row')).toHaveCount(2);
  await expect(tokenRow(app.page, 'Бухгалтерия')).toHaveCount(0);
});
