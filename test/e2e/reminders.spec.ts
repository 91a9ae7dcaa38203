import ICAL from 'ical.js';
import { URGENCY_LABEL } from '../../shared/model/urgency';
import { expect, test } from './harness/fixtures';
import type { TestApp } from './harness/fixtures';
import { seedToken } from './harness/seed';
import { currentStepId, fill, goToSettings, newPortalToken, saveScreenshot, tokenRow, ui } from './harness/user';

const DAY = 86_400_000;
const LABEL = 'Таможня, склад №2';

/** A TPSClient token of ООО «Клевер» that expires `days` after the app's (manual) clock. */
async function seedTpsclient(app: TestApp, days: number): Promise<{ secret: string; expiresAt: Date }> {
  if (!app.clock) throw new Error('manualTimers gives the app a manual clock');
  const secret = newPortalToken();
  const expiresAt = new Date(app.clock.now().getTime() + days * DAY);
  await seedToken(app, {
    organisation: 'ООО «Клевер»',
    kind: 'tpsclient',
    label: LABEL,
    systemName: 'TPSClient',
    techEmail: 'it@klever.by',
    secret,
    expiresAt: expiresAt.toISOString(),
  });
  return { secret, expiresAt };
}

test.describe('reminders', () => {
  test.use({ manualTimers: true });

  test('a token expiring in 4 days is «soon» on the dashboard and in the tray, warns exactly at 3 and 1 days, and a click opens its renewal', async ({ app }) => {
    const { page, clock, notifier } = app;
    if (!clock) throw new Error('manualTimers gives the app a manual clock');
    const { secret } = await seedTpsclient(app, 4);

    await expect(tokenRow(page, LABEL)).toContainText(URGENCY_LABEL.soon.ru);
    const tray = app.core.trayModel();
    expect(tray.worst).toBe('soon');
    expect(tray.tooltip).toMatch(/1 токен/);
    expect(tray.items.map((item) => item.text)).toEqual([expect.stringContaining('ООО «Клевер»')]);
    // Thresholds already behind the token when it was saved (14, 10, 5 days) are not announced.
    expect(notifier.shown).toEqual([]);

    clock.advance(1 * DAY + 60_000);
    await expect.poll(() => notifier.shown.length).toBe(1);
    expect(notifier.shown[0]?.title).toMatch(/3 дня/);
    expect(notifier.shown[0]?.body).toContain('ООО «Клевер»');

    clock.advance(2 * DAY);
    await expect.poll(() => notifier.shown.length).toBe(2);
    expect(notifier.shown[1]?.title).toMatch(/1 день|завтра/);
    expect(JSON.stringify(notifier.shown)).not.toContain(secret);

    notifier.shown[1]?.click();
    await expect(page.getByTestId('wizard')).toBeVisible();
    expect(await currentStepId(page)).toBe('show-token');
    await saveScreenshot(page, 'reminder-click-opens-renewal');
  });

  test('the calendar export from Settings holds one event per upcoming reminder, at the right instants, and no token', async ({ app }) => {
    const { page, clock, fileSaver } = app;
    if (!clock) throw new Error('manualTimers gives the app a manual clock');
    const { secret, expiresAt } = await seedTpsclient(app, 30);

    await goToSettings(page);
    await page.getByRole('button', { name: ui.settings.calendarExport }).click();
    await expect(page.getByTestId('status-message')).toHaveText(fill(ui.settings.calendarSaved_many, { count: 7 }));
    const content = fileSaver.saved[0]?.content ?? '';
    expect(content).not.toContain(secret);
    const events = new ICAL.Component(ICAL.parse(content)).getAllSubcomponents('vevent').map((event) => new ICAL.Event(event));
    const minute = (ms: number) => Math.floor(ms / 60_000) * 60_000;
    expect(events.map((event) => event.startDate.toJSDate().getTime())).toEqual([14, 10, 5, 3, 1, 0, -1].map((days) => minute(expiresAt.getTime() - days * DAY)));
    for (const event of events) expect(event.summary).toMatch(/ООО «Клевер».*TPSClient/);
  });

  test('snoozing a token’s reminders for 3 days on its details page keeps it quiet until then', async ({ app }) => {
    const { page, clock, notifier } = app;
    if (!clock) throw new Error('manualTimers gives the app a manual clock');
    await seedTpsclient(app, 4);
    await tokenRow(page, LABEL).getByRole('button', { name: ui.common.details }).click();
    await page.getByRole('button', { name: ui.reminders.snooze3 }).click();
    await expect(page.getByTestId('status-message')).toHaveText(ui.reminders.snoozed);
    await saveScreenshot(page, 'details-reminders-snoozed');

    clock.advance(1 * DAY + 60_000);
    await page.waitForTimeout(100);
    expect(notifier.shown).toEqual([]);
    clock.advance(2 * DAY);
    await expect.poll(() => notifier.shown.length).toBe(1);
  });
});
