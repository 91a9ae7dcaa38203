import { renewalRoute } from '../../shared/kinds/renewal-route';
import { uiTraps } from '../../shared/texts/ui-traps';
import { expectNoSeriousA11yViolations } from './harness/axe';
import { expect, test } from './harness/fixtures';
import type { TestApp } from './harness/fixtures';
import { seedToken } from './harness/seed';
import { asPortalText, daysFromNow, fill, kindSpec, newPortalToken, saveScreenshot, tokenRow, ui, wizard, wizardField } from './harness/user';

/**
 * Issue 10, point 15: a renewal opens on the step where the portal shows the token. The way
 * there (sign in, the organisation's profile, the system's card) is repeated in a short box
 * with the portal's button, and the steps done long ago can be opened and read again from the
 * list of steps without losing what was typed.
 */

const texts = uiTraps.ru;
const kind = kindSpec('tpsclient');
const secretIndex = kind.steps.findIndex((step) => step.fields?.includes('secret'));
const secretStep = kind.steps[secretIndex];
const loginIndex = kind.steps.findIndex((step) => step.id === 'login');
const loginStep = kind.steps[loginIndex];
const route = renewalRoute('tpsclient');

async function startRenewal(app: TestApp, label: string): Promise<void> {
  await seedToken(app, {
    organisation: 'ООО «Калина»',
    kind: 'tpsclient',
    label,
    systemName: 'TPSClient',
    techEmail: 'customs@kalina.by',
    secret: newPortalToken(),
    expiresAt: daysFromNow(4).toISOString(),
  });
  await tokenRow(app.page, label).getByRole('button', { name: ui.common.details }).click();
  await app.page.getByRole('button', { name: fill(ui.details.renew, { name: 'токен' }) }).click();
  await expect(wizard(app.page)).toHaveAttribute('data-step-id', secretStep?.id ?? 'show-token');
}

/** Opens a step from the list of steps; in a small window the list is folded first («Шаг 8 из 10 · все шаги»). */
async function openStepFromList(app: TestApp, index: number, current: number): Promise<void> {
  const folded = app.page.getByTestId('stepper-folded');
  if (await folded.isVisible()) {
    const summary = folded.locator('summary');
    if ((await folded.getAttribute('open')) === null) await summary.click();
  }
  const steps = app.page.getByRole('list', { name: ui.wizard.stepsLabel });
  const title = kind.steps[index]?.title.ru ?? '';
  const button = steps.getByRole('button', { name: new RegExp(`${title}`) });
  await expect(button, `step ${index + 1} can be opened from step ${current + 1}`).toBeVisible();
  await button.click();
}

for (const size of [
  { width: 1093, height: 614 },
  { width: 683, height: 800 },
] as const) {
  test(`a renewal at ${size.width} px starts with the short route and the portal's button, and done steps open again (${size.width}×${size.height})`, async ({ app }) => {
    const { page } = app;
    if (!route || !secretStep || !loginStep) throw new Error('TPSClient has a renewal route, a token step and a login step');
    await page.setViewportSize(size);
    await startRenewal(app, `TPSClient, ${size.width}`);

    // The route, as seed 001 says it for TPSClient: the director or a superuser, the organisation's profile, the system's card.
    const box = page.getByRole('region', { name: texts.renewalRoute.title });
    await expect(box).toBeVisible();
    await expect(box.getByRole('listitem')).toHaveCount(route.steps.length);
    await expect(box).toContainText('директор');
    await expect(box).toContainText('профиль юридического лица');
    await expect(box).toContainText('справа от TPSClient');
    await expect(box).toContainText('«Обновить токен»');
    await saveScreenshot(page, `renewal-route-${size.width}x${size.height}`);
    await expectNoSeriousA11yViolations(page, `renewal route ${size.width}`);

    // The portal's button opens account.gov.by in the browser; the step shows no second button for it.
    await box.getByRole('button', { name: new RegExp(route.portal.label.ru) }).click();
    await expect.poll(() => app.opener.opened.map((url) => new URL(url).origin)).toEqual([new URL(route.portal.url).origin]);
    await expect(page.getByRole('button', { name: ui.wizard.openPortal })).toHaveCount(0);

    // What is typed stays while a done step is read again.
    const secret = newPortalToken();
    const expiry = asPortalText(daysFromNow(89));
    await wizardField(page, kind, 'secret').fill(secret);
    await wizardField(page, kind, 'expiresAt').fill(expiry);

    await openStepFromList(app, loginIndex, secretIndex);
    await expect(wizard(page)).toHaveAttribute('data-step-id', 'login');
    await expect(page.getByRole('heading', { level: 2, name: new RegExp(loginStep.title.ru) })).toBeFocused();
    await expect(page.getByRole('region', { name: texts.renewalRoute.title })).toHaveCount(0);
    await saveScreenshot(page, `renewal-done-step-reopened-${size.width}x${size.height}`);
    await expectNoSeriousA11yViolations(page, `renewal, a done step opened again ${size.width}`);

    // Back to where the renewal was, from the list again (not by pressing «Далее» through every step).
    await openStepFromList(app, secretIndex, loginIndex);
    await expect(wizard(page)).toHaveAttribute('data-step-id', secretStep.id);
    await expect(wizardField(page, kind, 'secret')).toHaveValue(secret);
    await expect(wizardField(page, kind, 'expiresAt')).toHaveValue(expiry);
  });
}

test('a new token shows no renewal route, and steps not reached yet cannot be opened', async ({ app }) => {
  const { page } = app;
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.getByRole('button', { name: ui.dashboard.getToken }).click();
  const choice = page.getByRole('group', { name: ui.newToken.organisationLegend });
  const newOrganisation = choice.getByRole('radio', { name: ui.newToken.newOrganisation });
  if (await newOrganisation.count()) await newOrganisation.check();
  await choice.getByRole('textbox', { name: ui.organisationForm.name, exact: true }).fill('ИП Сидоров');
  await page.getByRole('radio', { name: kind.title.ru }).check();
  await page.getByRole('button', { name: ui.newToken.start }).click();
  await expect(wizard(page)).toHaveAttribute('data-step-id', kind.steps[0]?.id ?? 'intro');
  await expect(page.getByRole('region', { name: texts.renewalRoute.title })).toHaveCount(0);
  await expect(page.getByRole('list', { name: ui.wizard.stepsLabel }).getByRole('button')).toHaveCount(0);
});
