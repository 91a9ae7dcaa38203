/**
 * Issue 10, point 19: the small things a user meets, as they meet them, in the two
 * window sizes the review tried (a 1093×614 laptop window and half a screen, 683 px
 * wide), with a screenshot of each. The fixes are in main (2eb7724); this is their
 * end-to-end evidence.
 */
import type { Page } from '@playwright/test';
import { EXEMPT_SERVICE_CODES } from '../../shared/kinds/common-steps';
import { formatPortalDate } from '../../shared/time/portal-time';
import { expectNoSeriousA11yViolations } from './harness/axe';
import { expect, test } from './harness/fixtures';
import { ask, seedToken } from './harness/seed';
import { openOrganisationsTab } from './harness/token-list';
import {
  daysFromNow,
  fill,
  goToDashboard,
  goToSettings,
  kindSpec,
  newPortalToken,
  saveScreenshot,
  startNewToken,
  tokenRow,
  ui,
  walkWizard,
  wizard,
  wizardSubmit,
} from './harness/user';

/** The sizes of point 19: a 1093×614 laptop window and half a 1366 px screen. */
const SIZES = [
  { name: '1093x614', width: 1093, height: 614 },
  { name: '683px', width: 683, height: 768 },
] as const;

for (const size of SIZES) {
  test.describe(`point 19 at ${size.width}×${size.height}`, () => {
    test.beforeEach(async ({ app }) => {
      await app.page.setViewportSize({ width: size.width, height: size.height });
    });

    test('an УНП typed in groups is accepted; 8 digits say how many were typed; «Изменить» edits the organisation’s name and УНП', async ({ app }) => {
      const { page } = app;
      await page.getByRole('button', { name: ui.organisations.add }).click();
      await expect(page.getByRole('heading', { level: 1, name: ui.organisationForm.newTitle })).toBeVisible();
      const name = page.getByRole('textbox', { name: ui.organisationForm.name, exact: true });
      const taxId = page.getByRole('textbox', { name: `${ui.organisationForm.taxId} (${ui.common.optional})` });
      await name.fill('ООО «Ромашка»');
      await taxId.fill('191 234 56');
      await page.getByRole('button', { name: ui.organisationForm.save }).click();
      // What is wrong, by count; not a check digit the app never computed.
      const error = page.getByTestId('field-error-taxId');
      await expect(error).toContainText('УНП — 9 цифр (Беларусь), ИНН — 10 или 12 цифр (Россия); введено 8.');
      await expect(error).not.toContainText('контрольн');
      await expect(taxId).toBeFocused();
      await expect(error).toBeInViewport();
      await saveScreenshot(page, `small-things-unp-8-digits-${size.name}`);

      await taxId.fill('191 234 567');
      await page.getByRole('button', { name: ui.organisationForm.save }).click();
      await expect(page.getByRole('heading', { level: 1, name: ui.dashboard.title })).toBeVisible();
      expect(app.core.vault.snapshot().organisations.map((organisation) => organisation.taxId)).toEqual(['191234567']);

      // The organisation's button says what it does: it edits the name and the УНП, so «Изменить», not «Переименовать».
      await openOrganisationsTab(page);
      const edit = page.getByRole('button', { name: ui.organisations.edit, exact: true });
      await expect(edit).toHaveAccessibleDescription('ООО «Ромашка»');
      await expect(page.getByRole('button', { name: 'Переименовать' })).toHaveCount(0);
      await saveScreenshot(page, `small-things-organisation-edit-button-${size.name}`);
      await edit.click();
      await expect(page.getByRole('heading', { level: 1, name: ui.organisationForm.editTitle })).toBeVisible();
      await expect(taxId).toHaveValue('191234567');
      await name.fill('ООО «Ромашка плюс»');
      await taxId.fill('192 345 678');
      await page.getByRole('button', { name: ui.organisationForm.save }).click();
      await expect(page.getByRole('heading', { level: 1, name: ui.dashboard.title })).toBeVisible();
      expect(app.core.vault.snapshot().organisations.map(({ name: saved, taxId: number }) => ({ saved, number }))).toEqual([{ saved: 'ООО «Ромашка плюс»', number: '192345678' }]);
    });

    test('a confirmation covers no button, and it is gone on the next screen', async ({ app }) => {
      const { page } = app;
      await seedToken(app, {
        organisation: 'ООО «Ромашка»',
        kind: 'oais',
        label: 'Бухгалтерия',
        systemName: 'buh_1c',
        techEmail: 'it@romashka.by',
        secret: newPortalToken(),
        expiresAt: daysFromNow(40).toISOString(),
      });
      await expect(tokenRow(page, 'Бухгалтерия')).toBeVisible();
      await tokenRow(page, 'Бухгалтерия').getByRole('button', { name: ui.common.copy }).click();
      const status = page.getByTestId('status-message');
      await expect(status).toContainText('скопирован');
      await page.evaluate(() => window.scrollTo(0, 0));
      expect(await buttonsCoveredByStatus(page)).toEqual([]);
      await saveScreenshot(page, `small-things-toast-dashboard-${size.name}`);

      // The details: the confirmation of «Скопировать» there covers none of its buttons either.
      await tokenRow(page, 'Бухгалтерия').getByRole('button', { name: ui.common.details }).click();
      await expect(status).toHaveText('');
      await page.getByRole('button', { name: ui.common.copy }).first().click();
      await expect(status).toContainText('скопирован');
      await page.evaluate(() => window.scrollTo(0, 0));
      expect(await buttonsCoveredByStatus(page)).toEqual([]);
      await saveScreenshot(page, `small-things-toast-details-${size.name}`);

      // Another screen: the previous screen's confirmation does not follow the user.
      await goToSettings(page);
      await expect(status).toHaveText('');
      await goToDashboard(page);
      await expect(status).toHaveText('');
    });

    test('the ОАИС wizard folds its stepper into «Шаг N из M», its fields are no longer two screens down, and no step asks to close it', async ({ app }) => {
      const { page } = app;
      const oais = kindSpec('oais');
      await startNewToken(page, { organisation: 'ООО «Ромашка»', kind: 'oais' });
      const folded = page.getByTestId('stepper-folded');
      await expect(folded).toBeVisible();
      await expect(folded.locator('summary')).toContainText(fill(ui.wizard.stepOf, { number: 1, total: oais.steps.length }));
      // The exempt services are named by their numbers only, and the screen says the seed names none.
      const body = wizard(page);
      await expect(body).toContainText(EXEMPT_SERVICE_CODES[0] ?? '');
      await expect(body).toContainText('только номерами, без названий');
      // The step's text starts right under the one line of steps.
      await expect(body.getByRole('heading', { level: 2 }).first()).toBeInViewport();
      await saveScreenshot(page, `small-things-stepper-folded-${size.name}`);
      await expectNoSeriousA11yViolations(page, `wizard, folded stepper at ${size.name}`);

      // The step with the fields, under one line of steps.
      const fieldsStep = oais.steps.findIndex((step) => (step.fields ?? []).includes('secret'));
      await walkWizard(page, oais, { systemName: 'buh_1c', techEmail: 'it@romashka.by' }, { until: oais.steps[fieldsStep]?.id ?? '' });
      await expect(folded.locator('summary')).toContainText(fill(ui.wizard.stepOf, { number: fieldsStep + 1, total: oais.steps.length }));
      await page.evaluate(() => window.scrollTo(0, 0));
      // The steps take one line: the step's own title is on the first screen, and its fields are
      // no longer two screens down (what is between is the step's instructions and warnings).
      await expect(body.getByRole('heading', { level: 2 }).first()).toBeInViewport();
      const field = await page.locator('#wizard-field-secret').boundingBox();
      expect(field?.y ?? Number.POSITIVE_INFINITY).toBeLessThan(2 * size.height);
      if (size.width >= 1000) {
        // A laptop has room for the guide beside the fields: the token and its date on the first screen.
        await expect(page.locator('#wizard-field-secret')).toBeInViewport({ ratio: 1 });
        await expect(page.locator('#wizard-field-expiresAt')).toBeInViewport({ ratio: 1 });
      }
      const summary = await folded.locator('summary').boundingBox();
      expect(summary?.height ?? Number.POSITIVE_INFINITY).toBeLessThan(60);
      await saveScreenshot(page, `small-things-stepper-fields-${size.name}`);
      // Unfolded on request, the same list says which steps are done.
      await folded.locator('summary').click();
      await expect(folded.getByRole('list')).toContainText(ui.wizard.stepDone);
      expect(JSON.stringify(oais.steps)).not.toContain('Закройте мастер');
    });

    test('the ЕИС wizard ends with «Сохранить идентификатор», not «Сохранить токен»', async ({ app }) => {
      const { page } = app;
      const eis = kindSpec('eis');
      await startNewToken(page, { organisation: 'ГБУ «Центр закупок»', kind: 'eis' });
      // The step that saves the record (the РИС step after it is read once it is saved).
      const saveIndex = eis.steps.findIndex((step) => step.id === 'save');
      const expiry = formatPortalDate(daysFromNow(365));
      await walkWizard(page, eis, { secret: 'EIS-4f1c9b2a-77d0-4b8e-9d2f-1a2b3c4d5e6f', expiresAt: expiry }, { until: 'save' });
      await expect(page.getByTestId('stepper-folded').locator('summary')).toContainText(fill(ui.wizard.stepOf, { number: saveIndex + 1, total: eis.steps.length }));
      await expect(wizardSubmit(page)).toHaveText(ui.wizard.saveIdentifier);
      await expect(wizard(page).getByRole('button', { name: ui.wizard.save, exact: true })).toHaveCount(0);
      await wizardSubmit(page).scrollIntoViewIfNeeded();
      await saveScreenshot(page, `small-things-eis-save-identifier-${size.name}`);
    });

    test('a 10-hour Честный знак token is snoozed by hours', async ({ app }) => {
      const { page } = app;
      await seedToken(app, {
        organisation: 'ООО «Маркер»',
        kind: 'crpt',
        label: 'СУЗ маркера',
        systemName: '',
        techEmail: '',
        secret: 'client-token-0123456789',
        expiresAt: new Date(Date.now() + 8 * 3_600_000).toISOString(),
      });
      await tokenRow(page, 'СУЗ маркера').getByRole('button', { name: ui.common.details }).click();
      await expect(page.getByRole('button', { name: ui.reminders.snooze1Hour })).toBeVisible();
      await expect(page.getByRole('button', { name: ui.reminders.snooze3Hours })).toBeVisible();
      await expect(page.getByRole('button', { name: ui.reminders.snooze1 })).toHaveCount(0);
      await expect(page.getByRole('button', { name: ui.reminders.snooze3 })).toHaveCount(0);
      const before = Date.now();
      await page.getByRole('button', { name: ui.reminders.snooze3Hours }).click();
      await expect(page.getByTestId('status-message')).toHaveText(ui.reminders.snoozed);
      const snapshot = app.core.vault.snapshot();
      const snoozedUntil = Date.parse(snapshot.reminders[snapshot.organisations[0]?.tokens[0]?.id ?? '']?.snoozedUntil ?? '');
      expect(snoozedUntil - before).toBeGreaterThanOrEqual(3 * 3_600_000 - 60_000);
      expect(snoozedUntil - before).toBeLessThanOrEqual(3 * 3_600_000 + 60_000);
      await page.getByRole('button', { name: ui.reminders.snooze3Hours }).scrollIntoViewIfNeeded();
      await saveScreenshot(page, `small-things-crpt-hour-snoozes-${size.name}`);
    });

    test('an СМДО record due for a key rotation shows the key’s date and the rotation due, not «без срока действия»', async ({ app }) => {
      const { page } = app;
      const organisation = await ask(app, 'saveOrganisation', { name: 'ООО «Почта»', taxId: '' });
      const keyDay = formatPortalDate(daysFromNow(-80));
      await ask(app, 'smdoSave', {
        organisationId: organisation.id,
        label: 'СМДО почты',
        login: 'login-1',
        key: 'key-1234567890',
        tokenUrl: 'https://smdo.example.by',
        keyUpdatedOn: keyDay,
        confirmTypedHost: true,
      });
      await goToSettings(page);
      await goToDashboard(page);
      await tokenRow(page, 'СМДО почты').getByRole('button', { name: ui.common.details }).click();
      const facts = page.getByRole('region', { name: ui.details.factsHeading });
      await expect(page.locator('.urgency-line')).toContainText('Пора сменить ключ');
      await expect(facts.getByRole('definition').filter({ hasText: 'Пора сменить ключ' })).toHaveCount(1);
      await expect(facts).not.toContainText(ui.details.noExpiry);
      await expect(facts).not.toContainText(ui.details.expires);
      await expect(facts.getByRole('term').filter({ hasText: ui.details.keySetAt })).toHaveCount(1);
      await expect(facts).toContainText(keyDay);
      await expect(facts.getByRole('term').filter({ hasText: ui.details.keyRotationDue })).toHaveCount(1);
      await facts.scrollIntoViewIfNeeded();
      await saveScreenshot(page, `small-things-smdo-details-${size.name}`);
    });

    test('the dashboard shows a card per token where a table row does not fit', async ({ app }) => {
      const { page } = app;
      for (const label of ['Бухгалтерия', 'Склад', 'Таможня']) {
        await seedToken(app, {
          organisation: 'ООО «Ромашка»',
          kind: 'oais',
          label,
          systemName: 'buh_1c',
          techEmail: 'it@romashka.by',
          secret: newPortalToken(),
          expiresAt: daysFromNow(40).toISOString(),
        });
      }
      const table = page.getByTestId('token-table');
      await expect(tokenRow(page, 'Таможня')).toBeVisible();
      const cards = size.width <= 760;
      if (cards) await expect(table).toHaveClass(/token-table-cards/);
      else await expect(table).not.toHaveClass(/token-table-cards/);
      // Whatever the layout, a row's actions are inside the window's width.
      const copy = tokenRow(page, 'Бухгалтерия').getByRole('button', { name: ui.common.copy });
      const box = await copy.boundingBox();
      expect((box?.x ?? Number.POSITIVE_INFINITY) + (box?.width ?? 0)).toBeLessThanOrEqual(size.width);
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(scrollWidth).toBeLessThanOrEqual(size.width);
      await saveScreenshot(page, `small-things-dashboard-${cards ? 'cards' : 'rows'}-${size.name}`);
    });
  });
}

/** The names of the visible buttons the confirmation lies on top of (none, when it sits where no action is). */
async function buttonsCoveredByStatus(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const status = document.querySelector('[data-testid="status-message"] span');
    if (!status) return ['(no confirmation shown)'];
    const s = status.getBoundingClientRect();
    const covered: string[] = [];
    for (const button of document.querySelectorAll('button')) {
      const b = button.getBoundingClientRect();
      if (b.width === 0 || b.height === 0) continue;
      const left = Math.max(s.left, b.left);
      const right = Math.min(s.right, b.right);
      const top = Math.max(s.top, b.top);
      const bottom = Math.min(s.bottom, b.bottom);
      if (left >= right || top >= bottom) continue;
      const on = document.elementFromPoint((left + right) / 2, (top + bottom) / 2);
      if (on && status.contains(on)) covered.push(button.textContent?.trim() ?? '?');
    }
    return covered;
  });
}
