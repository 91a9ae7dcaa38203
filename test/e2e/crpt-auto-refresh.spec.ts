/**
 * Честный знак automatic refresh, end to end. The user gets a СУЗ clientToken on the
 * crpt screen with «Получать новый токен автоматически» ticked, against the stand
 * emulator (started here with a throw-away PKI; the harness core runs in this Node
 * process and signs with the real openssl). The core runs on the harness's manual
 * clock; the page's Date is pinned to it, so the screens and the core agree on «now».
 */
import { RETRY_AFTER_FAILURE_MS } from '../../electron/core/providers/crpt/auto-refresh';
import { findStand } from '../../electron/core/providers/crpt/stands';
import type { TokenView } from '../../shared/model/types';
import { URGENCY_LABEL } from '../../shared/model/urgency';
import { message } from '../../shared/texts/messages';
import { uiCrpt } from '../../shared/texts/ui-crpt';
import { ping, startWorldForApp, type CrptWorld } from '../integration/crpt/setup';
import type { ManualClock } from './harness/doubles';
import { expect, test } from './harness/fixtures';
import type { TestApp } from './harness/fixtures';
import { dateTimeIn, goToDashboard, goToSettings, kindSpec, saveScreenshot, tokenRow, ui } from './harness/user';

const texts = uiCrpt.ru;
const SANDBOX_TRUE_API = findStand('sandbox')?.trueApiBase ?? '';
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
/** What the kind's catalog promises: a clientToken lives 10 hours. */
const LIFETIME = (kindSpec('crpt').lifetime?.hours ?? Number.NaN) * HOUR;
/** Past the latest automatic refresh moment (15 minutes before the end, up to 5 earlier), still before the end. */
const SHORTLY_BEFORE_END = LIFETIME - 14 * MINUTE;
const ORGANISATION = 'ООО «Ромашка»';
const LABEL = 'СУЗ, склад 1';
/** The zone the test browser runs in (playwright.config.ts). */
const USER_ZONE = 'Europe/Berlin';
/** The stand is down: every sign-in answers 503 (True API's own error body). */
const STAND_DOWN = { kind: 'status', status: 503, body: { code: '503', error_message: 'Сервис временно недоступен' } } as const;

let world: CrptWorld;
/** Like a hosts file: the official sandbox stand's requests reach the emulator (filled in below, read when the core starts). */
const hosts: Record<string, string> = {};

test.beforeAll(async () => {
  // The app's signer runs the openssl on PATH with this process's environment.
  world = await startWorldForApp();
  hosts[new URL(SANDBOX_TRUE_API).origin] = world.emulator.url;
});

test.afterAll(async () => {
  await world?.close();
});

function manualClock(app: TestApp): ManualClock {
  if (!app.clock) throw new Error('manualTimers gives the app a manual clock');
  return app.clock;
}

/** Moves the app's clock (its due timers fire) and the page's Date together, as real time moves both. */
async function advance(app: TestApp, ms: number): Promise<void> {
  const clock = manualClock(app);
  clock.advance(ms);
  await app.page.clock.setFixedTime(clock.now());
}

/** The one token of the vault, as the core keeps it (its view: no secret). */
function storedToken(app: TestApp): TokenView {
  const tokens = app.core.vault.snapshot().organisations.flatMap((organisation) => organisation.tokens);
  expect(tokens).toHaveLength(1);
  return tokens[0] as TokenView;
}

/**
 * Counts the vault's changes from now on. Every automatic refresh attempt ends with one
 * (its success or failure mark), a successful one with one more (the new token), so a
 * test can wait for an attempt to be over, not only for its request to reach the stand.
 */
function vaultChanges(app: TestApp): () => number {
  let count = 0;
  app.core.on('vaultChanged', () => {
    count += 1;
  });
  return () => count;
}

/** An instant as the app prints it in the browser's zone: «dd.MM.yyyy, HH:mm». */
function shown(iso: string): string {
  const { date, time } = dateTimeIn(new Date(iso), USER_ZONE);
  return `${date}, ${time}`;
}

/** The dashboard, mounted afresh so that its «now» is the pinned one. */
async function openDashboard(app: TestApp): Promise<void> {
  await goToSettings(app.page);
  await goToDashboard(app.page);
}

/** Opens the token's details from its dashboard row. */
async function openDetails(app: TestApp): Promise<void> {
  await openDashboard(app);
  await tokenRow(app.page, LABEL).getByRole('button', { name: ui.common.details }).click();
  await expect(app.page.getByRole('heading', { level: 1, name: LABEL })).toBeVisible();
}

/** «Скопировать» in the dashboard row; answers what the app put on the clipboard. */
async function copyFromRow(app: TestApp): Promise<string> {
  await openDashboard(app);
  const before = app.clipboard.writes.length;
  await tokenRow(app.page, LABEL).getByRole('button', { name: ui.common.copy }).click();
  await expect.poll(() => app.clipboard.writes.length).toBe(before + 1);
  return app.clipboard.writes[before] ?? '';
}

/** What a user does: «Получить токен» → the organisation → Честный знак → the crpt screen, automatic refresh ticked → «Получить токен». */
async function obtainWithAutoRefresh(app: TestApp): Promise<{ token: TokenView; secret: string }> {
  const { page } = app;
  const { emulator, pki } = world;
  const issuedBefore = emulator.signIns.length;
  await page.clock.setFixedTime(manualClock(app).now());
  await page.getByRole('button', { name: ui.dashboard.getToken }).click();
  await page.getByRole('group', { name: ui.newToken.organisationLegend }).getByRole('textbox', { name: ui.organisationForm.name, exact: true }).fill(ORGANISATION);
  await page.getByRole('radio', { name: kindSpec('crpt').title.ru }).check();
  await page.getByRole('button', { name: ui.newToken.start }).click();
  await expect(page.getByRole('heading', { level: 1, name: texts.title })).toBeVisible();
  await page.getByRole('textbox', { name: texts.label }).fill(LABEL);
  // Automatic refresh is only for the official stands: the sandbox's name resolves to the emulator here.
  await page.getByRole('radio', { name: texts.standSandbox }).check();
  await page.getByRole('textbox', { name: texts.omsConnection }).fill(emulator.connection);
  app.signerPicker.files.push(pki.user.cert, pki.user.key);
  await page.getByRole('button', { name: texts.chooseCertificate }).click();
  await expect(page.getByRole('textbox', { name: texts.certPath })).toHaveValue(pki.user.cert);
  await page.getByRole('button', { name: texts.chooseKey }).click();
  await expect(page.getByRole('textbox', { name: texts.keyPath })).toHaveValue(pki.user.key);
  const autoRefresh = page.getByRole('checkbox', { name: texts.autoRefresh });
  await expect(autoRefresh).not.toBeChecked(); // off unless the user asks: a new token kills the one in use
  await autoRefresh.check();
  await page.getByRole('button', { name: texts.obtain }).click();
  await expect(page.getByRole('heading', { level: 1, name: LABEL })).toBeVisible();
  await expect(page.getByTestId('status-message')).toHaveText(texts.saved);

  const token = storedToken(app);
  expect(token.settings.autoRefresh).toBe('on');
  expect(token.expiresAt).toBe(new Date(manualClock(app).now().getTime() + LIFETIME).toISOString());
  expect(emulator.signIns.slice(issuedBefore)).toEqual([{ omsConnection: emulator.connection, purpose: 'suz', status: 200, reason: 'token issued' }]);
  const secret = await copyFromRow(app);
  expect(emulator.tokenStatus(secret)).toBe('live');
  return { token, secret };
}

/** The stand goes down, the automatic refresh shortly before the end fails, then the token ends: its reminder is shown. */
async function failUntilExpired(app: TestApp): Promise<void> {
  const changes = vaultChanges(app);
  world.emulator.inject('sign-in', STAND_DOWN, 10);
  await advance(app, SHORTLY_BEFORE_END);
  await expect.poll(changes).toBe(1);
  expect(storedToken(app).settings.autoRefreshFailed).toBe('true');
  const before = app.notifier.shown.length;
  // The retry comes after the end: it fails too, and the end's reminder is shown.
  await advance(app, RETRY_AFTER_FAILURE_MS);
  await expect.poll(changes).toBe(2);
  await expect.poll(() => app.notifier.shown.length).toBe(before + 1);
}

test.describe('Честный знак automatic refresh', () => {
  test.use({ manualTimers: true, resolveHosts: hosts });

  test.beforeEach(() => {
    world.emulator.clearFaults();
  });

  test('the app renews the token by itself before it ends; when the stand fails, the saved token stays, the user is reminded and renews by hand', async ({ app }) => {
    const { page, notifier } = app;
    const clock = manualClock(app);
    const { emulator } = world;
    const issuedBefore = emulator.signIns.length;
    const { token: created, secret: first } = await obtainWithAutoRefresh(app);
    const firstExpiry = created.expiresAt ?? '';

    // Shortly before the end the app signs a new request by itself and saves the new token.
    const changes = vaultChanges(app);
    await advance(app, SHORTLY_BEFORE_END);
    await expect.poll(changes).toBe(2); // the new token, then the success mark
    expect(emulator.signIns.length - issuedBefore).toBe(2);
    expect(emulator.signIns.at(-1)).toEqual({ omsConnection: emulator.connection, purpose: 'suz', status: 200, reason: 'token issued' });
    expect(storedToken(app).history).toHaveLength(1);
    const secondExpiry = new Date(clock.now().getTime() + LIFETIME).toISOString();
    const renewed = storedToken(app);
    expect(renewed.id).toBe(created.id);
    expect(renewed.expiresAt).toBe(secondExpiry);
    expect(renewed.settings.autoRefresh).toBe('on');
    expect(renewed.settings.autoRefreshFailed).not.toBe('true');
    expect(emulator.tokenStatus(first)).toBe('replaced');
    // A token that refreshes itself needs no reminder, but the token pasted elsewhere is dead now:
    // one notice says where the new one goes (issue 10, point 18), without the token.
    await expect.poll(() => notifier.shown.length).toBe(1);
    const refreshedNotice = notifier.shown[0];
    expect(refreshedNotice?.title).toBe(message('crpt_refreshed_title', 'ru'));
    expect(refreshedNotice?.body).toContain(`${ORGANISATION} · ${LABEL}`);
    expect(refreshedNotice?.body).toContain('Программа маркировки (АСУ ТП) — поле «clientToken» / «Токен СУЗ»');
    expect(refreshedNotice?.body).toContain('СУЗ (API) — HTTP-заголовок clientToken');
    expect(JSON.stringify(notifier.shown)).not.toContain(first);
    // One click copies the new token and opens its record.
    const copiesBefore = app.clipboard.writes.length;
    refreshedNotice?.click();
    await expect(page.getByRole('heading', { level: 1, name: LABEL })).toBeVisible();
    await expect.poll(() => app.clipboard.writes.length).toBe(copiesBefore + 1);
    const fromNotice = app.clipboard.writes[copiesBefore] ?? '';
    expect(JSON.stringify(notifier.shown.map(({ title, body }) => ({ title, body })))).not.toContain(fromNotice);
    expect(fromNotice).toBe(await app.core.vault.revealSecret(created.id));

    // The dashboard shows the new end; «Скопировать» gives the new token, which СУЗ accepts.
    await openDashboard(app);
    await expect(tokenRow(page, LABEL)).toContainText(shown(secondExpiry));
    await expect(tokenRow(page, LABEL)).toContainText('осталось 10 часов');
    const second = await copyFromRow(app);
    expect(second).not.toBe(first);
    expect(emulator.tokenStatus(second)).toBe('live');
    expect(await ping(emulator, second)).toBe(200);
    expect(await ping(emulator, first)).toBe(401);

    // The details: the new end, and the old token in the history with its own end.
    await openDetails(app);
    await expect(page.getByRole('region', { name: ui.details.factsHeading })).toContainText(shown(secondExpiry));
    const history = page.getByRole('table', { name: ui.history.heading });
    await expect(history.getByRole('row')).toHaveCount(2); // the header and one replaced token
    await expect(history.getByRole('row').filter({ hasText: first.slice(-4) })).toContainText(shown(firstExpiry));
    await saveScreenshot(page, 'crpt-auto-refreshed-details');

    // The stand goes down; shortly before the new end the refresh fails.
    const attemptsBefore = emulator.counts['sign-in'];
    const failures = vaultChanges(app);
    emulator.inject('sign-in', STAND_DOWN, 10);
    await advance(app, SHORTLY_BEFORE_END);
    await expect.poll(failures).toBe(1);
    expect(storedToken(app).settings.autoRefreshFailed).toBe('true');
    expect(emulator.counts['sign-in'] - attemptsBefore).toBe(1);
    // The saved token survives: same secret, same end, still live at СУЗ, history untouched.
    const afterFailure = storedToken(app);
    expect(afterFailure.expiresAt).toBe(secondExpiry);
    expect(afterFailure.history).toHaveLength(1);
    expect(afterFailure.settings.autoRefresh).toBe('on');
    expect(await app.core.vault.revealSecret(afterFailure.id)).toBe(second);
    expect(emulator.tokenStatus(second)).toBe('live');
    // The user is told at once, since the «2 hours before» reminder is already past: why, and until when the token lives.
    await expect.poll(() => notifier.shown.length).toBe(2);
    const failedNotice = notifier.shown[1];
    expect(failedNotice?.title).toBe(message('crpt_auto_refresh_failed_title', 'ru'));
    expect(failedNotice?.body).toContain(ORGANISATION);
    expect(failedNotice?.body).toContain(LABEL);
    expect(failedNotice?.body).toMatch(/Нажмите, чтобы получить новый вручную\.$/);
    // Now it needs a person: the tray, the dashboard and the details page say so.
    const tray = app.core.trayModel();
    expect(tray.worst).toBe('soon');
    expect(tray.items).toEqual([expect.objectContaining({ tokenId: afterFailure.id, needsAttention: true })]);
    await openDashboard(app);
    await expect(tokenRow(page, LABEL)).toContainText(URGENCY_LABEL.soon.ru);
    await expect(tokenRow(page, LABEL)).toContainText('осталось 14 минут');
    await openDetails(app);
    await expect(page.getByTestId('crpt-auto-refresh-failed')).toBeVisible();
    await expect(page.getByRole('checkbox', { name: texts.autoRefresh })).toBeChecked();
    await saveScreenshot(page, 'crpt-auto-refresh-failed-details');

    // The token ends: a Russian reminder, with whose token it is and no secret. The
    // retry, due after the end, fails as well.
    await advance(app, RETRY_AFTER_FAILURE_MS);
    await expect.poll(failures).toBe(2);
    expect(emulator.counts['sign-in'] - attemptsBefore).toBe(2);
    await expect.poll(() => notifier.shown.length).toBe(3);
    const reminder = notifier.shown[2];
    expect(reminder?.title).toBe('Токен Честного знака истёк');
    expect(reminder?.body).toContain(ORGANISATION);
    expect(reminder?.body).toContain(LABEL);
    expect(reminder?.body).toMatch(/Нажмите, чтобы обновить\.$/);
    const everything = JSON.stringify(notifier.shown);
    for (const secret of [first, second]) {
      expect(everything).not.toContain(secret);
      expect(everything).not.toContain(secret.slice(-4));
    }
    await openDashboard(app);
    await expect(tokenRow(page, LABEL)).toContainText(URGENCY_LABEL.expired.ru);
    await saveScreenshot(page, 'crpt-auto-refresh-failed-dashboard');

    // An ended token is not retried on a timer: two more hours, no more requests, no more reminders.
    await advance(app, 2 * HOUR);
    await page.waitForTimeout(200);
    expect(emulator.counts['sign-in'] - attemptsBefore).toBe(2);
    expect(failures()).toBe(2);
    expect(notifier.shown).toHaveLength(3);
    expect(await app.core.vault.revealSecret(afterFailure.id)).toBe(second);
    expect(storedToken(app).history).toHaveLength(1);

    // The stand is back; the user renews by hand on the details page: the mark goes, automatic refresh stays on.
    emulator.clearFaults();
    await openDetails(app);
    await page.getByRole('button', { name: texts.refresh }).click();
    await expect(page.getByTestId('status-message')).toHaveText(texts.refreshed);
    const byHand = storedToken(app);
    expect(byHand.settings.autoRefresh).toBe('on');
    expect(byHand.settings.autoRefreshFailed).not.toBe('true');
    expect(byHand.history).toHaveLength(2);
    expect(byHand.expiresAt).toBe(new Date(clock.now().getTime() + LIFETIME).toISOString());
    expect(emulator.tokenStatus(second)).toBe('replaced');
    const third = await copyFromRow(app);
    expect(await ping(emulator, third)).toBe(200);
  });

  test('after a failure at the end and a renewal by hand, automatic refresh works again', async ({ app }) => {
    const { page } = app;
    const { emulator } = world;
    await obtainWithAutoRefresh(app);
    await failUntilExpired(app);

    emulator.clearFaults();
    await openDetails(app);
    await page.getByRole('button', { name: texts.refresh }).click();
    await expect(page.getByTestId('status-message')).toHaveText(texts.refreshed);
    expect(storedToken(app).history).toHaveLength(1);
    expect(storedToken(app).settings.autoRefresh).toBe('on');

    // Shortly before the end of the token got by hand, the app should renew it by itself.
    await advance(app, SHORTLY_BEFORE_END);
    await expect.poll(() => storedToken(app).history.length, { timeout: 3_000 }).toBe(2);
  });

  test('switched off on the details page, the app leaves the token alone and reminds two hours before the end', async ({ app }) => {
    const { page, notifier } = app;
    const { emulator } = world;
    await obtainWithAutoRefresh(app);
    await openDetails(app);
    const toggle = page.getByRole('checkbox', { name: texts.autoRefresh });
    await expect(toggle).toBeChecked();
    // A click, not uncheck(): the box follows the vault, which answers a moment later.
    await toggle.click();
    await expect(toggle).not.toBeChecked();
    await expect(page.getByTestId('status-message')).toHaveText(texts.autoRefreshOff);
    expect(storedToken(app).settings.autoRefresh).toBe('off');
    // Its reminders are typed in hours, not in fractions of a day.
    await expect(page.getByRole('textbox', { name: ui.reminders.thresholdsLabelHours })).toHaveValue('2');
    const signIns = emulator.counts['sign-in'];

    await advance(app, LIFETIME - 2 * HOUR);
    await expect.poll(() => notifier.shown.length).toBe(1);
    expect(notifier.shown[0]?.title).toMatch(/^Токен Честного знака истекает через 2 часа/);
    await advance(app, 2 * HOUR - 14 * MINUTE);
    await page.waitForTimeout(200);
    expect(emulator.counts['sign-in']).toBe(signIns);

    // On again: the next moment is at once (the token is within its last 15 minutes), and a new token comes.
    await openDetails(app);
    await page.getByRole('checkbox', { name: texts.autoRefresh }).click();
    await expect(page.getByRole('checkbox', { name: texts.autoRefresh })).toBeChecked();
    await expect(page.getByTestId('status-message')).toHaveText(texts.autoRefreshOn);
    await advance(app, 1_000); // the manual clock runs the refresher's immediate timer when time moves
    await expect.poll(() => emulator.counts['sign-in']).toBe(signIns + 1);
    await expect.poll(() => storedToken(app).history.length).toBe(1);
  });

  test('the tray does not ask for attention for a token that refreshes itself', async ({ app }) => {
    await obtainWithAutoRefresh(app);
    // An hour before the end: inside Честный знак's «soon» (2 hours), before the automatic refresh.
    await advance(app, LIFETIME - HOUR);
    expect(app.notifier.shown).toEqual([]); // the reminders know it refreshes itself
    const tray = app.core.trayModel();
    expect(tray.items).toEqual([expect.objectContaining({ text: expect.stringContaining('обновляется автоматически'), needsAttention: false })]);
    expect(tray.worst).toBe('ok');
  });

  test('a click on the reminder of an ended Честный знак token leads to getting a new one', async ({ app }) => {
    const { page, notifier } = app;
    await obtainWithAutoRefresh(app);
    await failUntilExpired(app);
    world.emulator.clearFaults();
    notifier.shown.at(-1)?.click();
    await expect(page.getByRole('button', { name: new RegExp(`^(${texts.refresh}|${texts.obtain})$`) })).toBeVisible({ timeout: 3_000 });
  });
});
