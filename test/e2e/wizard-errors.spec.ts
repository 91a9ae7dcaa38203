import type { Page } from '@playwright/test';
import type { FieldId } from '../../shared/kinds/types';
import { message } from '../../shared/texts/messages';
import type { MessageCode } from '../../shared/texts/messages';
import { expect, test } from './harness/fixtures';
import { asPortalText, daysFromNow, escapeRegExp, kindSpec, newPortalToken, startNewToken, tickAllChecks, walkWizard, wizard, wizardField, wizardSubmit } from './harness/user';

const kind = kindSpec('tpsclient');

/** The message is shown under the field, tied to it as its description, and the field is marked invalid. */
async function expectFieldError(page: Page, field: FieldId, code: MessageCode, typed: string): Promise<void> {
  const text = message(code, 'ru');
  const input = wizardField(page, kind, field);
  await expect(page.getByTestId(`field-error-${field}`)).toContainText(text);
  await expect(input).toHaveAttribute('aria-invalid', 'true');
  await expect(input).toHaveAccessibleDescription(new RegExp(escapeRegExp(text)));
  await expect(input, 'what the user typed stays in the field').toHaveValue(typed);
}

async function openWizardAt(page: Page, stepId: string): Promise<void> {
  await startNewToken(page, { organisation: 'ИП Иванов', kind: 'tpsclient' });
  await walkWizard(page, kind, { systemName: 'TPSClient', techEmail: 'it@ivanov.by' }, { until: stepId });
}

async function pressNext(page: Page, stayOn: string): Promise<void> {
  await tickAllChecks(page);
  await wizardSubmit(page).click();
  await expect(wizard(page), 'the wizard does not move on with a wrong value').toHaveAttribute('data-step-id', stayOn);
}

test('a wrong system name and a wrong e-mail are explained next to their fields', async ({ app }) => {
  const { page } = app;
  await openWizardAt(page, 'register');
  // «TPSCIient» with a capital I: the typo of the official instruction the wizard warns about.
  const wrongName = 'TPSCIient';
  const wrongEmail = 'it@ivanov';
  await wizardField(page, kind, 'systemName').fill(wrongName);
  await wizardField(page, kind, 'techEmail').fill(wrongEmail);
  await pressNext(page, 'register');
  await expectFieldError(page, 'systemName', 'system_name_tpsclient', wrongName);
  await expectFieldError(page, 'techEmail', 'email', wrongEmail);

  // Correcting a field clears its message as the user types.
  await wizardField(page, kind, 'systemName').fill('TPSClient');
  await expect(page.getByTestId('field-error-systemName')).toBeHidden();
  await expect(page.getByTestId('field-error-techEmail')).toBeVisible();
  await wizardField(page, kind, 'techEmail').fill('it@ivanov.by');
  await wizardSubmit(page).click();
  await expect(wizard(page)).not.toHaveAttribute('data-step-id', 'register');
});

const showTokenCases: { title: string; field: FieldId; value: () => string; code: MessageCode }[] = [
  { title: 'a token too short to be one', field: 'secret', value: () => 'a085d7', code: 'token_too_short' },
  { title: 'an impossible date (31 February)', field: 'expiresAt', value: () => '31.02.2027 10:00', code: 'date_invalid' },
  { title: 'a date that has passed', field: 'expiresAt', value: () => asPortalText(daysFromNow(-1)), code: 'date_in_past' },
  { title: 'a date not in the portal’s format', field: 'expiresAt', value: () => '2027-02-01', code: 'date_format' },
];

for (const { title, field, value, code } of showTokenCases) {
  test(`${title} is explained next to its field and kept as typed`, async ({ app }) => {
    const { page } = app;
    await openWizardAt(page, 'show-token');
    const good = { secret: newPortalToken(), expiresAt: asPortalText(daysFromNow(60)) };
    const typed = value();
    for (const id of ['secret', 'expiresAt'] as const) {
      await wizardField(page, kind, id).fill(id === field ? typed : good[id]);
    }
    await pressNext(page, 'show-token');
    await expectFieldError(page, field, code, typed);
    // Only the wrong field is blamed.
    const other = field === 'secret' ? 'expiresAt' : 'secret';
    await expect(page.getByTestId(`field-error-${other}`)).toHaveCount(0);

    await wizardField(page, kind, field).fill(good[field as 'secret' | 'expiresAt']);
    await wizardSubmit(page).click();
    await expect(wizard(page)).toHaveAttribute('data-step-id', 'save');
  });
}
