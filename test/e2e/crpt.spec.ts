/**
 * Честный знак in one click, as a user does it: the kind chooser, the crpt screen,
 * the certificate check, «Получить токен» against the stand emulator (started here,
 * with a throw-away PKI; the harness core runs in this Node process), then copying
 * the token and getting a new one from the details screen.
 */
import { message } from '../../shared/texts/messages';
import { uiCrpt } from '../../shared/texts/ui-crpt';
import { ping, startWorldForApp, type CrptWorld } from '../integration/crpt/setup';
import { expectNoSeriousA11yViolations } from './harness/axe';
import { expect, test } from './harness/fixtures';
import { kindSpec, ui } from './harness/user';

const texts = uiCrpt.ru;
let world: CrptWorld;

test.beforeAll(async () => {
  // The app's signer runs the openssl on PATH with this process's environment.
  world = await startWorldForApp();
});

test.afterAll(async () => {
  await world?.close();
});

test('the user gets a СУЗ clientToken in one click, copies it and gets a new one', async ({ app }) => {
  const { page } = app;
  await page.getByRole('button', { name: ui.dashboard.getToken }).click();
  await expect(page.getByRole('heading', { level: 1, name: ui.newToken.title })).toBeVisible();
  const organisations = page.getByRole('group', { name: ui.newToken.organisationLegend });
  await organisations.getByRole('textbox', { name: ui.organisationForm.name, exact: true }).fill('ООО «Ромашка»');
  await page.getByRole('radio', { name: kindSpec('crpt').title.ru }).check();
  await page.getByRole('button', { name: ui.newToken.start }).click();

  await expect(page.getByRole('heading', { level: 1, name: texts.title })).toBeVisible();
  // Where the connection id comes from, with the portal one click away.
  await expect(page.getByRole('listitem').filter({ hasText: '«+ Создать устройство»' })).toBeVisible();
  await page.getByRole('button', { name: texts.openPortal }).click();
  await expect.poll(() => app.opener.opened).toEqual(['https://markirovka.crpt.ru/']);
  await expect(page.getByRole('note', { name: texts.warningTitle })).toContainText(message('crpt_token_replaces_previous', 'ru'));
  // Seed 004, note after section 4: the first dynamic token ends the static ones; said before the first token.
  await expect(page.getByRole('note', { name: texts.warningTitle })).toContainText(message('crpt_static_tokens_stop', 'ru'));

  // Nothing typed: the form says what is missing, next to each field.
  await page.getByRole('button', { name: texts.obtain }).click();
  await expect(page.getByTestId('field-error-omsConnection')).toContainText(texts.required);
  await expect(page.getByTestId('field-error-certPath')).toBeVisible();

  await page.getByRole('textbox', { name: texts.label }).fill('СУЗ, склад 1');
  await page.getByRole('radio', { name: texts.standCustom }).check();
  await page.getByRole('textbox', { name: texts.customBase }).fill(world.emulator.trueApiBase);
  await page.getByRole('textbox', { name: texts.omsConnection }).fill(world.emulator.connection);
  // The files are picked in main's native dialog; the page only shows what was picked.
  await expect(page.getByRole('textbox', { name: texts.certPath })).not.toBeEditable();
  app.signerPicker.files.push(world.pki.user.cert, world.pki.user.key);
  await page.getByRole('button', { name: texts.chooseCertificate }).click();
  await expect(page.getByRole('textbox', { name: texts.certPath })).toHaveValue(world.pki.user.cert);
  await page.getByRole('button', { name: texts.chooseKey }).click();
  await expect(page.getByRole('textbox', { name: texts.keyPath })).toHaveValue(world.pki.user.key);
  expect(app.signerPicker.asked).toEqual(['certificate', 'key']);

  await page.getByRole('button', { name: texts.inspect }).click();
  const certificate = page.getByTestId('crpt-certificate');
  await expect(certificate).toContainText(world.pki.user.innLe);
  await expectNoSeriousA11yViolations(page, 'crpt');

  await page.getByRole('button', { name: texts.obtain }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'СУЗ, склад 1' })).toBeVisible();
  await expect(page.getByTestId('status-message')).toHaveText(texts.saved);

  await page.getByRole('button', { name: ui.common.copy }).click();
  await expect.poll(() => app.clipboard.writes.length).toBe(1);
  const first = app.clipboard.writes[0] ?? '';
  expect(world.emulator.tokenStatus(first)).toBe('live');
  expect(await ping(world.emulator, first)).toBe(200);

  // A new token from the details screen: the old one dies at once and goes to history.
  await page.getByRole('button', { name: texts.refresh }).click();
  await expect(page.getByTestId('status-message')).toHaveText(texts.refreshed);
  expect(world.emulator.tokenStatus(first)).toBe('replaced');
  await page.getByRole('button', { name: ui.common.copy }).click();
  await expect.poll(() => app.clipboard.writes.length).toBe(2);
  const second = app.clipboard.writes[1] ?? '';
  expect(second).not.toBe(first);
  expect(await ping(world.emulator, second)).toBe(200);
});

test('a refusal of the stand is shown as a Russian alert and nothing is saved', async ({ app }) => {
  const { page } = app;
  await page.getByRole('button', { name: ui.dashboard.getToken }).click();
  await page.getByRole('group', { name: ui.newToken.organisationLegend }).getByRole('textbox', { name: ui.organisationForm.name, exact: true }).fill('ООО «Ромашка»');
  await page.getByRole('radio', { name: kindSpec('crpt').title.ru }).check();
  await page.getByRole('button', { name: ui.newToken.start }).click();
  await page.getByRole('radio', { name: texts.standCustom }).check();
  await page.getByRole('textbox', { name: texts.customBase }).fill(world.emulator.trueApiBase);
  await page.getByRole('textbox', { name: texts.omsConnection }).fill(world.emulator.connection);
  await page.getByRole('textbox', { name: texts.inn }).fill(world.pki.stranger.innLe);
  app.signerPicker.files.push(world.pki.user.cert, world.pki.user.key);
  await page.getByRole('button', { name: texts.chooseCertificate }).click();
  await expect(page.getByRole('textbox', { name: texts.certPath })).toHaveValue(world.pki.user.cert);
  await page.getByRole('button', { name: texts.chooseKey }).click();
  await expect(page.getByRole('textbox', { name: texts.keyPath })).toHaveValue(world.pki.user.key);
  // The stand refuses with «код ошибки 2» (the ИНН itself is the МЧД participant's, never matched to the certificate).
  world.emulator.inject('sign-in', { kind: 'status', status: 403, body: { code: '403', error_message: 'Доступ запрещён: код ошибки 2', description: '' } });
  await page.getByRole('button', { name: texts.obtain }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'машиночитаемой доверенности' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: texts.title })).toBeVisible();
  expect(app.core.vault.snapshot().organisations.flatMap((organisation) => organisation.tokens)).toHaveLength(0);
});
