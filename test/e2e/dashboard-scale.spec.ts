import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createFileKeySecretBox } from '../../electron/core/vault/aes-secret-box';
import { VAULT_FILE } from '../../electron/core/vault/vault-file';
import type { Urgency } from '../../shared/model/urgency';
import { URGENCY_LABEL } from '../../shared/model/urgency';
import type { TokenKindId } from '../../shared/model/types';
import { uiOrgs } from '../../shared/texts/ui-orgs';
import { buildVault, fleet } from '../integration/vault-export/vault-builder';
import type { PlainToken, PlainVault } from '../integration/vault-export/vault-builder';
import { expect, test } from './harness/fixtures';
import type { TestApp } from './harness/fixtures';
import { expectListedCount, listedIds, listedRows, openOrganisationsTab, revealRow } from './harness/token-list';
import { fill, saveScreenshot, ui } from './harness/user';

/**
 * An outsourcing accountant's vault: 64 client organisations, 5 tokens each (one of
 * every kind), every state. What dashboard-filters.spec.ts checks on two tokens —
 * each filter narrows the list — is not repeated; here it is what only shows at
 * scale: nothing is left out, similar names do not bleed into each other, filters
 * combine exactly, and a row far down the list acts on its own token.
 */

const ORGANISATIONS = 64;
const TOKENS_PER_ORGANISATION = 5;
const TOTAL = ORGANISATIONS * TOKENS_PER_ORGANISATION;
const DAY_MS = 86_400_000;
const STATES: Urgency[] = ['expired', 'soon', 'ok', 'none'];
const texts = uiOrgs.ru.filters;

interface Seeded {
  plain: PlainVault;
  /** The state each token was given, by token id: the test's own record, not the app's computation. */
  stateOf: Map<string, Urgency>;
}

/** The expiry for a state, half a day or more away from any boundary (the default «soon» is 14 days). */
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

/**
 * Puts the vault on disk as the app keeps it and restarts the app over it: the user
 * opens the app on a vault that has grown to this size. (Seeding 320 tokens through
 * the router would rewrite the whole vault 320 times and re-render the page as often.)
 */
async function openWithLargeVault(app: TestApp): Promise<Seeded> {
  const now = Date.now();
  const plain = fleet({ organisations: ORGANISATIONS, tokensPerOrganisation: TOKENS_PER_ORGANISATION, historyPerToken: 1, seed: 64, start: new Date(now) });
  const stateOf = new Map<string, Urgency>();
  plain.tokens.forEach((token, index) => {
    const organisation = Math.floor(index / TOKENS_PER_ORGANISATION);
    // The kind follows the token's place in its organisation (vault-builder), the state shifts with the organisation: every pair occurs.
    const state = STATES[(organisation + index) % STATES.length] as Urgency;
    stateOf.set(token.id, state);
    token.expiresAt = expiryFor(state, now, organisation % 17);
  });
  const box = await createFileKeySecretBox(app.dataDir);
  await writeFile(join(app.dataDir, VAULT_FILE), JSON.stringify(await buildVault(plain, box), undefined, '\t'), { mode: 0o600 });
  await app.restart();
  return { plain, stateOf };
}

const rows = (app: TestApp) => app.page.getByTestId('token-row');

/** The token ids of the list, in screen order (the list is virtualised: read by scrolling it through). */
function shownIds(app: TestApp): Promise<string[]> {
  return listedIds(app.page);
}

/** As many tokens listed as expected, by the table's aria-rowcount (only the rows near the screen are in the page). */
const expectListed = (app: TestApp, count: number) => expectListedCount(app.page, count);

const ids = (tokens: PlainToken[]) => tokens.map((token) => token.id).sort();

test('with 64 organisations the dashboard lists every token, searches and filters exactly, and copies the right one', async ({ app }) => {
  // The list is read by scrolling it through several times (only the rows near the screen are in the page).
  test.setTimeout(300_000);
  const { page } = app;
  const { plain, stateOf } = await openWithLargeVault(app);
  const organisationName = (id: string) => plain.organisations.find((organisation) => organisation.id === id)?.name ?? '';

  // Every token is listed, each once, and every organisation is in its section.
  await expectListed(app, TOTAL);
  expect((await shownIds(app)).sort()).toEqual(ids(plain.tokens));
  await saveScreenshot(page, 'dashboard-scale-all');
  await openOrganisationsTab(page);
  await expect(page.getByRole('region', { name: ui.organisations.heading }).getByRole('listitem')).toHaveCount(ORGANISATIONS);
  await page.getByRole('tab', { name: new RegExp(`^${ui.dashboardView.tabs.tokens}`) }).click();

  // Sixty-odd names that differ in a digit: «клиент 4» finds «Клиент 4» and «Клиент 40» … «Клиент 49»,
  // «ООО «Клиент 47»» (as the user copies it, quotes and all) finds that organisation alone.
  const search = page.getByLabel(texts.search);
  await search.fill('клиент 4');
  const prefixed = plain.tokens.filter((token) => /«Клиент 4\d?»/.test(organisationName(token.organisationId)));
  expect(prefixed.length).toBe(11 * TOKENS_PER_ORGANISATION);
  await expectListed(app, prefixed.length);
  expect((await shownIds(app)).sort()).toEqual(ids(prefixed));
  const target = plain.organisations.find((organisation) => organisation.name === 'ООО «Клиент 47»');
  if (!target) throw new Error('the fleet has no «Клиент 47»');
  await search.fill(target.name);
  const own = plain.tokens.filter((token) => token.organisationId === target.id);
  await expect(rows(app)).toHaveCount(TOKENS_PER_ORGANISATION);
  expect((await shownIds(app)).sort()).toEqual(ids(own));
  await expect(page.getByTestId('filter-count')).toHaveText(fill(texts.count, { shown: TOKENS_PER_ORGANISATION, total: TOTAL }));
  for (const row of await rows(app).all()) await expect(row.getByRole('cell').first()).toHaveText(target.name);

  // Kind and state together: exactly the tokens of that kind in that state, across all organisations.
  await search.fill('');
  await expectListed(app, TOTAL);
  const kind: TokenKindId = 'eis';
  const state: Urgency = 'soon';
  const both = plain.tokens.filter((token) => token.kind === kind && stateOf.get(token.id) === state);
  expect(both.length, 'the seed has tokens of that kind in that state').toBeGreaterThan(1);
  await page.getByLabel(texts.kind).selectOption(kind);
  await expectListed(app, ORGANISATIONS);
  await page.getByLabel(texts.state).selectOption({ label: URGENCY_LABEL[state].ru });
  await expectListed(app, both.length);
  expect((await shownIds(app)).sort()).toEqual(ids(both));
  await expect(page.getByTestId('filter-count')).toHaveText(fill(texts.count, { shown: both.length, total: TOTAL }));
  for (const row of await listedRows(page)) expect(row.text).toContain(URGENCY_LABEL[state].ru);
  await saveScreenshot(page, 'dashboard-scale-filtered');

  // A search on top narrows the combination: «клиент 4» keeps those of «Клиент 4», «Клиент 40» … «Клиент 49»;
  // «Клиент 47» has no such token, and the page says that nothing fits.
  const amongPrefixed = both.filter((token) => prefixed.includes(token));
  expect(amongPrefixed.length, 'the seed has some of them among «Клиент 4…»').toBeGreaterThan(0);
  await search.fill('клиент 4');
  await expectListed(app, amongPrefixed.length);
  expect((await shownIds(app)).sort()).toEqual(ids(amongPrefixed));
  expect(both.some((token) => token.organisationId === target.id)).toBe(false);
  await search.fill(target.name);
  await expect(rows(app)).toHaveCount(0);
  await expect(page.getByTestId('filter-count')).toHaveText(texts.none);

  // «Сбросить отбор» brings back every token and empties every control.
  await page.getByRole('button', { name: texts.reset }).click();
  await expectListed(app, TOTAL);
  await expect(search).toHaveValue('');
  await expect(page.getByLabel(texts.kind)).toHaveValue('');
  await expect(page.getByLabel(texts.state)).toHaveValue('');
  await expect(page.getByTestId('filter-count')).toHaveText('');

  // «Скопировать» in a row near the bottom: that row's token, not a neighbour's.
  const deepId = (await shownIds(app))[TOTAL - 7] ?? null;
  const deep = await revealRow(page, deepId ?? '');
  const deepToken = plain.tokens.find((token) => token.id === deepId);
  if (!deepToken) throw new Error(`row ${TOTAL - 7} shows no seeded token (${deepId ?? 'no id'})`);
  await deep.getByRole('button', { name: ui.common.copy }).click();
  await expect.poll(() => app.clipboard.readText()).toBe(deepToken.secret);
  expect(app.clipboard.writes).toEqual([deepToken.secret]);
  await expect(deep).toBeInViewport();
  // Far down the list, the search is still at hand: typing there narrows the list.
  await expect(search).toBeInViewport();
  await page.screenshot({ path: 'test-results/screenshots/dashboard-scale-scrolled.png', animations: 'disabled' });
  await search.fill(target.name);
  await expect(rows(app)).toHaveCount(TOKENS_PER_ORGANISATION);
});
