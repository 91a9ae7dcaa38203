import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from './harness/fixtures';
import {
  asPortalText,
  daysFromNow,
  fill,
  goToDashboard,
  kindSpec,
  newPortalToken,
  startNewToken,
  tickAllChecks,
  tokenRow,
  ui,
  walkWizard,
  wizard,
  wizardField,
} from './harness/user';

const kind = kindSpec('tpsclient');
const stepNumber = (id: string) => kind.steps.findIndex((step) => step.id === id) + 1;
const resumeButtonName = (stepId: string) => fill(ui.drafts.resume, { kind: kind.title.ru, step: stepNumber(stepId) });

test('a wizard left half-way is resumed later, after a restart, with what was typed but never the token', async ({ app }) => {
  const { page } = app;
  const organisation = 'ЧУП «Лён»';
  await startNewToken(page, { organisation, kind: 'tpsclient' });
  await walkWizard(page, kind, {}, { until: 'register' });
  await wizardField(page, kind, 'systemName').fill('TPSClient');
  await wizardField(page, kind, 'techEmail').fill('office@len.by');
  await page.getByRole('button', { name: ui.wizard.saveDraftAndExit }).click();

  await expect(page.getByTestId('status-message')).toHaveText(ui.wizard.draftSaved);
  const drafts = page.getByRole('region', { name: ui.drafts.heading });
  await expect(drafts.getByRole('button', { name: resumeButtonName('register') })).toBeVisible();
  await expect(drafts).toContainText(organisation);

  // After a restart, asking for the same token again continues the draft instead of starting over.
  await app.restart();
  await expect(page.getByRole('region', { name: ui.drafts.heading }).getByRole('button', { name: resumeButtonName('register') })).toBeVisible();
  await startNewToken(page, { organisation, kind: 'tpsclient' });
  await expect(wizard(page)).toHaveAttribute('data-step-id', 'register');
  await expect(page.getByTestId('status-message')).toHaveText(ui.wizard.resumedDraft);
  await expect(wizardField(page, kind, 'systemName')).toHaveValue('TPSClient');
  await expect(wizardField(page, kind, 'techEmail')).toHaveValue('office@len.by');

  // Half-way through the token step the user leaves again: the date is kept, the token is not.
  await walkWizard(page, kind, {}, { until: 'show-token' });
  const secret = newPortalToken();
  const expiry = asPortalText(daysFromNow(80));
  await wizardField(page, kind, 'secret').fill(secret);
  await wizardField(page, kind, 'expiresAt').fill(expiry);
  await page.getByRole('button', { name: ui.wizard.saveDraftAndExit }).click();
  await expect(page.getByRole('region', { name: ui.drafts.heading }).getByRole('button', { name: resumeButtonName('show-token') })).toBeVisible();
  const vault = await readFile(join(app.dataDir, 'vault.json'), 'utf8');
  expect(vault).toContain(expiry.split(' ')[0]);
  expect(vault.includes(secret), 'a draft never keeps the token').toBe(false);

  await page.getByRole('button', { name: resumeButtonName('show-token') }).click();
  await expect(wizard(page)).toHaveAttribute('data-step-id', 'show-token');
  await expect(wizardField(page, kind, 'expiresAt')).toHaveValue(expiry);
  await expect(wizardField(page, kind, 'secret')).toHaveValue('');

  // Finishing the wizard removes the draft.
  await walkWizard(page, kind, { secret, label: 'TPSClient, Лён' });
  await page.getByRole('button', { name: ui.common.backToTokens }).click();
  await expect(tokenRow(page, 'TPSClient, Лён')).toHaveCount(1);
  await expect(page.getByRole('region', { name: ui.drafts.heading })).toHaveCount(0);
});

test('leaving the wizard by the menu keeps the step reached; the draft can be thrown away', async ({ app }) => {
  const { page } = app;
  await startNewToken(page, { organisation: 'ОАО «Берёзка»', kind: 'tpsclient' });
  await walkWizard(page, kind, {}, { until: 'legal-entity' });
  await tickAllChecks(page); // ticks are not typed values: a resumed draft asks for them again
  await goToDashboard(page);

  const drafts = page.getByRole('region', { name: ui.drafts.heading });
  await expect(drafts.getByRole('button', { name: resumeButtonName('legal-entity') })).toBeVisible();
  await drafts.getByRole('button', { name: ui.drafts.discard }).click();
  await expect(drafts).toHaveCount(0);
  await app.restart();
  await expect(page.getByRole('heading', { level: 1, name: ui.dashboard.title })).toBeVisible();
  await expect(page.getByRole('region', { name: ui.drafts.heading })).toHaveCount(0);
});
