import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { uiBackups } from '../../shared/texts/ui-backups';
import { expectNoSeriousA11yViolations } from './harness/axe';
import { expect, test } from './harness/fixtures';
import { SCREENSHOT_DIR } from './harness/paths';
import { ask, seedToken } from './harness/seed';
import { daysFromNow, fill, goToDashboard, goToSettings, newPortalToken, saveScreenshot, tokenRow } from './harness/user';

// Automatic backups as a user meets them in Settings → «Резервные копии»: switched on (main's
// folder dialog answers with a temp folder), a copy made, the data changed, the copy restored,
// and the old data back on the dashboard. The copies are real files in the export format.

const texts = uiBackups.ru;
const OAIS = newPortalToken();
const NEWER = newPortalToken();

let folder = '';

test.beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'token-assistant-e2e-backups-'));
});

test.afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

test('the user switches daily backups on, makes a copy, changes the data and restores the copy', async ({ app }) => {
  const { page } = app;
  await page.setViewportSize({ width: 1280, height: 800 });
  const old = await seedToken(app, {
    organisation: 'ООО «Ромашка»',
    kind: 'oais',
    label: 'Бухгалтерия 1С',
    systemName: 'buh_1c',
    techEmail: 'it@romashka.by',
    secret: OAIS,
    expiresAt: daysFromNow(60).toISOString(),
  });

  await goToSettings(page);
  const section = page.getByRole('region', { name: texts.heading });
  await expect(section.getByText(texts.noFolder)).toBeVisible();

  // Keyboard: Space on the switch; main's folder dialog answers with the chosen folder.
  app.folderPicker.folders.push(folder);
  const switchBox = section.getByRole('checkbox', { name: texts.switchLabel });
  await switchBox.focus();
  await page.keyboard.press('Space');
  await expect(switchBox).toBeChecked();
  await expect(page.getByTestId('status-message')).toHaveText(texts.switchedOn);
  await expect(section.getByTestId('backups-folder')).toHaveText(fill(texts.folder, { folder }));
  // The first copy is made at once: a day without one is owed.
  await expect(section.getByTestId('backup-file')).toHaveCount(1);
  await expect(section.getByTestId('backups-password-unseen')).toBeVisible();

  await section.getByRole('button', { name: texts.makeNow }).click();
  await expect(page.getByTestId('status-message')).toContainText('Резервная копия сохранена: token-assistant-backup-');
  await expect(section.getByTestId('backup-file')).toHaveCount(2);
  const files = (await readdir(folder)).filter((name) => name.endsWith('.tavault'));
  expect(files).toHaveLength(2);
  for (const name of files) {
    expect(name).toMatch(/^token-assistant-backup-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}Z(-\d+)?\.tavault$/);
    expect(await readFile(join(folder, name), 'utf8')).not.toContain(OAIS.slice(0, 12));
  }

  // The password for another PC: shown on request, and the warning goes.
  await section.getByRole('button', { name: texts.showPassword }).click();
  const password = await section.getByLabel(texts.passwordLabel, { exact: true }).inputValue();
  expect(password).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){5}$/);
  await expect(section.getByTestId('backups-password-unseen')).toHaveCount(0);
  for (const name of files) expect(await readFile(join(folder, name), 'utf8')).not.toContain(password);

  // How many to keep: the form says what is wrong, then applies a good number.
  const keep = section.getByLabel(texts.keepLabel);
  await keep.fill('0');
  await section.getByRole('button', { name: texts.keepApply }).click();
  await expect(page.getByTestId('field-error-backups-keep')).toContainText(fill(texts.keepError, { min: 1, max: 100 }));
  await expect(keep).toBeFocused();
  await keep.fill('5');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('status-message')).toHaveText(fill(texts.keepSaved, { keep: 5 }));

  await section.evaluate((element) => element.scrollIntoView({ block: 'start' }));
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'backups-settings-1280x800.png'), animations: 'disabled' });
  await saveScreenshot(page, 'backups-settings');
  await expectNoSeriousA11yViolations(page, 'Settings, backups');

  // The data changes after the copy: the token deleted, another added.
  await ask(app, 'deleteToken', { tokenId: old.id });
  await seedToken(app, {
    organisation: 'ООО «Ромашка»',
    kind: 'oais',
    label: 'Новая система',
    systemName: 'new_system',
    techEmail: 'it@romashka.by',
    secret: NEWER,
    expiresAt: daysFromNow(90).toISOString(),
  });
  await goToDashboard(page);
  await expect(tokenRow(page, 'Новая система')).toBeVisible();
  await expect(tokenRow(page, 'Бухгалтерия 1С')).toHaveCount(0);

  // Restore the newest copy: the confirmation says what is replaced and that the current state is saved first.
  await goToSettings(page);
  const rows = page.getByRole('region', { name: texts.heading }).getByTestId('backup-file');
  await rows.first().getByRole('button', { name: texts.restore }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('Все организации и токены в приложении будут заменены');
  await expect(dialog).toContainText('сохранит копию текущего состояния');
  // Destructive: the focus starts on «Отмена».
  await expect(dialog.getByRole('button', { name: 'Отмена' })).toBeFocused();
  await saveScreenshot(page, 'backups-restore-confirm');
  await expectNoSeriousA11yViolations(page, 'Settings, restore confirmation');
  await dialog.getByRole('button', { name: texts.restore, exact: true }).click();
  await expect(page.getByTestId('status-message')).toContainText('Восстановлено из копии: организаций — 1, токенов — 1.');
  // The state before the restore is one more copy in the folder.
  await expect(rows).toHaveCount(3);

  await goToDashboard(page);
  await expect(tokenRow(page, 'Бухгалтерия 1С')).toBeVisible();
  await expect(tokenRow(page, 'Новая система')).toHaveCount(0);
  const restored = app.core.vault.snapshot().organisations.flatMap((organisation) => organisation.tokens);
  expect(await app.core.vault.revealSecret(restored[0]?.id ?? '')).toBe(OAIS);
});
