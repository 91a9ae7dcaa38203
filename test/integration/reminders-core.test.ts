import { afterEach, describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { startTestCore } from '../support/test-core';
import type { TestCore } from '../support/test-core';

const DAY = 86_400_000;
const SECRET = 'a085d755-1d26-3af1-a2b8-e34759278719';
const flush = () => new Promise((resolve) => setImmediate(resolve));

async function coreWithToken(daysLeft: number): Promise<{ t: TestCore; tokenId: string }> {
  const t = await startTestCore();
  // As in the app: the scheduler runs from start-up, and the user adds the token afterwards.
  await t.core.startReminders();
  const org = await t.core.router.handle('saveOrganisation', { name: 'ООО «Ромашка»', taxId: '' });
  const orgId = org.ok ? (org.value as { id: string }).id : '';
  const saved = await t.core.router.handle('saveToken', {
    organisationId: orgId,
    kind: 'tpsclient',
    label: '',
    systemName: 'TPSClient',
    techEmail: 'it@company.by',
    secret: SECRET,
    expiresAt: new Date(t.clock.now().getTime() + daysLeft * DAY).toISOString(),
    notes: '',
  });
  if (!saved.ok) throw new Error(saved.error.message);
  return { t, tokenId: (saved.value as { id: string }).id };
}

describe('reminders from the running core', () => {
  let t: TestCore | undefined;
  afterEach(() => t?.cleanup());

  it('warns once at 3 days and once at 1 day before a TPSClient token expiring in 4 days, and a click opens its renewal', async () => {
    const made = await coreWithToken(4);
    t = made.t;
    expect(t.notifier.shown).toEqual([]);
    expect(t.core.trayModel().worst).toBe('soon');

    t.clock.advance(1 * DAY + 60_000);
    await flush();
    expect(t.notifier.shown.map((n) => n.title)).toEqual([expect.stringMatching(/3 дня/)]);
    expect(t.notifier.shown[0]?.body).toContain('ООО «Ромашка»');
    expect(JSON.stringify(t.notifier.shown)).not.toContain(SECRET);

    const opened: unknown[] = [];
    t.core.on('openToken', (payload) => opened.push(payload));
    t.notifier.shown[0]?.click();
    expect(opened).toEqual([{ tokenId: made.tokenId, renew: true }]);

    t.clock.advance(2 * DAY);
    await flush();
    expect(t.notifier.shown).toHaveLength(2);
    expect(t.notifier.shown[1]?.title).toMatch(/1 день|завтра/);
  });

  it('does not repeat a reminder after a restart', async () => {
    const made = await coreWithToken(4);
    t = made.t;
    t.clock.advance(1 * DAY + 60_000);
    await flush();
    expect(t.notifier.shown).toHaveLength(1);
    await t.core.dispose();
    const restarted = await t.reopen();
    await restarted.core.startReminders();
    await flush();
    expect(restarted.notifier.shown).toEqual([]);
    await restarted.core.dispose();
  });

  it('exports the upcoming reminders as an iCalendar file without the secret', async () => {
    const made = await coreWithToken(30);
    t = made.t;
    const result = await t.core.router.handle('exportCalendar', {});
    expect(result).toEqual({ ok: true, value: { saved: true, events: 7 } });
    const content = t.fileSaver.saved[0]?.content ?? '';
    expect(content).not.toContain(SECRET);
    const events = new ICAL.Component(ICAL.parse(content)).getAllSubcomponents('vevent').map((event) => new ICAL.Event(event));
    const expiry = Date.parse('2026-12-22T09:00:00Z');
    expect(events.map((event) => event.startDate.toJSDate().getTime())).toEqual([14, 10, 5, 3, 1, 0, -1].map((days) => Math.floor((expiry - days * DAY) / 60_000) * 60_000));
  });

  it('lets the user snooze a token’s reminders for 3 days', async () => {
    const made = await coreWithToken(4);
    t = made.t;
    const snoozed = await t.core.router.handle('snoozeReminders', { subjectId: made.tokenId, days: 3 });
    expect(snoozed.ok).toBe(true);
    t.clock.advance(1 * DAY + 60_000);
    await flush();
    expect(t.notifier.shown).toEqual([]);
    t.clock.advance(2 * DAY);
    await flush();
    expect(t.notifier.shown).toHaveLength(1);
  });
});

describe('reminders of a Честный знак token, counted in hours', () => {
  it('keeps custom hours (fractions of a day) across a restart and reminds at them', async () => {
    const t = await startTestCore();
    try {
      await t.core.startReminders();
      const org = await t.core.router.handle('saveOrganisation', { name: 'ООО «Ромашка»', taxId: '' });
      if (!org.ok) throw new Error(org.error.message);
      const saved = await t.core.router.handle('saveToken', {
        organisationId: (org.value as { id: string }).id,
        kind: 'crpt',
        label: 'СУЗ',
        systemName: '',
        techEmail: '',
        secret: 'c0ffee00-1234-4abc-9def-0123456789ab',
        expiresAt: new Date(t.clock.now().getTime() + 10 * 3_600_000).toISOString(),
        notes: '',
      });
      if (!saved.ok) throw new Error(saved.error.message);
      const tokenId = (saved.value as { id: string }).id;
      const updated = await t.core.router.handle('updateReminders', { subjectId: tokenId, enabled: true, thresholdsDays: [3 / 24, 1 / 24] });
      expect(updated.ok).toBe(true);

      // The vault with fractions opens again as it was (no «damaged file» recovery).
      await t.core.dispose();
      const again = await t.reopen();
      expect(again.core.vault.snapshot().reminders[tokenId]?.thresholdsDays).toEqual([3 / 24, 1 / 24]);
      expect(again.core.vault.snapshot().notices).toEqual([]);
      await again.core.startReminders();
      again.clock.advance(7 * 3_600_000 + 60_000);
      await flush();
      expect(again.notifier.shown.map((n) => n.title)).toEqual([expect.stringMatching(/3 часа/)]);
      again.clock.advance(2 * 3_600_000);
      await flush();
      expect(again.notifier.shown.map((n) => n.title)).toEqual([expect.stringMatching(/3 часа/), expect.stringMatching(/1 час/)]);
      await again.core.dispose();
    } finally {
      t.cleanup();
    }
  });
});
