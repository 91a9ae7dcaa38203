import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DEFAULT_SETTINGS } from '../../shared/model/types';
import { URGENCY_LABEL } from '../../shared/model/urgency';
import { kindShortName } from '../../shared/reminders/texts';
import { expect, test } from './harness/fixtures';
import { asPortalText, dateTimeIn, daysFromNow, escapeRegExp, fill, kindSpec, newPortalToken, startNewToken, tokenRow, ui, walkWizard, wizardField } from './harness/user';

const DAY_MS = 86_400_000;

/** The zone the test browser runs in (playwright.config.ts): not Minsk, so conversions show. */
const USER_ZONE = 'Europe/Berlin';

test('a new user saves a TPSClient token, copies it, and finds it again after a restart', async ({ app }) => {
  const { page } = app;
  const kind = kindSpec('tpsclient');
  const token = newPortalToken();
  const expires = daysFromNow(61);
  const expiresText = asPortalText(expires);
  const organisation = 'ООО «Ромашка»';
  const label = 'TPSClient, отдел декларирования';

  // An empty vault greets the user with what to do first.
  await expect(page.getByText(ui.dashboard.empty.first)).toBeVisible();

  await startNewToken(page, { organisation, taxId: '190000001', kind: 'tpsclient' });
  await expect(page.getByText(fill(ui.wizard.newFor, { name: organisation }))).toBeVisible();

  await walkWizard(page, kind, { systemName: 'TPSClient', techEmail: 'it@romashka.by' }, { until: 'show-token' });
  await wizardField(page, kind, 'secret').fill(token);
  await wizardField(page, kind, 'expiresAt').fill(expiresText);
  // The portal's Minsk time is read back under the field in the user's own zone (Berlin here), which differs.
  const local = dateTimeIn(expires, USER_ZONE);
  expect(expiresText.endsWith(local.time)).toBe(false);
  await expect(wizardField(page, kind, 'expiresAt')).toHaveAccessibleDescription(new RegExp(`${escapeRegExp(expiresText)}.*${escapeRegExp(local.date)}, ${local.time}`));
  await walkWizard(page, kind, { label });

  await expect(page.getByRole('heading', { level: 1, name: fill(ui.done.title, { name: 'токен' }) })).toBeVisible();
  await page.getByRole('button', { name: ui.common.backToTokens }).click();

  // The dashboard lists it with its state in words, its expiry in the user's zone and the time left.
  const row = tokenRow(page, label);
  await expect(row).toHaveCount(1);
  await expect(row).toContainText(organisation);
  await expect(row).toContainText(kindShortName(kind.id, 'ru'));
  await expect(row).toContainText(URGENCY_LABEL.ok.ru);
  await expect(row).toContainText(`${local.date}, ${local.time}`);
  const daysLeft = Math.floor((expires.getTime() - Date.now()) / DAY_MS);
  await expect(row).toContainText(new RegExp(`осталось ${daysLeft} (день|дня|дней)`));

  // Copying puts exactly the token on the clipboard and says when it will be wiped.
  await row.getByRole('button', { name: ui.common.copy }).click();
  await expect(page.getByTestId('status-message')).toHaveText(fill(ui.copy.copiedClears, { seconds: DEFAULT_SETTINGS.clipboardClearSeconds, name: 'Токен' }));
  expect(await app.clipboard.readText()).toBe(token);
  expect(app.clipboard.writes).toEqual([token]);

  // Quitting wipes what the app put on the clipboard; reopening finds the token as typed.
  await app.restart();
  expect(await app.clipboard.readText()).toBe('');
  const rowAfter = tokenRow(page, label);
  await expect(rowAfter).toContainText(URGENCY_LABEL.ok.ru);
  await rowAfter.getByRole('button', { name: ui.common.details }).click();
  await expect(page.getByRole('heading', { level: 1, name: label })).toBeVisible();
  await expect(page.getByText(token)).toHaveCount(0); // masked until asked for
  await page.getByRole('button', { name: ui.details.show, exact: true }).click();
  await expect(page.getByRole('textbox', { name: fill(ui.details.secretLabel, { name: 'Токен' }) })).toHaveValue(token);
  await expect(page.getByText(fill(ui.details.minskTime, { date: expiresText }))).toBeVisible();

  // On disk the token exists only encrypted.
  const files = await readdir(app.dataDir);
  expect(files).toContain('vault.json');
  const vaultText = await readFile(join(app.dataDir, 'vault.json'), 'utf8');
  expect(vaultText).toContain(organisation); // the right file: it holds what the user saved
  for (const file of files) {
    const content = await readFile(join(app.dataDir, file));
    expect(content.includes(token), `${file} holds the token in plain text`).toBe(false);
    expect(content.includes(token.replaceAll('-', '')), `${file} holds the token without dashes`).toBe(false);
  }
});
