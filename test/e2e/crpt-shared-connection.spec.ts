/**
 * Issue 10, point 18 (b, c) as a user meets it: a second record typed with a connection id
 * another record uses gets the warning next to the field, the core refuses it until the
 * user accepts knowingly, and then both records' pages carry the mark. The screen advises
 * a separate device for the app, labelled as advice. Against the stand emulator with the
 * real openssl signer.
 */
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { message } from '../../shared/texts/messages';
import { uiCrpt } from '../../shared/texts/ui-crpt';
import { uiRecords } from '../../shared/texts/ui-records';
import { startWorldForApp, type CrptWorld } from '../integration/crpt/setup';
import { expectNoSeriousA11yViolations } from './harness/axe';
import { expect, test } from './harness/fixtures';
import type { TestApp } from './harness/fixtures';
import { SCREENSHOT_DIR } from './harness/paths';
import { ask } from './harness/seed';
import { goToDashboard, kindSpec, tokenRow, ui } from './harness/user';

const texts = uiCrpt.ru;
const ROMASHKA = 'ООО «Ромашка»';
const LYUTIK = 'ООО «Лютик»';
const FIRST = 'СУЗ, склад 1';
const SECOND = 'Лютик, СУЗ';
let world: CrptWorld;

test.beforeAll(async () => {
  world = await startWorldForApp();
});

test.afterAll(async () => {
  await world?.close();
});

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

/** «Получить токен» → a new organisation → Честный знак → the crpt screen with the label, the emulator's stand and connection, the files picked. */
async function fillCrptScreen(app: TestApp, organisation: string, label: string): Promise<void> {
  const { page } = app;
  await page.getByRole('button', { name: ui.dashboard.getToken }).click();
  const choice = page.getByRole('group', { name: ui.newToken.organisationLegend });
  const newOrganisation = choice.getByRole('radio', { name: ui.newToken.newOrganisation });
  if (await newOrganisation.count()) await newOrganisation.check();
  await choice.getByRole('textbox', { name: ui.organisationForm.name, exact: true }).fill(organisation);
  await page.getByRole('radio', { name: kindSpec('crpt').title.ru }).check();
  await page.getByRole('button', { name: ui.newToken.start }).click();
  await expect(page.getByRole('heading', { level: 1, name: texts.title })).toBeVisible();
  await page.getByRole('textbox', { name: texts.label }).fill(label);
  await page.getByRole('radio', { name: texts.standCustom }).check();
  await page.getByRole('textbox', { name: texts.customBase }).fill(world.emulator.trueApiBase);
  await page.getByRole('textbox', { name: texts.omsConnection }).fill(world.emulator.connection);
  app.signerPicker.files.push(world.pki.user.cert, world.pki.user.key);
  await page.getByRole('button', { name: texts.chooseCertificate }).click();
  await expect(page.getByRole('textbox', { name: texts.certPath })).toHaveValue(world.pki.user.cert);
  await page.getByRole('button', { name: texts.chooseKey }).click();
  await expect(page.getByRole('textbox', { name: texts.keyPath })).toHaveValue(world.pki.user.key);
}

const storedTokens = (app: TestApp) => app.core.vault.snapshot().organisations.flatMap((organisation) => organisation.tokens);

test('two records on one connection: the warning next to the field, the core’s refusal, a knowing «go on», and the mark on both pages', async ({ app }) => {
  // Two sign-ins with real signatures, two axe scans and six full-page screenshots.
  test.slow();
  const { page } = app;
  await fillCrptScreen(app, ROMASHKA, FIRST);
  // Advice, and said to be advice: a device of the app's own.
  const advice = page.getByRole('complementary', { name: message('crpt_separate_device_title', 'ru') });
  await expect(advice).toContainText('Это совет, а не обязательный шаг');
  await expect(advice).toContainText('«+ Создать устройство»');
  // The first record on this connection: nothing to warn about.
  await expect(page.getByTestId('crpt-shared-connection')).toHaveCount(0);
  await page.getByRole('button', { name: texts.obtain }).click();
  await expect(page.getByRole('heading', { level: 1, name: FIRST })).toBeVisible();
  await expect(page.getByTestId('crpt-shared-connection-mark')).toHaveCount(0);
  const firstSecret = await app.core.vault.revealSecret(storedTokens(app)[0]?.id ?? '');

  // Another organisation, the same device's connection id: the warning appears next to the field as it is typed.
  await goToDashboard(page);
  await fillCrptScreen(app, LYUTIK, SECOND);
  const warning = page.getByTestId('crpt-shared-connection');
  await expect(warning).toContainText(`уже использует запись «${ROMASHKA} · ${FIRST}»`);
  const accept = page.getByRole('checkbox', { name: message('crpt_shared_connection_accept', 'ru') });
  await expect(accept).not.toBeChecked();
  await expect(page.getByRole('textbox', { name: texts.omsConnection })).toHaveAccessibleDescription(/уже использует запись/);
  await expectNoSeriousA11yViolations(page, 'crpt shared connection warning');
  await screenshotsAtWidths(page, 'crpt-shared-connection-warning');

  // «Получить токен» without accepting: the core refuses, nothing is signed, the first token lives, the focus is on the choice.
  const signIns = world.emulator.signIns.length;
  await page.getByRole('button', { name: texts.obtain }).click();
  await expect(accept).toBeFocused();
  await expect(warning).toContainText('Лучше создайте для этой записи отдельное устройство в СУЗ');
  await expect(page.getByRole('heading', { level: 1, name: texts.title })).toBeVisible();
  expect(world.emulator.signIns.length).toBe(signIns);
  expect(world.emulator.tokenStatus(firstSecret)).toBe('live');
  expect(storedTokens(app)).toHaveLength(1);

  // Accepted knowingly, by keyboard: the record is saved, and its page says what the sharing means.
  await page.keyboard.press('Space');
  await expect(accept).toBeChecked();
  await page.getByRole('button', { name: texts.obtain }).click();
  await expect(page.getByRole('heading', { level: 1, name: SECOND })).toBeVisible();
  expect(world.emulator.tokenStatus(firstSecret)).toBe('replaced');
  const mark = page.getByRole('note', { name: message('crpt_shared_connection_mark_title', 'ru') });
  await expect(mark).toContainText(`использует запись «${ROMASHKA} · ${FIRST}»`);
  await expectNoSeriousA11yViolations(page, 'crpt shared connection mark');
  await screenshotsAtWidths(page, 'crpt-shared-connection-mark');

  // The first record's page carries the mark too, naming the second.
  await goToDashboard(page);
  await tokenRow(page, FIRST).getByRole('button', { name: ui.common.details }).click();
  await expect(page.getByRole('heading', { level: 1, name: FIRST })).toBeVisible();
  await expect(page.getByRole('note', { name: message('crpt_shared_connection_mark_title', 'ru') })).toContainText(`использует запись «${LYUTIK} · ${SECOND}»`);
});

test('«Изменить» that moves a record onto another record’s connection: refused next to the field, saved once accepted, marked on the page', async ({ app }) => {
  const { page } = app;
  const records = uiRecords.ru;
  const organisation = await ask(app, 'saveOrganisation', { name: ROMASHKA, taxId: '' });
  const connection = (id: string) => ({ stand: 'sandbox', trueApiBase: 'https://markirovka.sandbox.crptech.ru/api/v3/true-api', omsConnection: id });
  const expiresAt = new Date(Date.now() + 8 * 3_600_000).toISOString();
  const common = { organisationId: organisation.id, kind: 'crpt' as const, systemName: '', techEmail: '', expiresAt, notes: '' };
  await ask(app, 'saveToken', { ...common, label: FIRST, secret: 'client-token-first-0123456789', settings: connection('11b1abc1-f1ee-11db-1a11-f11ac11111e1') });
  await ask(app, 'saveToken', { ...common, label: 'СУЗ, склад 2', secret: 'client-token-second-0123456789', settings: connection('22b2abc2-f2ee-22db-2a22-f22ac22222e2') });

  await tokenRow(page, 'СУЗ, склад 2').getByRole('button', { name: ui.common.details }).click();
  await page.getByRole('button', { name: records.edit.button, exact: true }).click();
  const field = page.getByTestId('record-edit').getByRole('textbox', { name: records.edit.omsConnection });
  await field.fill('11B1ABC1-F1EE-11DB-1A11-F11AC11111E1');
  await page.getByRole('button', { name: records.edit.save }).click();
  const accept = page.getByRole('checkbox', { name: message('crpt_shared_connection_accept', 'ru') });
  await expect(accept).toBeFocused();
  await expect(page.getByTestId('crpt-shared-connection')).toContainText(`уже использует запись «${ROMASHKA} · ${FIRST}»`);
  expect(storedTokens(app).map((token) => token.settings.omsConnection)).toEqual(['11b1abc1-f1ee-11db-1a11-f11ac11111e1', '22b2abc2-f2ee-22db-2a22-f22ac22222e2']);
  await expectNoSeriousA11yViolations(page, 'record edit, shared connection');
  await screenshotsAtWidths(page, 'crpt-shared-connection-edit');

  await page.keyboard.press('Space');
  await page.getByRole('button', { name: records.edit.save }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'СУЗ, склад 2' })).toBeVisible();
  await expect(page.getByRole('note', { name: message('crpt_shared_connection_mark_title', 'ru') })).toContainText(`использует запись «${ROMASHKA} · ${FIRST}»`);
  expect(storedTokens(app).map((token) => token.settings.omsConnection)).toEqual(['11b1abc1-f1ee-11db-1a11-f11ac11111e1', '11b1abc1-f1ee-11db-1a11-f11ac11111e1']);
});
