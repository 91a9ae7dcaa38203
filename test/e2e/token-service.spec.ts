import { createServer } from 'node:net';
import type { Server } from 'node:net';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { message } from '../../shared/texts/messages';
import { uiTokenService } from '../../shared/texts/ui-token-service';
import { expectNoSeriousA11yViolations } from './harness/axe';
import { expect, test } from './harness/fixtures';
import { SCREENSHOT_DIR } from './harness/paths';
import { seedToken } from './harness/seed';
import { daysFromNow, goToDashboard, goToSettings, newPortalToken, tokenRow, ui } from './harness/user';

const texts = uiTokenService.ru;
// Nine screenshots and four axe scans on a shared machine: more than the default minute.
test.setTimeout(180_000);
const section = (page: Page) => page.getByTestId('token-service');

async function listen(port = 0): Promise<Server> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return server;
}

/** A port free now: taken from the OS, then released. */
async function freePort(): Promise<number> {
  const server = await listen();
  const port = (server.address() as { port: number }).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
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

test('«Выдача токенов программам»: switched on at a free port after a busy one, a program gets its key once, reads the token the page shows, is revoked; a browser is refused', async ({
  app,
}) => {
  const { page } = app;
  const secret = newPortalToken();
  const record = await seedToken(app, {
    organisation: 'ООО «Василёк»',
    kind: 'oais',
    label: 'Бухгалтерия',
    systemName: 'buh_1c',
    techEmail: 'it@vasilek.by',
    secret,
    expiresAt: daysFromNow(40).toISOString(),
  });

  await goToSettings(page);
  const enable = section(page).getByRole('checkbox', { name: texts.enable });
  await expect(enable).not.toBeChecked();
  await expect(section(page).getByTestId('token-service-status')).toHaveText(texts.statusOff);
  await expectNoSeriousA11yViolations(page, 'token service off');

  // A port another program holds: said next to the field, the service stays off.
  const occupied = await listen();
  const busy = (occupied.address() as { port: number }).port;
  const portField = section(page).getByRole('textbox', { name: texts.port });
  try {
    await portField.fill(String(busy));
    // click, not check: the box must stay unticked.
    await enable.click();
    await expect(section(page).getByTestId('field-error-port')).toContainText(message('token_service_port_busy', 'ru', { port: String(busy), suggestion: String(busy + 1) }));
    await expect(portField).toBeFocused();
    await expect(enable).not.toBeChecked();
    await expectNoSeriousA11yViolations(page, 'token service busy port');
    await screenshotsAtWidths(page, 'token-service-busy-port');
  } finally {
    occupied.close();
  }

  const port = await freePort();
  await portField.fill(String(port));
  await enable.check();
  await expect(enable).toBeChecked();
  await expect(section(page).getByTestId('token-service-status')).toHaveText(`Работает: http://127.0.0.1:${port}`);
  await expect(section(page).getByTestId('field-error-port')).toHaveCount(0);
  const health = await fetch(`http://127.0.0.1:${port}/v1/health`);
  expect(await health.json()).toEqual({ status: 'ok' });
  await section(page)
    .getByRole('button', { name: `Проверить в браузере: http://127.0.0.1:${port}/v1/health` })
    .click();
  await expect.poll(() => app.opener.opened).toContain(`http://127.0.0.1:${port}/v1/health`);

  // «Добавить программу» by keyboard: the name, the record's checkbox, «Создать ключ».
  await section(page).getByRole('button', { name: texts.add }).click();
  const name = section(page).getByRole('textbox', { name: texts.name });
  await name.focus();
  await page.keyboard.type('1С Бухгалтерия');
  await page.keyboard.press('Tab');
  const recordBox = section(page).getByRole('checkbox', { name: /ООО «Василёк» · Бухгалтерия/ });
  await expect(recordBox).toBeFocused();
  await page.keyboard.press('Space');
  await expect(recordBox).toBeChecked();
  await section(page).getByRole('button', { name: texts.create }).focus();
  await page.keyboard.press('Enter');

  const keyBox = page.getByTestId('program-key');
  await expect(keyBox.getByRole('heading', { name: 'Ключ программы «1С Бухгалтерия»' })).toBeFocused();
  const key = await keyBox.getByRole('textbox', { name: texts.keyLabel }).inputValue();
  expect(key).toMatch(/^[A-Za-z0-9_-]{43}$/);
  await expect(keyBox).toContainText(`curl -H "Authorization: Bearer ${key}" http://127.0.0.1:${port}/v1/tokens/${record.id}`);
  await expect(keyBox).toContainText(`Invoke-RestMethod -Uri "http://127.0.0.1:${port}/v1/tokens/${record.id}"`);
  await expect(keyBox).toContainText(`Новый HTTPСоединение("127.0.0.1", ${port}`);
  await keyBox.getByRole('button', { name: texts.copy }).click();
  await expect.poll(() => app.clipboard.text).toBe(key);
  await expectNoSeriousA11yViolations(page, 'program key shown once');
  await screenshotsAtWidths(page, 'token-service-key');

  // A program with that key gets the token.
  const answer = await fetch(`http://127.0.0.1:${port}/v1/tokens/${record.id}`, { headers: { authorization: `Bearer ${key}` } });
  expect(answer.status).toBe(200);
  const body = (await answer.json()) as { token: string; expiresAt: string };

  // The same token the page shows for the record.
  await goToDashboard(page);
  await tokenRow(page, 'Бухгалтерия').getByRole('button', { name: ui.common.details }).click();
  await page.getByRole('button', { name: ui.details.show, exact: true }).click();
  await expect(page.getByRole('textbox', { name: new RegExp(`^${ui.details.secretLabel.replace('{{name}}', 'Токен')}`) })).toHaveValue(body.token);

  // Back in Settings the key is gone for good; the program is listed with its last access and the journal shows the read.
  await goToSettings(page);
  await expect(page.getByTestId('program-key')).toHaveCount(0);
  await expect(page.locator('body')).not.toContainText(key);
  const program = section(page).getByTestId('service-program').filter({ hasText: '1С Бухгалтерия' });
  await expect(program).toContainText('ООО «Василёк» · Бухгалтерия');
  await expect(program).not.toContainText(texts.never);
  await expect(section(page).getByTestId('service-journal').getByRole('row').nth(1)).toContainText('1С Бухгалтерия');
  await expect(section(page).getByTestId('service-journal')).toContainText('200 выдан');

  // A web page's request carries Origin: refused, whatever the key.
  const fromBrowser = await fetch(`http://127.0.0.1:${port}/v1/tokens/${record.id}`, { headers: { authorization: `Bearer ${key}`, origin: 'https://evil.example' } });
  expect(fromBrowser.status).toBe(403);
  expect(await fromBrowser.text()).not.toContain(body.token);

  await expectNoSeriousA11yViolations(page, 'token service with a program and a journal');
  await screenshotsAtWidths(page, 'token-service-programs');

  // Revoking asks first: «Отмена» (where the focus starts) keeps the key working.
  await program.getByRole('button', { name: 'Отозвать ключ программы «1С Бухгалтерия»' }).click();
  const confirm = page.getByRole('dialog', { name: 'Отозвать ключ программы «1С Бухгалтерия»?' });
  await expect(confirm).toContainText('401');
  await page.keyboard.press('Enter');
  await expect(confirm).toBeHidden();
  await expect(section(page).getByTestId('service-program')).toHaveCount(1);
  expect((await fetch(`http://127.0.0.1:${port}/v1/tokens/${record.id}`, { headers: { authorization: `Bearer ${key}` } })).status).toBe(200);

  await program.getByRole('button', { name: 'Отозвать ключ программы «1С Бухгалтерия»' }).click();
  await confirm.getByRole('button', { name: 'Отозвать' }).click();
  await expect(section(page).getByTestId('service-program')).toHaveCount(0);
  await expect(section(page)).toContainText(texts.noPrograms);
  const revoked = await fetch(`http://127.0.0.1:${port}/v1/tokens/${record.id}`, { headers: { authorization: `Bearer ${key}` } });
  expect(revoked.status).toBe(401);
});
