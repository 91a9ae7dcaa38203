import type { Page } from '@playwright/test';
import type { TokenKindId } from '../../shared/model/types';
import { uiCrpt } from '../../shared/texts/ui-crpt';
import { uiEn } from '../../shared/texts/ui-en';
import { uiOrgs } from '../../shared/texts/ui-orgs';
import { startEisEmulator } from '../fixtures/eis-emulator';
import { expect, test } from './harness/fixtures';
import type { TestApp } from './harness/fixtures';
import { ask } from './harness/seed';
import { daysFromNow, goToSettings, kindSpec, newPortalToken, saveScreenshot, tokenRow, ui } from './harness/user';

// An English-speaking user sees English everywhere: after switching the language in
// Settings, no screen shows a Russian word, except proper names (ОАИС, ЕИС, Честный
// знак, …), Russian portal labels quoted in «…» so that the user finds them on the
// portal, and the user's own data.

const en = uiEn;
const orgs = uiOrgs.en;
const crpt = uiCrpt.en;

/** Names an English text keeps in Russian: systems, portals, Russian tax numbers, products. */
const PROPER_NAMES = [
  'Честный знак',
  'ГИС МТ',
  'ИСЗЛ',
  'Е-Паслуга',
  'ЛК Заказчика',
  'Декларант-2011',
  'Декларант-Стат',
  'КриптоПро',
  'ОАИС',
  'ЕИС',
  'СМДО',
  'ВСЭД',
  'РИС',
  'СУЗ',
  'УНП',
  'ИНН',
  'УКЭП',
  // The language picker names each language in itself.
  'Русский',
];

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const ALLOWED = new RegExp(PROPER_NAMES.map(escape).join('|'), 'g');

/**
 * The Russian words of a text, each with the text around it, once the «…» quotes,
 * a server's own reply quoted verbatim (ЕИС said: “…”) and the proper names are taken out.
 */
function russianWordsLeft(text: string): string[] {
  const stripped = text
    .replace(/«[^«»]*»/g, '«…»')
    .replace(/said: “[^“”]*”/g, 'said: “…”')
    .replace(ALLOWED, '‹name›');
  const words = new Map<string, string>();
  for (const match of stripped.matchAll(/[\p{Script=Cyrillic}][\p{Script=Cyrillic}\p{L}\d-]*/gu)) {
    const at = match.index;
    if (!words.has(match[0])) words.set(match[0], stripped.slice(Math.max(0, at - 30), at + match[0].length + 30).replace(/\s+/g, ' '));
  }
  return [...words].map(([word, around]) => `${word} (…${around}…)`);
}

/** Everything a user reads or hears on the screen: the visible text, the options of the lists, labels only screen readers read, the window title. */
async function screenText(page: Page): Promise<string> {
  const visible = await page.locator('body').innerText();
  const hidden = await page.evaluate(() => {
    const out: string[] = [document.title];
    for (const element of document.querySelectorAll('body *')) {
      for (const attribute of ['aria-label', 'title', 'placeholder', 'alt', 'aria-valuetext', 'aria-roledescription']) {
        const value = element.getAttribute(attribute);
        if (value) out.push(value);
      }
      if (element instanceof HTMLOptionElement) out.push(element.text);
    }
    return out.join('\n');
  });
  return `${visible}\n${hidden}`;
}

/** Collects a screen's Russian words under its name and saves its screenshot. */
async function look(page: Page, name: string, found: Map<string, string[]>): Promise<void> {
  await saveScreenshot(page, `en-${name}`);
  const words = russianWordsLeft(await screenText(page));
  if (words.length > 0) found.set(name, words);
}

const ROMASHKA = 'Romashka LLC';
const VECTOR = 'Vector JSC';
const HOUR_MS = 3_600_000;

/** Two organisations and every kind of token, renewed once where the kind has a history. */
async function seedEveryKind(app: TestApp): Promise<void> {
  const romashka = await ask(app, 'saveOrganisation', { name: ROMASHKA, taxId: '191234567' });
  const vector = await ask(app, 'saveOrganisation', { name: VECTOR, taxId: '7707083893' });
  const oais = { organisationId: romashka.id, kind: 'oais', label: 'Accounting 1C', systemName: 'buh_1c', techEmail: 'it@romashka.by', notes: '' } as const;
  const first = await ask(app, 'saveToken', { ...oais, secret: newPortalToken(), expiresAt: daysFromNow(5).toISOString() });
  await ask(app, 'saveToken', { ...oais, secret: newPortalToken(), expiresAt: daysFromNow(4).toISOString(), replacesTokenId: first.id });
  const tps = { organisationId: romashka.id, kind: 'tpsclient', label: 'Customs', systemName: 'TPSClient', techEmail: 'customs@romashka.by', notes: 'renewed' } as const;
  const oldTps = await ask(app, 'saveToken', { ...tps, secret: newPortalToken(), expiresAt: daysFromNow(1).toISOString() });
  await ask(app, 'saveToken', { ...tps, secret: newPortalToken(), expiresAt: daysFromNow(60).toISOString(), replacesTokenId: oldTps.id });
  const smdo = { organisationId: romashka.id, label: 'Registry office', tokenUrl: 'https://smdo.example.by/token' };
  const setUp = await ask(app, 'smdoSave', { ...smdo, login: 'Kx2mPq7RtW9vB3nL5cY8hJ1dF4s', key: 'vN8_qL2xKp5RmT7wZc3Hb9Ys1Df', keyUpdatedOn: minskDate(daysFromNow(-120)) });
  await ask(app, 'smdoSave', { ...smdo, key: 'Tq4_zW8nHs2LpV6xRc9Kb3Jm7Gf', replacesTokenId: setUp.id, rotation: true, keyUpdatedOn: minskDate(daysFromNow(-85)) });
  await ask(app, 'saveToken', {
    organisationId: vector.id,
    kind: 'eis',
    label: 'Procurement system',
    systemName: '',
    techEmail: '',
    secret: 'a1b2c3d4e5f60718293a4b5c6d7e8f90',
    expiresAt: daysFromNow(300).toISOString(),
    notes: '',
  });
  await ask(app, 'saveToken', {
    organisationId: vector.id,
    kind: 'crpt',
    label: 'Marking, warehouse 1',
    systemName: '',
    techEmail: '',
    secret: 'c9e1f2a3-b4d5-4e6f-8a7b-9c0d1e2f3a4b',
    expiresAt: new Date(Date.now() + 10 * HOUR_MS).toISOString(),
    notes: '',
    settings: {
      stand: 'sandbox',
      trueApiBase: 'https://markirovka.sandbox.crptech.ru/api/v3/true-api',
      omsConnection: '3fa85f64-5717-4562-b3fc-2c963f66afa6',
      inn: '7707083893',
      signer: 'openssl',
      autoRefresh: 'on',
      autoRefreshFailed: 'true',
    },
    certificateExpiresAt: daysFromNow(200).toISOString(),
  });
}

/** A day as the СМДО setup asks for it: DD.MM.YYYY in Minsk. */
function minskDate(instant: Date): string {
  return new Intl.DateTimeFormat('ru-RU', { timeZone: 'Europe/Minsk', day: '2-digit', month: '2-digit', year: 'numeric' }).format(instant);
}

async function toDashboard(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: en.nav.label }).getByRole('button', { name: en.nav.tokens }).click();
  await expect(page.getByRole('heading', { level: 1, name: en.dashboard.title })).toBeVisible();
}

/** «Get a token», the organisation, the kind, «Start»: the kind's first screen. */
async function startKind(page: Page, kind: TokenKindId, organisation: string): Promise<void> {
  await page.getByRole('button', { name: en.dashboard.getToken }).click();
  await expect(page.getByRole('heading', { level: 1, name: en.newToken.title })).toBeVisible();
  await page.getByRole('group', { name: en.newToken.organisationLegend }).getByRole('radio', { name: organisation }).check();
  await page.getByRole('radio', { name: kindSpec(kind).title.en }).check();
  await page.getByRole('button', { name: en.newToken.start }).click();
}

test('an English-speaking user sees no Russian word but names and quoted portal labels', async ({ app }) => {
  test.setTimeout(120_000);
  const { page } = app;
  const found = new Map<string, string[]>();

  // The user switches the language in Settings, in Russian.
  await goToSettings(page);
  await page.getByRole('radio', { name: 'English' }).check();
  await page.getByRole('button', { name: ui.settings.save }).click();
  await expect(page.getByRole('heading', { level: 1, name: en.settings.title })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await look(page, 'settings-empty', found);
  await toDashboard(page);
  await look(page, 'dashboard-empty', found);

  await seedEveryKind(app);
  await expect(page.getByTestId('token-row')).toHaveCount(5);
  await look(page, 'dashboard', found);

  // The filters: every option of each list, and a filter that matches nothing.
  await page.getByLabel(orgs.filters.state).selectOption({ index: 2 });
  await look(page, 'dashboard-filter-state', found);
  await page.getByLabel(orgs.filters.kind).selectOption('smdo');
  await look(page, 'dashboard-filter-none', found);
  await page.getByRole('button', { name: orgs.filters.reset }).click();
  await page.getByLabel(orgs.filters.search).fill('vector');
  await expect(page.getByTestId('token-row')).toHaveCount(2);
  await look(page, 'dashboard-filter-search', found);
  await page.getByRole('button', { name: orgs.filters.reset }).click();

  // «Get a token» and the first step of every kind.
  await page.getByRole('button', { name: en.dashboard.getToken }).click();
  await expect(page.getByRole('heading', { level: 1, name: en.newToken.title })).toBeVisible();
  await look(page, 'new-token', found);
  await page.getByRole('button', { name: en.newToken.start }).click();
  await look(page, 'new-token-errors', found);
  await toDashboard(page);

  for (const kind of ['oais', 'tpsclient', 'eis'] as const) {
    await startKind(page, kind, kind === 'eis' ? VECTOR : ROMASHKA);
    const wizard = page.getByTestId('wizard');
    await expect(wizard).toBeVisible();
    await look(page, `wizard-${kind}`, found);
    if (kind === 'eis') {
      for (let guard = 0; guard < 5 && (await wizard.getAttribute('data-step-id')) !== 'identifier'; guard += 1) {
        const step = await wizard.getAttribute('data-step-id');
        for (const box of await wizard.getByRole('group', { name: en.wizard.checksLegend }).getByRole('checkbox').all()) await box.check();
        await wizard.getByRole('button', { name: en.wizard.next, exact: true }).click();
        await expect(wizard).not.toHaveAttribute('data-step-id', step ?? '');
      }
      await expect(wizard).toHaveAttribute('data-step-id', 'identifier');
      await look(page, 'wizard-eis-identifier', found);
      // Nothing typed: the messages next to the fields.
      await wizard.getByRole('button', { name: en.wizard.next, exact: true }).click();
      await expect(page.getByTestId('field-error-secret')).toBeVisible();
      await look(page, 'wizard-eis-identifier-errors', found);
    }
    await toDashboard(page);
  }
  await look(page, 'dashboard-drafts', found);

  await startKind(page, 'smdo', ROMASHKA);
  await expect(page.getByRole('heading', { level: 1, name: orgs.smdo.title })).toBeVisible();
  await look(page, 'smdo-setup', found);
  // On to the step where the login, the key and the day of the key are typed.
  const smdoSteps = page.getByTestId('smdo-steps');
  const login = page.getByLabel(kindSpec('smdo').fields[0]?.label.en ?? 'Login', { exact: true });
  for (let guard = 0; guard < 6 && (await login.count()) === 0; guard += 1) {
    for (const box of await smdoSteps.getByRole('checkbox').all()) await box.check();
    await smdoSteps.getByRole('button', { name: orgs.smdo.next }).click();
  }
  await expect(login).toBeVisible();
  await look(page, 'smdo-credentials', found);
  await toDashboard(page);

  await startKind(page, 'crpt', VECTOR);
  await expect(page.getByRole('heading', { level: 1, name: crpt.title })).toBeVisible();
  await look(page, 'crpt-setup', found);
  await page.getByRole('button', { name: crpt.obtain }).click();
  await expect(page.getByTestId('field-error-omsConnection')).toBeVisible();
  await look(page, 'crpt-setup-errors', found);
  await toDashboard(page);

  // Every token's details: СМДО key, ЕИС check and letter, Честный знак refresh, reminders, history.
  for (const [label, name] of [
    ['Accounting 1C', 'details-oais'],
    ['Customs', 'details-tpsclient'],
    ['Registry office', 'details-smdo'],
    ['Procurement system', 'details-eis'],
    ['Marking, warehouse 1', 'details-crpt'],
  ] as const) {
    await tokenRow(page, label).getByRole('button', { name: en.common.details }).click();
    await expect(page.getByRole('heading', { level: 1, name: label })).toBeVisible();
    await look(page, name, found);
    await toDashboard(page);
  }

  // The ЕИС check refuses the identifier: the message, the verdict kept on the token, the dashboard's state.
  const emulator = await startEisEmulator({ validIdentifier: 'c0ffee00-1234-4abc-9def-0123456789ab' });
  try {
    await tokenRow(page, 'Procurement system').getByRole('button', { name: en.common.details }).click();
    await page.getByRole('textbox', { name: orgs.eis.endpoint }).fill(emulator.endpoint);
    await page.getByRole('button', { name: orgs.eis.check }).click();
    await expect(page.getByTestId('eis-check-failure')).toBeVisible();
    await look(page, 'details-eis-refused', found);
    await toDashboard(page);
    await tokenRow(page, 'Procurement system').getByRole('button', { name: en.common.details }).click();
    await expect(page.getByTestId('eis-last-check')).toBeVisible();
    await look(page, 'details-eis-last-check', found);
    await toDashboard(page);
    await look(page, 'dashboard-eis-refused', found);
  } finally {
    await emulator.close();
  }

  await page.getByRole('navigation', { name: en.nav.label }).getByRole('button', { name: en.nav.settings }).click();
  await expect(page.getByRole('heading', { level: 1, name: en.settings.title })).toBeVisible();
  await look(page, 'settings', found);

  const report = [...found].map(([screen, words]) => `${screen}:\n  ${words.join('\n  ')}`).join('\n');
  expect(report, 'Russian words left on English screens').toBe('');
});
