import { randomUUID } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';
import { getKind } from '../../../shared/kinds/catalog';
import type { FieldId, FieldSpec, KindSpec } from '../../../shared/kinds/types';
import type { TokenKindId } from '../../../shared/model/types';
import { uiRu } from '../../../shared/texts/ui-ru';
import { SCREENSHOT_DIR } from './paths';

/**
 * What a user does, in the words the screen shows: every name comes from the
 * app's own texts (shared/texts/ui-ru.ts, the kind catalog), never a copy.
 */

export const ui = uiRu;

/** Replaces i18next's {{name}} placeholders, as the renderer does; a placeholder left unfilled is the test's mistake. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_whole, name: string) => {
    if (!(name in values)) throw new Error(`The text «${template}» has a placeholder {{${name}}} the test did not fill`);
    return String(values[name]);
  });
}

export function kindSpec(id: TokenKindId): KindSpec {
  const kind = getKind(id);
  if (!kind) throw new Error(`The catalog has no wizard for ${id}`);
  return kind;
}

/** A token as «Показать токен» shows it: a lower-case UUID. */
export function newPortalToken(): string {
  return randomUUID();
}

/** An instant's date (dd.MM.yyyy) and time (HH:mm) on the clock of a time zone, by Intl, not by the app's code. */
export function dateTimeIn(instant: Date, timeZone: string): { date: string; time: string } {
  const format = new Intl.DateTimeFormat('ru-RU', {
    timeZone,
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  const parts = Object.fromEntries(format.formatToParts(instant).map((part) => [part.type, part.value]));
  return { date: `${parts.day}.${parts.month}.${parts.year}`, time: `${parts.hour}:${parts.minute}` };
}

/** An instant written the way the Belarusian portal prints it: dd.MM.yyyy HH:mm, Minsk time. */
export function asPortalText(instant: Date): string {
  const { date, time } = dateTimeIn(instant, 'Europe/Minsk');
  return `${date} ${time}`;
}

/** A whole minute `days` days from now. */
export function daysFromNow(days: number): Date {
  const instant = new Date(Date.now() + days * 86_400_000);
  instant.setUTCSeconds(0, 0);
  return instant;
}

/** The accessible name of a wizard field: its label (an optional one may carry «(необязательно)»). */
export function fieldName(spec: FieldSpec): RegExp {
  return new RegExp(`^${escapeRegExp(spec.label.ru)}( \\(${escapeRegExp(ui.common.optional)}\\))?$`);
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function wizardField(page: Page, kind: KindSpec, id: FieldId): Locator {
  const spec = kind.fields.find((candidate) => candidate.id === id);
  if (!spec) throw new Error(`${kind.id} has no field ${id}`);
  return page.getByTestId('wizard').getByRole('textbox', { name: fieldName(spec) });
}

export const wizard = (page: Page) => page.getByTestId('wizard');

/** The id of the step on screen. */
export async function currentStepId(page: Page): Promise<string> {
  return (await wizard(page).getAttribute('data-step-id')) ?? '';
}

/** Ticks every «проверьте» box of the step on screen. */
export async function tickAllChecks(page: Page): Promise<void> {
  const boxes = wizard(page).getByRole('group', { name: ui.wizard.checksLegend }).getByRole('checkbox');
  for (const box of await boxes.all()) await box.check();
}

/** The wizard's main button: «Далее», or «Сохранить токен» on the last step. */
export const wizardSubmit = (page: Page) => wizard(page).getByRole('button', { name: new RegExp(`^(${ui.wizard.next}|${ui.wizard.save}|${ui.wizard.saveIdentifier})$`) });

/** From the dashboard: «Получить токен», the organisation (chosen if it exists, else typed in), the kind, «Начать». */
export async function startNewToken(page: Page, options: { organisation: string; taxId?: string; kind: TokenKindId }): Promise<void> {
  await page.getByRole('button', { name: ui.dashboard.getToken }).click();
  await expect(page.getByRole('heading', { level: 1, name: ui.newToken.title })).toBeVisible();
  const choice = page.getByRole('group', { name: ui.newToken.organisationLegend });
  const existing = choice.getByRole('radio', { name: options.organisation });
  if (await existing.count()) {
    await existing.check();
  } else {
    const newOrganisation = choice.getByRole('radio', { name: ui.newToken.newOrganisation });
    if (await newOrganisation.count()) await newOrganisation.check();
    await choice.getByRole('textbox', { name: ui.organisationForm.name, exact: true }).fill(options.organisation);
    if (options.taxId) await choice.getByRole('textbox', { name: `${ui.organisationForm.taxId} (${ui.common.optional})` }).fill(options.taxId);
  }
  await page.getByRole('radio', { name: kindSpec(options.kind).title.ru }).check();
  await page.getByRole('button', { name: ui.newToken.start }).click();
  await expect(wizard(page)).toBeVisible();
}

export type FieldValues = Partial<Record<FieldId, string>>;

/**
 * Walks the wizard on screen step by step: ticks the checks, types the fields that
 * step asks for, presses «Далее» — until the step `until` is on screen, or, without
 * it, until the wizard is done (its «Сохранить токен» pressed). `onStep` runs on
 * every step before anything is typed (screenshots, accessibility scans).
 */
export async function walkWizard(page: Page, kind: KindSpec, values: FieldValues, options: { until?: string; onStep?: (stepId: string) => Promise<void> } = {}): Promise<void> {
  for (let guard = 0; guard <= kind.steps.length; guard += 1) {
    const stepId = await currentStepId(page);
    if (stepId === options.until) return;
    await options.onStep?.(stepId);
    const step = kind.steps.find((candidate) => candidate.id === stepId);
    if (!step) throw new Error(`Step ${stepId} is not in the ${kind.id} catalog`);
    for (const field of step.fields ?? []) {
      const value = values[field];
      if (value !== undefined) await wizardField(page, kind, field).fill(value);
    }
    await tickAllChecks(page);
    const submit = wizardSubmit(page);
    const label = (await submit.textContent())?.trim();
    const saves = label === ui.wizard.save || label === ui.wizard.saveIdentifier;
    await submit.click();
    if (saves) {
      await expect(wizard(page)).toBeHidden();
      return;
    }
    await expect(wizard(page)).not.toHaveAttribute('data-step-id', stepId);
  }
  throw new Error('The wizard did not end');
}

/** The dashboard's row of a token, found by what the user reads in it. */
export function tokenRow(page: Page, text: string | RegExp): Locator {
  return page.getByTestId('token-row').filter({ hasText: text });
}

export async function goToDashboard(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: ui.nav.label }).getByRole('button', { name: ui.nav.tokens }).click();
  await expect(page.getByRole('heading', { level: 1, name: ui.dashboard.title })).toBeVisible();
}

export async function goToSettings(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: ui.nav.label }).getByRole('button', { name: ui.nav.settings }).click();
  await expect(page.getByRole('heading', { level: 1, name: ui.settings.title })).toBeVisible();
}

/** A full-page PNG under test-results/screenshots/. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  // From the top: sticky parts (the menu, the stepper) otherwise show where the scroll left them.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path, fullPage: true, animations: 'disabled' });
  return path;
}
