import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { createFileKeySecretBox } from '../../electron/core/vault/aes-secret-box';
import { VAULT_FILE } from '../../electron/core/vault/vault-file';
import type { Urgency } from '../../shared/model/urgency';
import { URGENCY_LABEL } from '../../shared/model/urgency';
import { buildVault, fleet } from '../integration/vault-export/vault-builder';
import type { PlainToken, PlainVault } from '../integration/vault-export/vault-builder';
import { expectNoSeriousA11yViolations } from './harness/axe';
import { expect, test } from './harness/fixtures';
import type { TestApp } from './harness/fixtures';
import { SCREENSHOT_DIR } from './harness/paths';
import { expectListedCount, listedIds, listedRows, tokenTable } from './harness/token-list';
import { ui } from './harness/user';
import { uiOrgs } from '../../shared/texts/ui-orgs';

const filters = uiOrgs.ru.filters;

/**
 * An outsourcing accountant with 45 client organisations × 5 tokens (and 60 × 5 for the accessibility
 * scan): the summary's counters, the grouped view, the sortable columns and the keyboard path through a
 * list of which only the rows near the screen are in the page. The expected numbers and orders come
 * from the test's own record of what it seeded, never from the app's computation.
 */

const PER_ORGANISATION = 5;
const DAY_MS = 86_400_000;
const STATES: Urgency[] = ['expired', 'soon', 'ok', 'none'];
const view = ui.dashboardView;

// Hundreds of tokens, a restart over them, and the list read by scrolling it through several times.
test.describe.configure({ timeout: 180_000 });
const RANK: Record<Urgency, number> = { expired: 0, soon: 1, ok: 2, none: 3 };
const collator = new Intl.Collator('ru', { numeric: true, sensitivity: 'base' });

interface Seeded {
  plain: PlainVault;
  /** The state each token shows, by token id (a due СМДО key is «soon»). */
  stateOf: Map<string, Urgency>;
  smdoKeys: Set<string>;
  certificates: Set<string>;
}

/** The expiry for a state, well away from any boundary (the default «soon» is 14 days). */
function expiryFor(state: Urgency, now: number, spread: number): string | null {
  switch (state) {
    case 'expired':
      return new Date(now - (2.5 + spread) * DAY_MS).toISOString();
    case 'soon':
      return new Date(now + (1.5 + (spread % 10)) * DAY_MS).toISOString();
    case 'ok':
      return new Date(now + (30.5 + spread * 3) * DAY_MS).toISOString();
    case 'none':
      return null;
  }
}

async function openWith(app: TestApp, organisations: number): Promise<Seeded> {
  const now = Date.now();
  const plain = fleet({ organisations, tokensPerOrganisation: PER_ORGANISATION, historyPerToken: 0, seed: organisations, start: new Date(now) });
  const stateOf = new Map<string, Urgency>();
  const smdoKeys = new Set<string>();
  const certificates = new Set<string>();
  plain.tokens.forEach((token, index) => {
    const organisation = Math.floor(index / PER_ORGANISATION);
    let state = STATES[(organisation + index) % STATES.length] as Urgency;
    // A Честный знак token is «soon» only in its last two hours: this fleet keeps it clear of that.
    if (token.kind === 'crpt' && state === 'soon') state = 'ok';
    if (token.kind === 'smdo' && organisation % 9 === 0) {
      // An СМДО record whose key was set 85 days ago: due for rotation, «soon», with no expiry of its own.
      token.expiresAt = null;
      token.smdoKeySetAt = new Date(now - 85 * DAY_MS).toISOString();
      smdoKeys.add(token.id);
      state = 'soon';
    } else {
      token.expiresAt = expiryFor(state, now, organisation % 17);
    }
    stateOf.set(token.id, state);
  });
  const box = await createFileKeySecretBox(app.dataDir);
  const data = await buildVault(plain, box);
  for (const stored of data.tokens) {
    const organisation = plain.organisations.findIndex((candidate) => candidate.id === stored.organisationId);
    if (stored.kind === 'crpt' && organisation % 15 === 0) {
      stored.certificateExpiresAt = new Date(now + 3.5 * DAY_MS).toISOString();
      certificates.add(stored.id);
    }
  }
  await writeFile(join(app.dataDir, VAULT_FILE), JSON.stringify(data), { mode: 0o600 });
  await app.restart();
  return { plain, stateOf, smdoKeys, certificates };
}

const idsWhere = (plain: PlainVault, keep: (token: PlainToken) => boolean) =>
  plain.tokens
    .filter(keep)
    .map((token) => token.id)
    .sort();
const counter = (page: Page, word: string) => page.getByTestId('dashboard-summary').getByRole('button', { name: new RegExp(`^${word} \\d+$`) });

async function screenshotAt(page: Page, name: string, width: number, height: number): Promise<void> {
  await page.setViewportSize({ width, height });
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}-${width}x${height}.png`), animations: 'disabled' });
}

test('the summary counts what needs attention as the tray does, and each counter shows just those tokens', async ({ app }) => {
  const { page } = app;
  const { plain, stateOf, smdoKeys, certificates } = await openWith(app, 45);
  const expired = idsWhere(plain, (token) => stateOf.get(token.id) === 'expired');
  const soon = idsWhere(plain, (token) => stateOf.get(token.id) === 'soon');
  expect(smdoKeys.size).toBeGreaterThan(1);
  expect(certificates.size).toBeGreaterThan(1);

  await expect(page.getByTestId('dashboard-summary')).toContainText(view.summary.attention.replace('{{count}}', String(expired.length + soon.length)));
  await expect(counter(page, view.summary.expired)).toHaveAccessibleName(`${view.summary.expired} ${expired.length}`);
  await expect(counter(page, view.summary.soon)).toHaveAccessibleName(`${view.summary.soon} ${soon.length}`);
  await expect(counter(page, view.summary.certificates)).toHaveAccessibleName(`${view.summary.certificates} ${certificates.size}`);
  await expect(counter(page, view.summary.smdoKeys)).toHaveAccessibleName(`${view.summary.smdoKeys} ${smdoKeys.size}`);
  // The tray's tooltip, from the same vault: the same two numbers.
  expect(app.core.trayModel().tooltip).toContain(`${expired.length + soon.length} токен`);
  expect(app.core.trayModel().tooltip).toContain(`(истекли: ${expired.length})`);

  await counter(page, view.summary.expired).click();
  await expect(counter(page, view.summary.expired)).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByLabel(filters.state)).toHaveValue('expired');
  await expectListedCount(page, expired.length);
  expect((await listedIds(page)).sort()).toEqual(expired);

  await counter(page, view.summary.smdoKeys).click();
  await expectListedCount(page, smdoKeys.size);
  expect((await listedIds(page)).sort()).toEqual([...smdoKeys].sort());
  for (const row of await listedRows(page)) expect(row.text).toContain('Пора сменить ключ');

  await counter(page, view.summary.certificates).click();
  await expectListedCount(page, certificates.size);
  expect((await listedIds(page)).sort()).toEqual([...certificates].sort());

  // Pressed again, the counter lets every token back.
  await counter(page, view.summary.certificates).click();
  await expect(counter(page, view.summary.certificates)).toHaveAttribute('aria-pressed', 'false');
  await expectListedCount(page, plain.tokens.length);
});

test('grouped by organisation, each group shows its worst state and folds; columns sort both ways; screenshots at three window sizes', async ({ app }) => {
  const { page } = app;
  const { plain, stateOf, smdoKeys } = await openWith(app, 45);
  const total = plain.tokens.length;
  const nameOf = new Map(plain.organisations.map((organisation) => [organisation.id, organisation.name]));
  const organisationOf = new Map(plain.tokens.map((token) => [token.id, nameOf.get(token.organisationId) ?? '']));
  const expiryOf = new Map(plain.tokens.map((token) => [token.id, token.expiresAt === null ? Number.POSITIVE_INFINITY : Date.parse(token.expiresAt)]));
  await expectListedCount(page, total);
  for (const [width, height] of [
    [1280, 800],
    [1093, 614],
    [683, 768],
  ] as const)
    await screenshotAt(page, 'dashboard-45-flat', width, height);
  await page.setViewportSize({ width: 1280, height: 800 });

  await page.getByRole('button', { name: view.view.grouped }).click();
  await expect(page.getByRole('button', { name: view.view.grouped })).toHaveAttribute('aria-pressed', 'true');
  // One heading row per organisation above its tokens: the table counts them all.
  await expect(tokenTable(page)).toHaveAttribute('aria-rowcount', String(total + plain.organisations.length + 1));
  const groups = page.getByTestId('group-row');
  const firstGroups = await groups.evaluateAll((rows) => rows.slice(0, 6).map((row) => row.getAttribute('data-organisation-id') ?? ''));
  expect(firstGroups.length).toBeGreaterThan(1);
  for (const organisationId of firstGroups) {
    const worst = plain.tokens
      .filter((token) => token.organisationId === organisationId)
      .map((token) => stateOf.get(token.id) as Urgency)
      .reduce((a, b) => (RANK[b] < RANK[a] ? b : a));
    const group = page.locator(`[data-testid="group-row"][data-organisation-id="${organisationId}"]`);
    await expect(group).toContainText(URGENCY_LABEL[worst].ru);
    await expect(group.getByRole('button')).toHaveAccessibleName(new RegExp(`^${escape(nameOf.get(organisationId) ?? '')}: токенов — 5, ${URGENCY_LABEL[worst].ru}$`));
  }
  // Sorted by urgency, the clients with an expired token lead.
  await expect(groups.first()).toContainText(URGENCY_LABEL.expired.ru);
  for (const [width, height] of [
    [1280, 800],
    [1093, 614],
    [683, 768],
  ] as const)
    await screenshotAt(page, 'dashboard-45-grouped', width, height);
  await page.setViewportSize({ width: 1280, height: 800 });

  const firstToggle = groups.first().getByRole('button');
  await expect(firstToggle).toHaveAttribute('aria-expanded', 'true');
  await firstToggle.click();
  await expect(firstToggle).toHaveAttribute('aria-expanded', 'false');
  await expect(tokenTable(page)).toHaveAttribute('aria-rowcount', String(total - PER_ORGANISATION + plain.organisations.length + 1));
  await firstToggle.click();
  await expect(tokenTable(page)).toHaveAttribute('aria-rowcount', String(total + plain.organisations.length + 1));

  // Back to the flat list, sorted by the columns.
  await page.getByRole('button', { name: view.view.flat }).click();
  await expect(tokenTable(page)).toHaveAttribute('aria-rowcount', String(total + 1));
  const header = (name: string) => page.getByRole('columnheader', { name });
  await header(ui.dashboard.columns.organisation).getByRole('button').click();
  await expect(header(ui.dashboard.columns.organisation)).toHaveAttribute('aria-sort', 'ascending');
  const byOrganisation = (await listedIds(page)).map((id) => organisationOf.get(id) ?? '');
  expect(byOrganisation).toHaveLength(total);
  expect(byOrganisation).toEqual([...byOrganisation].sort(collator.compare));
  await header(ui.dashboard.columns.organisation).getByRole('button').click();
  await expect(header(ui.dashboard.columns.organisation)).toHaveAttribute('aria-sort', 'descending');
  const descending = (await listedIds(page)).map((id) => organisationOf.get(id) ?? '');
  expect(descending).toEqual([...byOrganisation].sort(collator.compare).reverse());

  await header(ui.dashboard.columns.expires).getByRole('button').click();
  await expect(header(ui.dashboard.columns.organisation)).not.toHaveAttribute('aria-sort');
  await expect(header(ui.dashboard.columns.expires)).toHaveAttribute('aria-sort', 'ascending');
  // (An СМДО record without expiry is dated by its key's rotation, which the test does not work out: left out of the check.)
  const expiries = (await listedIds(page)).filter((id) => !smdoKeys.has(id)).map((id) => expiryOf.get(id) ?? Number.NaN);
  expect(expiries).toHaveLength(total - smdoKeys.size);
  expect(expiries).toEqual([...expiries].sort((a, b) => (a === b ? 0 : a < b ? -1 : 1)));

  // Each read waits for the header to say the new order: reading at once could catch the list before it re-sorted.
  await header(ui.dashboard.columns.state).getByRole('button').click();
  await expect(header(ui.dashboard.columns.state)).toHaveAttribute('aria-sort', 'ascending');
  const ranks = (await listedIds(page)).map((id) => RANK[stateOf.get(id) as Urgency]);
  expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  await header(ui.dashboard.columns.state).getByRole('button').click();
  await expect(header(ui.dashboard.columns.state)).toHaveAttribute('aria-sort', 'descending');
  const ranksDown = (await listedIds(page)).map((id) => RANK[stateOf.get(id) as Urgency]);
  expect(ranksDown).toEqual([...ranks].sort((a, b) => b - a));

  // Compact: the same tokens, more of them on one screen.
  // Lines of the table on screen, after two frames: while the virtual list re-lays out (just after a sort)
  // its rows can sit on top of each other for a frame, and counting them then counted one line many times.
  const onScreen = () =>
    page.getByTestId('token-row').evaluateAll(async (rows) => {
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      const tops = rows
        .map((row) => row.getBoundingClientRect())
        .filter((box) => box.top >= 0 && box.bottom <= window.innerHeight)
        .map((box) => Math.round(box.top));
      return new Set(tops).size;
    });
  const comfortable = await onScreen();
  await page.getByRole('checkbox', { name: view.view.compact }).check();
  await expect.poll(onScreen).toBeGreaterThan(comfortable + 4);
  await expectListedCount(page, total);
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

test('the keyboard walks the virtualised list row by row, keeps its place when the list scrolls away, and each button names its row', async ({ app }) => {
  const { page } = app;
  const { plain } = await openWith(app, 45);
  const total = plain.tokens.length;
  await expectListedCount(page, total);
  const order = await listedIds(page);
  const focusedRow = () =>
    page.evaluate(() => {
      const row = document.activeElement?.closest('[data-testid="token-row"]');
      return row ? { index: Number(row.getAttribute('aria-rowindex')), id: row.getAttribute('data-token-id') ?? '', isRow: row === document.activeElement } : null;
    });

  // From the last column header, Tab reaches the list: its first row, the only one in the Tab order.
  await page.getByRole('columnheader', { name: ui.dashboard.columns.state }).getByRole('button').focus();
  await page.keyboard.press('Tab');
  expect(await focusedRow()).toEqual({ index: 2, id: order[0], isRow: true });

  for (let step = 0; step < 30; step += 1) await page.keyboard.press('ArrowDown');
  expect(await focusedRow()).toEqual({ index: 32, id: order[30], isRow: true });
  await expect(page.locator(`[data-token-id="${order[30]}"]`)).toBeInViewport();

  await page.keyboard.press('End');
  expect(await focusedRow()).toEqual({ index: total + 1, id: order[total - 1], isRow: true });
  await expect(page.locator(`[data-token-id="${order[total - 1]}"]`)).toBeInViewport();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  expect(await focusedRow()).toEqual({ index: total - 1, id: order[total - 3], isRow: true });
  await page.keyboard.press('Home');
  expect(await focusedRow()).toEqual({ index: 2, id: order[0], isRow: true });
  await page.keyboard.press('PageDown');
  const paged = await focusedRow();
  expect(paged?.index).toBeGreaterThan(4);

  // The mouse scrolls the list far away: the focused row is kept, and the next arrow goes on from it.
  const kept = paged?.id ?? '';
  await page.mouse.wheel(0, 9000);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(5000);
  expect(await focusedRow()).toEqual(paged);
  await page.keyboard.press('ArrowDown');
  const next = order[order.indexOf(kept) + 1];
  expect(await focusedRow()).toEqual({ index: (paged?.index ?? 0) + 1, id: next, isRow: true });
  await expect(page.locator(`[data-token-id="${next}"]`)).toBeInViewport();

  // Each button says whose token it is: no two rows read the same.
  const token = plain.tokens.find((candidate) => candidate.id === next);
  const organisation = plain.organisations.find((candidate) => candidate.id === token?.organisationId);
  const row = page.locator(`[data-token-id="${next}"]`);
  await expect(row.getByRole('button', { name: `Скопировать токен «${token?.label ?? ''}», ${organisation?.name ?? ''}`, exact: true })).toBeVisible();
  await expect(row.getByRole('button', { name: `Подробнее: токен «${token?.label ?? ''}», ${organisation?.name ?? ''}`, exact: true })).toBeVisible();

  // Enter opens that token.
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toContainText(token?.label ?? '');
  await page.getByRole('button', { name: ui.common.backToTokens }).click();

  // Ctrl+F: the list's own search, which sees every token (find-in-page would see only the rows in the page).
  await page.keyboard.press('Control+f');
  await expect(page.getByLabel(filters.search)).toBeFocused();
  await page.keyboard.type(organisation?.name ?? '');
  await expectListedCount(page, PER_ORGANISATION);
});

test('with 300 tokens the dashboard passes an accessibility scan, flat and grouped', async ({ app }) => {
  const { page } = app;
  const { plain } = await openWith(app, 60);
  await expectListedCount(page, plain.tokens.length);
  await expectNoSeriousA11yViolations(page, 'dashboard with 300 tokens');
  await page.getByRole('button', { name: view.view.grouped }).click();
  await expect(page.getByTestId('group-row').first()).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'dashboard with 300 tokens, grouped');
  await page.getByRole('checkbox', { name: view.view.compact }).check();
  await expectNoSeriousA11yViolations(page, 'dashboard with 300 tokens, grouped, compact');
});
