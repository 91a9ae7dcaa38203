import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { message } from '../../shared/texts/messages';
import { uiRecords } from '../../shared/texts/ui-records';
import { expectNoSeriousA11yViolations } from './harness/axe';
import { expect, test } from './harness/fixtures';
import { SCREENSHOT_DIR } from './harness/paths';
import { ask, seedToken } from './harness/seed';
import { asPortalText, daysFromNow, kindSpec, newPortalToken, saveScreenshot, tokenRow, ui } from './harness/user';

const texts = uiRecords.ru;
const oais = kindSpec('oais');
const label = (id: string) => oais.fields.find((field) => field.id === id)?.label.ru ?? id;
const editForm = (page: Page) => page.getByTestId('record-edit');
const field = (page: Page, name: string | RegExp) => editForm(page).getByRole('textbox', { name });
const editsTable = (page: Page) => page.getByRole('table', { name: texts.edits.heading });

async function openEdit(page: Page, rowText: string): Promise<void> {
  await tokenRow(page, rowText).getByRole('button', { name: ui.common.details }).click();
  await page.getByRole('button', { name: texts.edit.button, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: texts.edit.title })).toBeVisible();
}

async function screenshotsAtWidths(page: Page, name: string): Promise<void> {
  for (const [width, height] of [
    [1280, 800],
    [1093, 614],
    [683, 800],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}-${width}x${height}.png`), fullPage: true, animations: 'disabled' });
  }
  await page.setViewportSize({ width: 1280, height: 800 });
}

test('«Изменить» an ОАИС record: a mistyped e-mail is refused next to it, then e-mail, date and notes change and the history says so', async ({ app }) => {
  const { page } = app;
  const secret = newPortalToken();
  await seedToken(app, {
    organisation: 'ООО «Василёк»',
    kind: 'oais',
    label: 'Бухгалтерия',
    systemName: 'buh_1c',
    techEmail: 'it@vasilek.by',
    secret,
    expiresAt: daysFromNow(20).toISOString(),
  });

  await openEdit(page, 'Бухгалтерия');
  await expectNoSeriousA11yViolations(page, 'record edit');
  await screenshotsAtWidths(page, 'record-edit-oais');
  // The secret is not on this screen at all.
  await expect(editForm(page)).not.toContainText(secret);
  await expect(editForm(page).locator(`input[value="${secret}"]`)).toHaveCount(0);

  await field(page, label('techEmail')).fill('it@vasilek');
  await page.getByRole('button', { name: texts.edit.save }).click();
  await expect(page.getByTestId('field-error-techEmail')).toHaveText(new RegExp(message('email', 'ru').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  await expect(field(page, label('techEmail'))).toBeFocused();
  await expectNoSeriousA11yViolations(page, 'record edit with an error');

  const newExpiry = daysFromNow(80);
  await field(page, label('techEmail')).fill('admin@vasilek.by');
  await field(page, label('expiresAt')).fill(asPortalText(newExpiry));
  await field(page, label('label')).fill('Бухгалтерия 1С');
  await field(page, new RegExp(`^${label('notes')}`)).fill('Продлевает Ирина, тел. 2-22-22');
  await page.getByRole('button', { name: texts.edit.save }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Бухгалтерия 1С' })).toBeVisible();
  await expect(page.getByRole('definition').filter({ hasText: 'admin@vasilek.by' })).toBeVisible();
  const table = editsTable(page);
  await expect(table.getByRole('row')).toHaveCount(5); // header + 4 changes
  await expect(table.getByRole('row', { name: new RegExp(texts.edits.fields.techEmail) })).toContainText('it@vasilek.by');
  await expect(table.getByRole('row', { name: new RegExp(texts.edits.fields.techEmail) })).toContainText('admin@vasilek.by');
  await expect(table.getByRole('row', { name: new RegExp(texts.edits.fields.notes) })).toContainText(texts.edits.changed);
  await expect(table).not.toContainText(secret.slice(-4));
  await expectNoSeriousA11yViolations(page, 'details with edits');
  await saveScreenshot(page, 'record-edit-history');

  // Stored: the same after a restart, the secret unchanged.
  await app.restart();
  await tokenRow(page, 'Бухгалтерия 1С').getByRole('button', { name: ui.common.details }).click();
  await expect(editsTable(page).getByRole('row')).toHaveCount(5);
  await page.getByRole('button', { name: ui.details.show, exact: true }).click();
  await expect(page.getByRole('textbox', { name: new RegExp(`^${ui.details.secretLabel.replace('{{name}}', 'Токен')}`) })).toHaveValue(secret);
});

test('«Изменить» the connection: the СМДО server address and a Честный знак stand and omsConnection', async ({ app }) => {
  const { page } = app;
  const organisation = await ask(app, 'saveOrganisation', { name: 'ООО «Маркер»', taxId: '' });
  await ask(app, 'smdoSave', {
    organisationId: organisation.id,
    label: 'СМДО маркера',
    login: 'login-1',
    key: 'key-1234567890',
    tokenUrl: 'https://smdo.example.by',
    confirmTypedHost: true,
  });
  await ask(app, 'saveToken', {
    organisationId: organisation.id,
    kind: 'crpt',
    label: 'СУЗ маркера',
    systemName: '',
    techEmail: '',
    secret: 'client-token-0123456789',
    expiresAt: new Date(Date.now() + 8 * 3_600_000).toISOString(),
    notes: '',
    settings: { stand: 'sandbox', trueApiBase: 'https://markirovka.sandbox.crptech.ru/api/v3/true-api', omsConnection: '11b1abc1-f1ee-11db-1a11-f11ac11111e1' },
  });

  await openEdit(page, 'СМДО маркера');
  await field(page, texts.edit.tokenUrl).fill('ftp://smdo.example.by');
  await page.getByRole('button', { name: texts.edit.save }).click();
  await expect(page.getByTestId('field-error-tokenUrl')).toContainText(message('smdo_server_url', 'ru'));
  await field(page, texts.edit.tokenUrl).fill('https://smdo-new.example.by');
  await page.getByRole('button', { name: texts.edit.save }).click();
  await expect(editsTable(page).getByRole('row', { name: new RegExp(texts.edits.fields.tokenUrl) })).toContainText('https://smdo-new.example.by/token');

  await page.getByRole('button', { name: ui.common.backToTokens }).click();
  await openEdit(page, 'СУЗ маркера');
  await expectNoSeriousA11yViolations(page, 'record edit (Честный знак)');
  await screenshotsAtWidths(page, 'record-edit-crpt');
  await editForm(page).getByRole('combobox', { name: texts.edit.stand }).selectOption('custom');
  await field(page, texts.edit.trueApiBase).fill('https://stand.example.ru/api/v3/true-api');
  await field(page, texts.edit.omsConnection).fill('not-a-uuid');
  await page.getByRole('button', { name: texts.edit.save }).click();
  await expect(page.getByTestId('field-error-omsConnection')).toBeVisible();
  await field(page, texts.edit.omsConnection).fill('22b2abc2-f2ee-22db-2a22-f22ac22222e2');
  await page.getByRole('button', { name: texts.edit.save }).click();
  const table = editsTable(page);
  await expect(table.getByRole('row', { name: new RegExp(`${texts.edits.fields.stand} `) })).toContainText(texts.edit.standCustom);
  await expect(table.getByRole('row', { name: new RegExp(texts.edits.fields.omsConnection) })).toContainText('22b2abc2-f2ee-22db-2a22-f22ac22222e2');
  await saveScreenshot(page, 'record-edit-crpt-history');
});
