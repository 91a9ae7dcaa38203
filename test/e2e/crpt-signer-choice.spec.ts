/**
 * The signer's program and files are chosen in main's native dialog (faked here at the
 * OS edge): Settings «Папка КриптоПро» → «Выбрать…» refuses a program of another name
 * and remembers the folder of a CryptoPro program (the fake certmgr of fake-cryptopro.ts,
 * printing a captured store listing; a real executable on Windows), and the Честный знак screen then lists that store; a certificate «file» that
 * is too big or missing is refused next to its field.
 */
import { chmod, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { uiCrpt } from '../../shared/texts/ui-crpt';
import { createBakedFakeCryptoPro, fakeToolPath } from '../integration/crpt/fake-cryptopro';
import type { FakeCryptoPro } from '../integration/crpt/fake-cryptopro';
import { expect, test } from './harness/fixtures';
import { goToDashboard, goToSettings, kindSpec, ui } from './harness/user';

const texts = uiCrpt.ru;
let fake: FakeCryptoPro;
let dir: string;

test.beforeAll(async () => {
  // Stand-ins for CryptoPro's tools; certmgr prints a real store listing. Nothing here signs.
  fake = await createBakedFakeCryptoPro({
    cert: '',
    key: '',
    thumbprint: '',
    opensslEnv: {},
    certmgrList: await readFile(new URL('../unit/crpt/fixtures/certmgr-list-umy.txt', import.meta.url)),
  });
  dir = fake.dir;
  await writeFile(join(dir, 'evil.exe'), `#!/bin/sh\ntouch '${join(dir, 'ran')}'\n`);
  await chmod(join(dir, 'evil.exe'), 0o755);
  await writeFile(join(dir, 'big.pem'), Buffer.alloc(65 * 1024, 0x41));
});

test.afterAll(async () => {
  await fake?.cleanup();
});

async function openCrptScreen(page: Page): Promise<void> {
  await goToDashboard(page);
  await page.getByRole('button', { name: ui.dashboard.getToken }).click();
  await page.getByRole('group', { name: ui.newToken.organisationLegend }).getByRole('textbox', { name: ui.organisationForm.name, exact: true }).fill('ООО «Ромашка»');
  await page.getByRole('radio', { name: kindSpec('crpt').title.ru }).check();
  await page.getByRole('button', { name: ui.newToken.start }).click();
  await expect(page.getByRole('heading', { level: 1, name: texts.title })).toBeVisible();
}

test('the CryptoPro folder is chosen in the dialog: another program is refused, certmgr’s folder is remembered and used', async ({ app }) => {
  const { page } = app;
  await goToSettings(page);
  const section = page.getByRole('region', { name: texts.cryptoProHeading });
  await expect(section.getByTestId('cryptopro-folder')).toHaveText(texts.cryptoProStandard);

  app.signerPicker.tools.push(join(dir, 'evil.exe'));
  await section.getByRole('button', { name: texts.cryptoProChoose }).click();
  await expect(page.getByRole('alert').filter({ hasText: '«evil.exe»' })).toBeVisible();
  await expect(section.getByTestId('cryptopro-folder')).toHaveText(texts.cryptoProStandard);

  app.signerPicker.tools.push(fakeToolPath(fake, 'certmgr'));
  await section.getByRole('button', { name: texts.cryptoProChoose }).click();
  await expect(section.getByTestId('cryptopro-folder')).toHaveText(dir);
  expect(app.core.vault.snapshot().settings.cryptoProFolder).toBe(dir);

  await openCrptScreen(page);
  await page.getByRole('radio', { name: texts.signerCryptcp }).check();
  await page.getByRole('textbox', { name: texts.thumbprint }).fill('8F3A1C9B2D4E5F60718293A4B5C6D7E8F9012345');
  await page.getByRole('button', { name: texts.inspect }).click();
  await expect(page.getByTestId('crpt-certificate')).toContainText('7707083893');
});

test('a certificate file that is too big or missing is refused next to its field', async ({ app }) => {
  const { page } = app;
  await openCrptScreen(page);
  app.signerPicker.files.push(join(dir, 'big.pem'));
  await page.getByRole('button', { name: texts.chooseCertificate }).click();
  await expect(page.getByTestId('field-error-certPath')).toContainText('слишком большой');
  await expect(page.getByRole('textbox', { name: texts.certPath })).toHaveValue('');

  app.signerPicker.files.push(join(dir, 'gone.pem'));
  await page.getByRole('button', { name: texts.chooseCertificate }).click();
  await expect(page.getByTestId('field-error-certPath')).toContainText('Файл не найден: «gone.pem»');
});
