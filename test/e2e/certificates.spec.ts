/**
 * Issue 13, points 1 and 2, as a user with many clients meets them: CryptoPro (fake cryptcp and
 * certmgr at the OS edge; certmgr prints a captured Windows listing in cp1251 with the test PKI's
 * certificate added) is the default once its folder is known; «Выбрать сертификат» lists the
 * store with a search, picked with the keyboard; a certificate of another ИНН is stopped before
 * anything is signed and then accepted knowingly; the certificate's end is on the details page,
 * in the reminder section and the dashboard; the next token of that client starts where the last
 * one left off; without certmgr the user is told what to install and where to choose its folder.
 */
import { X509Certificate } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { uiCerts } from '../../shared/texts/ui-certs';
import { uiCrpt } from '../../shared/texts/ui-crpt';
import { certmgrBlock, cp1251, createBakedFakeCryptoPro, listingWith, removeFakeTool, type FakeCryptoPro } from '../integration/crpt/fake-cryptopro';
import { startWorldForApp, type CrptWorld } from '../integration/crpt/setup';
import { expectNoSeriousA11yViolations } from './harness/axe';
import { expect, test } from './harness/fixtures';
import type { TestApp } from './harness/fixtures';
import { SCREENSHOT_DIR } from './harness/paths';
import { seedToken } from './harness/seed';
import { goToDashboard, goToSettings, kindSpec, tokenRow, ui } from './harness/user';

const crptTexts = uiCrpt.ru;
const texts = uiCerts.ru;
const CLIENT = 'ООО «Клиент»';
const CLIENT_INN = '7736050003';
let world: CrptWorld;
let fake: FakeCryptoPro;
let thumbprint: string;
let listing: Buffer;

test.beforeAll(async () => {
  world = await startWorldForApp();
  const certificate = new X509Certificate(await readFile(world.pki.user.cert));
  thumbprint = certificate.fingerprint.replace(/:/g, '');
  const captured = await readFile(new URL('../unit/crpt/fixtures/certmgr-list-umy.txt', import.meta.url), 'utf8');
  listing = cp1251(listingWith(captured, (number) => [certmgrBlock(number, world.pki.user, certificate)]).replace(/\n/g, '\r\n'));
  fake = await makeFake();
});

const makeFake = () => createBakedFakeCryptoPro({ cert: world.pki.user.cert, key: world.pki.user.key, thumbprint, opensslEnv: world.pki.env, certmgrList: listing });

test.afterAll(async () => {
  await fake?.cleanup();
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

/** Settings → «Папка КриптоПро» → «Выбрать…»: the user picks cryptcp in main's dialog. */
async function chooseCryptoProFolder(app: TestApp, tools: FakeCryptoPro = fake): Promise<void> {
  const { page } = app;
  await goToSettings(page);
  app.signerPicker.tools.push(join(tools.dir, 'cryptcp'));
  await page.getByRole('region', { name: crptTexts.cryptoProHeading }).getByRole('button', { name: crptTexts.cryptoProChoose }).click();
  await expect(page.getByTestId('cryptopro-folder')).toHaveText(tools.dir);
}

async function openCrptScreen(page: Page, options: { existing: boolean }): Promise<void> {
  await goToDashboard(page);
  await page.getByRole('button', { name: ui.dashboard.getToken }).click();
  const choice = page.getByRole('group', { name: ui.newToken.organisationLegend });
  if (options.existing) {
    await choice.getByRole('radio', { name: CLIENT }).check();
  } else {
    await choice.getByRole('textbox', { name: ui.organisationForm.name, exact: true }).fill(CLIENT);
    await choice.getByRole('textbox', { name: `${ui.organisationForm.taxId} (${ui.common.optional})` }).fill(CLIENT_INN);
  }
  await page.getByRole('radio', { name: kindSpec('crpt').title.ru }).check();
  await page.getByRole('button', { name: ui.newToken.start }).click();
  await expect(page.getByRole('heading', { level: 1, name: crptTexts.title })).toBeVisible();
}

test('a certificate picked from the CryptoPro store with a search; another ИНН stopped, then accepted; its end shown; the next token starts from it', async ({ app }) => {
  // Four screens, each scanned and shot at three widths, and a real GOST signature: longer than the default.
  test.setTimeout(180_000);
  const { page } = app;
  await chooseCryptoProFolder(app);
  await openCrptScreen(page, { existing: false });

  // CryptoPro is installed: signing with it is the default.
  await expect(page.getByTestId('crpt-started-from')).toHaveText(texts.cryptoProDefault);
  await expect(page.getByRole('radio', { name: crptTexts.signerCryptcp })).toBeChecked();
  await page.getByRole('radio', { name: crptTexts.purposeTrueApi }).check();
  await page.getByRole('radio', { name: crptTexts.standCustom }).check();
  await page.getByRole('textbox', { name: crptTexts.customBase }).fill(world.emulator.trueApiBase);

  // Keyboard only: «Выбрать сертификат», the search, the certificate's «Выбрать».
  const open = page.getByRole('button', { name: texts.choose });
  await open.focus();
  await page.keyboard.press('Enter');
  const list = page.getByRole('region', { name: texts.listHeading });
  await expect(list.getByTestId('certificate-item')).toHaveCount(4);
  const search = list.getByRole('searchbox', { name: texts.search });
  await expect(search).toBeFocused();
  // The cp1251 listing reads as Russian: owners, ИНН, ОГРН, thumbprints, «истекает через N дней».
  await expect(list).toContainText('Петров Пётр Петрович');
  await expect(list).toContainText('304500116000157');
  await expect(list).toContainText('8F3A1C9B2D4E5F60718293A4B5C6D7E8F9012345');
  await expect(list.getByTestId('certificate-item').last()).toContainText(/истекает через \d+ (день|дня|дней)/);
  await expect(list.getByTestId('certificate-item').nth(1)).toContainText(/истёк/);
  await expectNoSeriousA11yViolations(page, 'certificate list');
  await screenshotsAtWidths(page, 'certificates-list');

  await page.keyboard.type('500100732259');
  await expect(list.getByTestId('certificate-count')).toHaveText('Найдено: 1 из 4');
  await expect(list.getByTestId('certificate-item')).toContainText('Петров');
  await search.fill('');
  await page.keyboard.type('ромашка');
  await expect(list.getByTestId('certificate-item')).toHaveCount(2);
  await search.fill('');
  await page.keyboard.type(thumbprint.slice(0, 8).toLowerCase());
  await expect(list.getByTestId('certificate-item')).toHaveCount(1);
  await page.keyboard.press('Tab');
  await expect(list.getByRole('button', { name: /^Выбрать сертификат: ООО "Ромашка"/ })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(list).toBeHidden();
  await expect(page.getByRole('textbox', { name: crptTexts.thumbprint })).toHaveValue(thumbprint);
  await expect(page.getByTestId('certificate-chosen')).toContainText(world.pki.user.innLe);

  // The certificate is ООО «Ромашка»'s (7707083893), the client is 7736050003: nothing is signed.
  const signIns = world.emulator.signIns.length;
  await page.getByRole('button', { name: crptTexts.obtain }).click();
  const mismatch = page.getByTestId('inn-mismatch');
  await expect(mismatch).toContainText(`ИНН в сертификате — ${world.pki.user.innLe}, а у организации «${CLIENT}» — ${CLIENT_INN}`);
  await expect(mismatch).toBeFocused();
  expect(world.emulator.signIns.length).toBe(signIns);
  expect(app.core.vault.snapshot().organisations.flatMap((organisation) => organisation.tokens)).toHaveLength(0);
  await expectNoSeriousA11yViolations(page, 'ИНН mismatch');
  await screenshotsAtWidths(page, 'certificates-inn-mismatch');

  await mismatch.getByRole('button', { name: texts.mismatchAccept }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Честный знак, True API' })).toBeVisible();
  const token = app.core.vault.snapshot().organisations.flatMap((organisation) => organisation.tokens)[0];
  expect(token?.settings.innMismatchAccepted).toBe(`${world.pki.user.innLe}/${CLIENT_INN}`);
  // The certificate's end on the details page and its reminders in the token's reminder section.
  await expect(page.getByTestId('certificate-expires')).toContainText(/истекает через \d+ (день|дня|дней)/);
  await expect(page.getByTestId('certificate-inn-accepted')).toContainText(`${world.pki.user.innLe} и ${CLIENT_INN}`);
  const reminders = page.getByRole('region', { name: ui.reminders.heading });
  await expect(reminders.getByTestId('certificate-reminders')).toContainText('30, 14, 7, 1');
  await expect(reminders.getByTestId('certificate-reminders')).toContainText('Ближайшее напоминание');
  await expectNoSeriousA11yViolations(page, 'details with the certificate');
  await screenshotsAtWidths(page, 'certificates-details');

  // The test certificate ends within 30 days: its row says so.
  await goToDashboard(page);
  await expect(tokenRow(page, CLIENT).getByTestId('token-certificate')).toContainText(/Сертификат истекает через \d+ (день|дня|дней)/);

  // The next token of this client starts from the same stand and certificate.
  await openCrptScreen(page, { existing: true });
  await expect(page.getByTestId('crpt-started-from')).toHaveText(texts.remembered);
  await expect(page.getByRole('radio', { name: crptTexts.signerCryptcp })).toBeChecked();
  await expect(page.getByRole('textbox', { name: crptTexts.thumbprint })).toHaveValue(thumbprint);
  await expect(page.getByRole('radio', { name: crptTexts.standCustom })).toBeChecked();
  await expect(page.getByRole('textbox', { name: crptTexts.customBase })).toHaveValue(world.emulator.trueApiBase);
});

test('without certmgr, «Проверить сертификат» says to install CryptoPro CSP or choose its folder in Settings, which is there', async ({ app }) => {
  const { page } = app;
  const withoutCertmgr = await makeFake();
  await removeFakeTool(withoutCertmgr, 'certmgr');
  await chooseCryptoProFolder(app, withoutCertmgr);
  await openCrptScreen(page, { existing: false });
  await page.getByRole('textbox', { name: crptTexts.thumbprint }).fill(thumbprint);
  await page.getByRole('button', { name: crptTexts.inspect }).click();
  const alert = page.getByRole('alert').filter({ hasText: 'certmgr' });
  await expect(alert).toContainText('КриптоПро CSP');
  await expect(alert).toContainText('«Папка КриптоПро» → «Выбрать…»');
  await saveScreenshot683(page);
  await goToSettings(page);
  await expect(page.getByRole('region', { name: crptTexts.cryptoProHeading }).getByRole('button', { name: crptTexts.cryptoProChoose })).toBeVisible();
  await withoutCertmgr.cleanup();
});

async function saveScreenshot683(page: Page): Promise<void> {
  await page.setViewportSize({ width: 683, height: 800 });
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'certificates-no-certmgr-683x800.png'), fullPage: false, animations: 'disabled' });
  await page.setViewportSize({ width: 1280, height: 800 });
}

test.describe('certificate reminders', () => {
  test.use({ manualTimers: true });

  test('a certificate ending soon counts in the summary, tray and dashboard alike, and its 7-day reminder fires as a notification', async ({ app }) => {
    const { page, clock, notifier } = app;
    if (!clock) throw new Error('manualTimers gives the app a manual clock');
    const now = clock.now().getTime();
    await seedToken(app, {
      organisation: CLIENT,
      kind: 'crpt',
      label: 'СУЗ, склад 1',
      systemName: '',
      techEmail: '',
      secret: 'a1b2c3d4-e5f6-4711-8899-aabbccddeeff',
      expiresAt: new Date(now + 9 * 3_600_000).toISOString(),
      certificateExpiresAt: new Date(now + 8 * 86_400_000 + 60_000).toISOString(),
    });
    await goToDashboard(page);
    // «Сертификаты 1» on the dashboard, the same count the tray's shared function gives.
    const summary = page.getByTestId('dashboard-summary');
    await expect(summary.getByRole('button', { name: new RegExp(`${ui.dashboardView.summary.certificates}\\s*1`) })).toBeVisible();
    expect(app.core.trayModel().items).toHaveLength(1);
    await expect(tokenRow(page, 'СУЗ, склад 1').getByTestId('token-certificate')).toContainText('Сертификат истекает через 8 дней');
    await expectNoSeriousA11yViolations(page, 'dashboard with a certificate ending');
    await screenshotsAtWidths(page, 'certificates-dashboard');

    // The token's own reminders (2 hours before, at expiry) come first; then the certificate's 7-day one.
    clock.advance(10 * 3_600_000);
    await expect.poll(() => notifier.shown.length).toBeGreaterThan(0);
    clock.advance(86_400_000 - 10 * 3_600_000 + 120_000);
    await expect.poll(() => notifier.shown.length).toBeGreaterThan(1);
    await expect.poll(() => notifier.shown.filter((shown) => /Сертификат подписи/.test(`${shown.title} ${shown.body}`)).length).toBe(1);
    const shown = notifier.shown.find((entry) => /Сертификат подписи/.test(`${entry.title} ${entry.body}`));
    expect(`${shown?.title} ${shown?.body}`).toContain(CLIENT);
  });
});
