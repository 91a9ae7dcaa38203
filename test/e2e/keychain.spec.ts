import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { message } from '../../shared/texts/messages';
import { uiKeychain } from '../../shared/texts/ui-keychain';
import { expect, test } from './harness/fixtures';
import { expectNoSeriousA11yViolations } from './harness/axe';
import { ask, seedToken } from './harness/seed';
import { daysFromNow, fill, goToSettings, newPortalToken, tokenRow, ui } from './harness/user';

/**
 * Issue 9, item 8, as a Linux user without a keychain meets it: the app asks how to
 * protect tokens before it stores any, the passphrase is asked again after every
 * start, and a wrong one is refused with a clear message.
 */

const texts = uiKeychain.ru;
const PASSPHRASE = 'синий трамвай идёт в депо';

test.use({ keychain: 'basic-text' });

test('sets a vault passphrase, saves a token, and after a restart unlocks it to reveal the token', async ({ app }) => {
  const { page } = app;
  await expect(page.getByRole('heading', { level: 1, name: texts.choiceHeading })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'keychain choice');

  // Nothing can be stored before the choice: the core refuses, whatever the page does.
  const organisationId = (await ask(app, 'saveOrganisation', { name: 'ООО «Ромашка»', taxId: '' })).id;
  const refused = await app.core.router.handle('saveToken', {
    organisationId,
    kind: 'oais',
    label: '',
    systemName: 'buh_1c',
    techEmail: 'it@romashka.by',
    secret: newPortalToken(),
    expiresAt: daysFromNow(60).toISOString(),
    notes: '',
  });
  expect(refused).toMatchObject({ ok: false, error: { message: message('keychain_choice_required', 'ru') } });

  // Too short, then not confirmed: told next to the field.
  await page.getByLabel(texts.passphrase, { exact: true }).fill('коротко');
  await page.getByLabel(texts.confirm, { exact: true }).fill('коротко');
  await page.getByRole('button', { name: texts.setPassphrase }).click();
  await expect(page.getByTestId('field-error-keychain-passphrase')).toContainText(fill(texts.tooShort, { min: 10 }));
  await page.getByLabel(texts.passphrase, { exact: true }).fill(PASSPHRASE);
  await page.getByLabel(texts.confirm, { exact: true }).fill(`${PASSPHRASE}.`);
  await page.getByRole('button', { name: texts.setPassphrase }).click();
  await expect(page.getByTestId('field-error-keychain-confirm')).toContainText(texts.mismatch);

  await page.getByLabel(texts.confirm, { exact: true }).fill(PASSPHRASE);
  await page.getByRole('button', { name: texts.setPassphrase }).click();
  await expect(page.getByRole('heading', { level: 1, name: texts.choiceHeading })).toHaveCount(0);

  const secret = newPortalToken();
  await seedToken(app, {
    organisation: 'ООО «Ромашка»',
    kind: 'oais',
    label: 'Бухгалтерия',
    systemName: 'buh_1c',
    techEmail: 'it@romashka.by',
    secret,
    expiresAt: daysFromNow(60).toISOString(),
  });
  // On disk: neither the token nor the passphrase.
  for (const file of await readdir(app.dataDir)) {
    const body = await readFile(join(app.dataDir, file), 'utf8').catch(() => '');
    expect(body).not.toContain(secret);
    expect(body).not.toContain(PASSPHRASE);
  }

  await app.restart();
  await expect(page.getByRole('heading', { level: 1, name: texts.unlockHeading })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'keychain unlock');
  await page.getByLabel(texts.passphrase, { exact: true }).fill('не тот пароль совсем');
  await page.getByRole('button', { name: texts.unlock }).click();
  await expect(page.getByTestId('field-error-keychain-passphrase')).toContainText(message('keychain_wrong_passphrase', 'ru'));
  await expect(page.getByLabel(texts.passphrase, { exact: true })).toBeFocused();

  await page.getByLabel(texts.passphrase, { exact: true }).fill(PASSPHRASE);
  await page.getByRole('button', { name: texts.unlock }).click();
  const row = tokenRow(page, 'Бухгалтерия');
  await expect(row).toHaveCount(1);
  await row.getByRole('button', { name: ui.common.details }).click();
  await page.getByRole('button', { name: ui.details.show, exact: true }).click();
  await expect(page.getByRole('textbox', { name: fill(ui.details.secretLabel, { name: 'Токен' }) })).toHaveValue(secret);
});

test('accepting weak storage is explicit, and the settings show it as weak', async ({ app }) => {
  const { page } = app;
  await page.getByRole('button', { name: texts.acceptWeak }).click();
  await expect(page.getByRole('heading', { level: 1, name: texts.choiceHeading })).toHaveCount(0);
  await goToSettings(page);
  await expect(page.getByTestId('encryption-state')).toHaveAttribute('data-state', 'basic-text');
  await expect(page.getByTestId('encryption-state')).toContainText(ui.encryption['basic-text'].title);
});
