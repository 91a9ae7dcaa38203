import { afterEach, describe, expect, it } from 'vitest';
import { startTestCore } from '../../support/test-core';
import type { TestCore } from '../../support/test-core';
import { call, failure, saveTokenOfNewOrganisation } from '../../support/router-calls';
import { subjectsFromSnapshot } from '../../../shared/reminders/subject';
import { message } from '../../../shared/texts/messages';

const DAY = 86_400_000;
const flush = () => new Promise((resolve) => setImmediate(resolve));
const SECRET = 'b1c2d3e4-1d26-3af1-a2b8-e34759278719';

async function tpsclientToken(t: TestCore, organisation: string, daysLeft: number, secret = SECRET): Promise<string> {
  return saveTokenOfNewOrganisation(
    t,
    { name: organisation, taxId: '' },
    {
      kind: 'tpsclient',
      label: '',
      systemName: 'TPSClient',
      techEmail: 'it@company.by',
      secret,
      expiresAt: new Date(t.clock.now().getTime() + daysLeft * DAY).toISOString(),
      notes: '',
    },
  );
}

describe('reminder defaults per kind (Settings)', () => {
  let t: TestCore | undefined;
  afterEach(async () => {
    await t?.core.dispose();
    t?.cleanup();
    t = undefined;
  });

  it('a TPSClient token without its own reminders is reminded at the kind default the user chose (30 days), one with its own keeps them', async () => {
    t = await startTestCore();
    await t.core.startReminders();
    await tpsclientToken(t, 'ООО «Ромашка»', 40);
    const own = await tpsclientToken(t, 'ООО «Лютик»', 40, 'c2d3e4f5-1d26-3af1-a2b8-e34759278719');
    await call(t, 'updateReminders', { subjectId: own, thresholdsDays: [7] });
    await call(t, 'updateSettings', { reminderDefaults: { tpsclient: [30] } });

    // 30 days before expiry: the app's own list starts at 14, so only the default makes this one.
    t.clock.advance(10 * DAY + 60_000);
    await flush();
    expect(t.notifier.shown.map((shown) => shown.title)).toEqual([expect.stringMatching(/30 дней/)]);
    expect(t.notifier.shown[0]?.body).toContain('ООО «Ромашка»');

    // Kept across a restart, and in the calendar too (the same subjects).
    await t.core.dispose();
    const reopened = await t.reopen();
    t.cleanup = reopened.cleanup;
    t = reopened;
    expect(t.core.vault.snapshot().settings.reminderDefaults).toEqual({ tpsclient: [30] });
  });

  it('without defaults the app keeps its own list; a certificate or an СМДО key is not affected by a kind default', () => {
    const snapshot = {
      organisations: [
        {
          id: 'o',
          name: 'ООО «Ромашка»',
          taxId: '',
          tokens: [
            {
              id: 'a',
              organisationId: 'o',
              kind: 'crpt' as const,
              label: '',
              systemName: '',
              techEmail: '',
              hint: '',
              expiresAt: '2027-01-01T00:00:00.000Z',
              obtainedAt: '2026-01-01T00:00:00.000Z',
              notes: '',
              history: [],
              settings: {},
              certificateExpiresAt: '2027-06-01T00:00:00.000Z',
              smdoKeySetAt: null,
            },
            {
              id: 'b',
              organisationId: 'o',
              kind: 'oais' as const,
              label: '',
              systemName: '',
              techEmail: '',
              hint: '',
              expiresAt: '2027-01-01T00:00:00.000Z',
              obtainedAt: '2026-01-01T00:00:00.000Z',
              notes: '',
              history: [],
              settings: {},
              certificateExpiresAt: null,
              smdoKeySetAt: null,
            },
          ],
        },
      ],
    };
    const subjects = subjectsFromSnapshot(snapshot as never, { settings: { b: { enabled: false } }, kindDefaults: { crpt: [4 / 24], oais: [21] } });
    const byId = Object.fromEntries(subjects.map((subject) => [subject.id, subject.settings]));
    expect(byId.a).toEqual({ thresholdsDays: [4 / 24] });
    expect(byId['a:certificate']).toBeUndefined();
    // The token's own choice (switched off) is kept, with the kind's days beneath it.
    expect(byId.b).toEqual({ enabled: false, thresholdsDays: [21] });
    expect(subjectsFromSnapshot(snapshot as never, {}).every((subject) => subject.settings === undefined)).toBe(true);
  });

  it('the core refuses defaults for СМДО and values out of range; nothing is stored', async () => {
    t = await startTestCore();
    const smdo = await failure(t, 'updateSettings', { reminderDefaults: { smdo: [3] } });
    expect(smdo).toMatchObject({ code: 'invalid_field', field: 'reminderDefaults', message: message('reminder_defaults_kind', 'ru') });
    expect((await failure(t, 'updateSettings', { reminderDefaults: { oais: [-1] } })).code).toBe('invalid_payload');
    expect((await failure(t, 'updateSettings', { reminderDefaults: { oais: Array.from({ length: 13 }, (_, index) => index + 1) } })).code).toBe('invalid_payload');
    expect((await failure(t, 'updateSettings', { reminderDefaults: { unknown: [3] } as never })).code).toBe('invalid_payload');
    expect(t.core.vault.snapshot().settings.reminderDefaults).toBeUndefined();
  });

  it('«Проверить уведомление» shows one real notification through the notifier port, without any token in it', async () => {
    t = await startTestCore();
    await tpsclientToken(t, 'ООО «Ромашка»', 40);
    expect(await call(t, 'testNotification', {})).toEqual({ shown: true });
    expect(t.notifier.shown).toHaveLength(1);
    expect(t.notifier.shown[0]).toMatchObject({ title: message('test_notification_title', 'ru'), body: message('test_notification_body', 'ru') });
    expect(JSON.stringify(t.notifier.shown)).not.toContain(SECRET);
  });
});
