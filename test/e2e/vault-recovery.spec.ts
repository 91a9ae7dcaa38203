import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { message } from '../../shared/texts/messages';
import type { MessageCode } from '../../shared/texts/messages';
import { expect, test } from './harness/fixtures';
import { seedToken } from './harness/seed';
import { fill, asPortalText, daysFromNow, escapeRegExp, kindSpec, newPortalToken, startNewToken, tokenRow, ui, walkWizard } from './harness/user';

const GARBAGE = '{"organisations": [{"id": "\u0000\u0007 half-written';

/** A message whose parameters ({date}, {file}) the test cannot know: any text stands for them. */
function messagePattern(code: MessageCode): RegExp {
  return new RegExp(escapeRegExp(message(code, 'ru')).replace(/\\\{\w+\\\}/g, '(.+)'));
}

test('a damaged vault file is restored from its backup: the user is told, and keeps their tokens', async ({ app }) => {
  const { page } = app;
  const kind = kindSpec('tpsclient');
  const secret = newPortalToken();
  await startNewToken(page, { organisation: 'ООО «Мята»', kind: 'tpsclient' });
  await walkWizard(page, kind, {
    systemName: 'TPSClient',
    techEmail: 'it@myata.by',
    secret,
    expiresAt: asPortalText(daysFromNow(70)),
    label: 'TPSClient, Мята',
  });
  await page.getByRole('button', { name: ui.common.backToTokens }).click();
  await expect(tokenRow(page, 'TPSClient, Мята')).toHaveCount(1);

  // Something (a crash mid-write, a sync tool, a bad disk) leaves garbage in vault.json.
  await writeFile(join(app.dataDir, 'vault.json'), GARBAGE);
  await app.restart();

  const pattern = messagePattern('vault_restored_from_backup');
  const notice = page.getByRole('alert').filter({ hasText: pattern });
  await expect(notice).toBeVisible();
  const damagedFile = pattern.exec((await notice.textContent()) ?? '')?.[2]?.replace(/\.$/, '') ?? '';
  // The damaged file is kept, under the name the notice gives, as evidence.
  expect(await readdir(app.dataDir)).toContain(damagedFile);
  expect(await readFile(join(app.dataDir, damagedFile), 'utf8')).toBe(GARBAGE);

  const row = tokenRow(page, 'TPSClient, Мята');
  await expect(row).toHaveCount(1);
  await row.getByRole('button', { name: ui.common.details }).click();
  await page.getByRole('button', { name: ui.details.show, exact: true }).click();
  await expect(page.getByRole('textbox', { name: fill(ui.details.secretLabel, { name: 'Токен' }) })).toHaveValue(secret);

  // Once read, the notice goes away for good.
  await page.getByRole('button', { name: ui.common.backToTokens }).click();
  await page.getByRole('alert').filter({ hasText: pattern }).getByRole('button', { name: ui.notice.dismiss }).click();
  await expect(page.getByRole('alert').filter({ hasText: pattern })).toHaveCount(0);
  await app.restart();
  await expect(tokenRow(page, 'TPSClient, Мята')).toHaveCount(1);
  await expect(page.getByText(pattern)).toHaveCount(0);
});

test('with the backup damaged too, the app starts empty and says where the damaged file is', async ({ app }) => {
  const { page } = app;
  await seedToken(app, {
    organisation: 'ООО «Полынь»',
    kind: 'tpsclient',
    systemName: 'TPSClient',
    techEmail: 'it@polyn.by',
    secret: newPortalToken(),
    expiresAt: daysFromNow(30).toISOString(),
  });
  await writeFile(join(app.dataDir, 'vault.json'), GARBAGE);
  await writeFile(join(app.dataDir, 'vault.backup.json'), GARBAGE);
  await app.restart();

  await expect(page.getByRole('alert').filter({ hasText: messagePattern('vault_unrecoverable') })).toBeVisible();
  await expect(page.getByText(ui.dashboard.empty.first)).toBeVisible();
  const files = await readdir(app.dataDir);
  expect(files.filter((file) => file.startsWith('vault.') && file.includes('damaged'))).toHaveLength(2);
});
