import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { uiFleet } from '../../shared/texts/ui-fleet';
import { message } from '../../shared/texts/messages';
import { expectNoSeriousA11yViolations } from './harness/axe';
import { expect, test } from './harness/fixtures';
import { ask } from './harness/seed';
import { fill, goToSettings, tokenRow, ui } from './harness/user';
import { screenshotsAtWidths } from './harness/widths';

const texts = uiFleet.ru;
const FIXTURE = readFileSync(fileURLToPath(new URL('../fixtures/sheets/excel-ru-cp1251.csv', import.meta.url)));

test('a table saved by Russian Excel (cp1251, «;»): the preview shows each row’s errors in Russian, then 4 records come in marked «Нужен токен» and the record offers to get its token', async ({
  app,
}) => {
  // Three screens, each scanned and shot at three widths, on a shared machine.
  test.setTimeout(180_000);
  const { page } = app;
  await ask(app, 'saveOrganisation', { name: 'Ромашка (наша)', taxId: '191234567' });

  await page.getByRole('button', { name: texts.sheet.open }).click();
  await expect(page.getByRole('heading', { level: 1, name: texts.sheet.title })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'spreadsheet import');

  app.fileOpener.queued.push(FIXTURE);
  await page.getByRole('button', { name: texts.sheet.choose }).click();
  await expect(page.getByTestId('sheet-summary')).toHaveText(fill(texts.sheet.summary, { total: 12, valid: 4, encoding: 'Windows-1251' }));
  expect(app.fileOpener.asked.at(-1)?.extensions).toEqual(['csv', 'txt']);
  const rows = page.getByTestId('sheet-row');
  await expect(rows).toHaveCount(12);
  const row = (line: number) => rows.filter({ has: page.getByRole('rowheader', { name: String(line), exact: true }) });
  await expect(row(2)).toContainText(fill(texts.sheet.toExisting, { name: 'Ромашка (наша)' }));
  await expect(row(3)).toContainText(texts.sheet.willImportExpired);
  await expect(row(5)).toContainText(message('tax_id_length', 'ru', { count: '8' }));
  await expect(row(6)).toContainText(message('sheet_kind_automatic', 'ru', { kind: 'Честный знак' }));
  await expect(row(9)).toContainText(message('sheet_formula', 'ru', { char: '=' }));
  await expect(row(10)).toContainText(message('sheet_duplicate_row', 'ru', { line: '2' }));
  await expectNoSeriousA11yViolations(page, 'spreadsheet preview');
  await screenshotsAtWidths(page, 'sheet-import-preview');

  // Keyboard only: the import button takes Enter.
  const importButton = page.getByRole('button', { name: 'Импортировать 4 записи' });
  await importButton.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('status-message')).toHaveText(fill(texts.sheet.done, { records: 4, created: 2, reused: 1 }));
  await expect(page.getByRole('heading', { level: 1, name: ui.dashboard.title })).toBeVisible();
  await expect(tokenRow(page, 'Бухгалтерия 1С')).toContainText(texts.needsToken.badge);
  await expect(tokenRow(page, 'Бухгалтерия 1С').getByRole('button', { name: new RegExp(ui.common.copy) })).toHaveCount(0);
  await expect(tokenRow(page, 'Таможня')).toContainText(texts.needsToken.badge);
  await screenshotsAtWidths(page, 'sheet-import-dashboard');

  await tokenRow(page, 'Кадры').getByRole('button', { name: ui.common.details }).click();
  await expect(page.getByTestId('needs-token')).toContainText(texts.needsToken.body);
  // Reminders already count from the imported date.
  await expect(page.getByRole('textbox', { name: ui.reminders.thresholdsLabel })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'record awaiting its token');
  await screenshotsAtWidths(page, 'sheet-import-needs-token');
  await page.getByTestId('needs-token').getByRole('button', { name: texts.needsToken.get }).click();
  await expect(page.getByTestId('wizard')).toBeVisible();
});

test('the import is reached from Settings too; a binary file is refused with a Russian message and nothing changes', async ({ app }) => {
  const { page } = app;
  await goToSettings(page);
  await page.getByRole('region', { name: texts.sheet.open }).getByRole('button', { name: texts.sheet.open }).click();
  await expect(page.getByRole('heading', { level: 1, name: texts.sheet.title })).toBeVisible();
  app.fileOpener.queued.push(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]));
  await page.getByRole('button', { name: texts.sheet.choose }).click();
  await expect(page.getByRole('alert')).toContainText(message('sheet_binary', 'ru'));
  await expect(page.getByTestId('sheet-row')).toHaveCount(0);
  await expectNoSeriousA11yViolations(page, 'spreadsheet import refused');
  expect(app.core.vault.snapshot().organisations).toEqual([]);
});
