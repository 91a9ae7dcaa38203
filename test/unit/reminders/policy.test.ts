import { describe, expect, it } from 'vitest';
import { defaultThresholds, describeReminder, reminderMomentsFor, ruleFor, type ReminderMoment } from '../../../shared/reminders/policy';
import type { ReminderSubject } from '../../../shared/reminders/subject';
import { smdoKeyRotationDueAt } from '../../../shared/kinds/smdo';

const DAY = 86_400_000;
const HOUR = 3_600_000;
// 15.01.2027 11:00 in Minsk
const due = new Date('2027-01-15T08:00:00.000Z');
const dueMs = due.getTime();
const at = (offsetMs: number) => new Date(dueMs + offsetMs);

function subject(overrides: Partial<ReminderSubject> = {}): ReminderSubject {
  return { id: 't1', tokenId: 't1', what: 'token', kind: 'tpsclient', organisationName: 'ООО «Ромашка»', label: '', dueAt: due.toISOString(), ...overrides };
}

/** [type, offset from dueAt in hours] of each moment, for readable expectations. */
const shape = (moments: ReminderMoment[]) => moments.map((m) => [m.threshold.type, (Date.parse(m.at) - dueMs) / HOUR]);

describe('reminder moments per kind', () => {
  it.each(['oais', 'tpsclient', 'eis'] as const)('%s: 14, 10, 5, 3, 1 days before, at expiry, then daily', (kind) => {
    const moments = reminderMomentsFor(subject({ kind }), at(-30 * DAY), at(3.5 * DAY));
    expect(shape(moments)).toEqual([
      ['before', -14 * 24],
      ['before', -10 * 24],
      ['before', -5 * 24],
      ['before', -3 * 24],
      ['before', -24],
      ['on-expiry', 0],
      ['expired-daily', 24],
      ['expired-daily', 48],
      ['expired-daily', 72],
    ]);
    expect(moments.map((m) => m.threshold.days)).toEqual([14, 10, 5, 3, 1, 0, 1, 2, 3]);
  });

  it('makes the endless daily reminders only inside the window', () => {
    const moments = reminderMomentsFor(subject(), at(300 * DAY - HOUR), at(302 * DAY));
    expect(shape(moments)).toEqual([
      ['expired-daily', 300 * 24],
      ['expired-daily', 301 * 24],
      ['expired-daily', 302 * 24],
    ]);
  });

  it('includes both ends of the window', () => {
    expect(reminderMomentsFor(subject(), at(-5 * DAY), at(-5 * DAY))).toHaveLength(1);
    expect(reminderMomentsFor(subject(), at(-5 * DAY + 1), at(-3 * DAY - 1))).toHaveLength(0);
  });

  it('reminds to rotate the СМДО key 75, 82 and 89 days after it was set, and then stops', () => {
    const key = subject({ id: 't1:smdo-key', what: 'smdo-key', kind: 'smdo' });
    expect(shape(reminderMomentsFor(key, at(0), at(400 * DAY)))).toEqual([
      ['after-set', 75 * 24],
      ['after-set', 82 * 24],
      ['after-set', 89 * 24],
    ]);
  });

  it.each(['2026-02-01T09:00:00Z', '2026-11-30T09:00:00Z', '2027-12-31T09:00:00Z', '2028-01-31T09:00:00Z', '2026-05-31T09:00:00Z'])(
    'every СМДО key reminder comes before the rotation date the app shows (key set %s)',
    (setAt) => {
      const key = subject({ id: 't1:smdo-key', what: 'smdo-key', kind: 'smdo', dueAt: setAt });
      const rotationDue = smdoKeyRotationDueAt(new Date(setAt)).getTime();
      const moments = reminderMomentsFor(key, new Date(setAt), new Date(Date.parse(setAt) + 400 * DAY));
      expect(moments).toHaveLength(3);
      for (const moment of moments) expect(Date.parse(moment.at)).toBeLessThanOrEqual(rotationDue);
    },
  );

  it('reminds about a signing certificate 30, 14, 7 and 1 days before and at expiry, not daily', () => {
    const certificate = subject({ id: 't1:certificate', what: 'certificate', kind: 'crpt' });
    expect(shape(reminderMomentsFor(certificate, at(-60 * DAY), at(30 * DAY)))).toEqual([
      ['before', -30 * 24],
      ['before', -14 * 24],
      ['before', -7 * 24],
      ['before', -24],
      ['on-expiry', 0],
    ]);
  });

  it('keeps quiet about a Честный знак token while automatic refresh works', () => {
    const crpt = (autoRefresh?: { enabled: boolean; failed: boolean }) => reminderMomentsFor(subject({ kind: 'crpt', autoRefresh }), at(-DAY), at(DAY));
    expect(crpt({ enabled: true, failed: false })).toEqual([]);
    const expected = [
      ['before', -2],
      ['on-expiry', 0],
    ];
    expect(shape(crpt({ enabled: true, failed: true }))).toEqual(expected);
    expect(shape(crpt({ enabled: false, failed: false }))).toEqual(expected);
    expect(shape(crpt(undefined))).toEqual(expected);
  });

  it('a certificate is reminded about even when the token refreshes itself: the refresh needs it', () => {
    const certificate = subject({ id: 't1:certificate', what: 'certificate', kind: 'crpt', autoRefresh: { enabled: true, failed: false } });
    expect(reminderMomentsFor(certificate, at(-DAY), at(DAY)).length).toBe(2);
  });

  it('an hour-lived СМДО token is reminded about only at expiry, and only when not refreshed automatically', () => {
    expect(shape(reminderMomentsFor(subject({ kind: 'smdo' }), at(-DAY), at(DAY)))).toEqual([['on-expiry', 0]]);
    expect(reminderMomentsFor(subject({ kind: 'smdo', autoRefresh: { enabled: true, failed: false } }), at(-DAY), at(DAY))).toEqual([]);
  });

  it('offers the defaults to the settings screen', () => {
    expect(defaultThresholds('oais', 'token')).toEqual([14, 10, 5, 3, 1]);
    expect(defaultThresholds('eis', 'token')).toEqual([14, 10, 5, 3, 1]);
    expect(defaultThresholds('smdo', 'smdo-key')).toEqual([75, 82, 89]);
    expect(defaultThresholds('crpt', 'certificate')).toEqual([30, 14, 7, 1]);
    expect(defaultThresholds('crpt', 'token')).toEqual([2 / 24]);
    // a copy: editing it in the UI does not change the policy
    defaultThresholds('oais', 'token').push(99);
    expect(defaultThresholds('oais', 'token')).toEqual([14, 10, 5, 3, 1]);
  });
});

describe('settings per token', () => {
  it('custom thresholds replace the kind defaults; nonsense is ignored', () => {
    const custom = subject({ settings: { thresholdsDays: [2, 20, 2, -1, 0, Number.NaN, 0.5] } });
    expect(shape(reminderMomentsFor(custom, at(-30 * DAY), at(0)))).toEqual([
      ['before', -20 * 24],
      ['before', -48],
      ['before', -12],
      ['on-expiry', 0],
    ]);
    const key = subject({ id: 'k', what: 'smdo-key', kind: 'smdo', settings: { thresholdsDays: [60] } });
    expect(shape(reminderMomentsFor(key, at(0), at(200 * DAY)))).toEqual([['after-set', 60 * 24]]);
  });

  it('an empty custom list leaves only the expiry and the daily ones', () => {
    expect(shape(reminderMomentsFor(subject({ settings: { thresholdsDays: [] } }), at(-30 * DAY), at(DAY)))).toEqual([
      ['on-expiry', 0],
      ['expired-daily', 24],
    ]);
  });

  it('enabled: false silences the subject', () => {
    const off = subject({ settings: { enabled: false } });
    expect(ruleFor(off)).toBeNull();
    expect(reminderMomentsFor(off, at(-400 * DAY), at(400 * DAY))).toEqual([]);
  });

  it('snooze for 1 day: what falls inside is dropped, one reminder comes when it ends', () => {
    const now = at(-3 * DAY - 12 * HOUR);
    const snoozedUntil = new Date(now.getTime() + DAY);
    const moments = reminderMomentsFor(subject({ settings: { snoozedUntil: snoozedUntil.toISOString() } }), now, at(0));
    // «3 days before» (12 hours after now) is swallowed; the snooze's end speaks for it
    expect(shape(moments)).toEqual([
      ['snoozed', -2.5 * 24],
      ['before', -24],
      ['on-expiry', 0],
    ]);
    expect(describeReminder(moments[0] as ReminderMoment, subject(), 'ru').title).toBe('Токен TPSClient истекает через 2 дня');
  });

  it('snooze for 3 days on an expired token: the daily rhythm restarts from the snooze end', () => {
    const now = at(2 * DAY + 5 * HOUR);
    const snoozedUntil = new Date(now.getTime() + 3 * DAY);
    const moments = reminderMomentsFor(subject({ settings: { snoozedUntil: snoozedUntil.toISOString() } }), now, at(8 * DAY));
    expect(shape(moments)).toEqual([
      ['snoozed', 5 * 24 + 5],
      ['expired-daily', 6 * 24 + 5],
      ['expired-daily', 7 * 24 + 5],
    ]);
  });

  it('a snooze that ends before anything is due adds nothing', () => {
    const snoozedUntil = at(-20 * DAY).toISOString();
    expect(shape(reminderMomentsFor(subject({ settings: { snoozedUntil } }), at(-25 * DAY), at(-9 * DAY)))).toEqual([
      ['before', -14 * 24],
      ['before', -10 * 24],
    ]);
  });

  it('a snooze that ends exactly on a threshold does not double it', () => {
    const snoozedUntil = at(-5 * DAY).toISOString();
    expect(shape(reminderMomentsFor(subject({ settings: { snoozedUntil } }), at(-6 * DAY), at(-4 * DAY)))).toEqual([['before', -5 * 24]]);
  });

  it('a snooze of a key due for rotation brings it back when it ends', () => {
    const key = subject({ id: 'k', what: 'smdo-key', kind: 'smdo', settings: { snoozedUntil: at(80 * DAY).toISOString() } });
    expect(shape(reminderMomentsFor(key, at(79 * DAY), at(100 * DAY)))).toEqual([
      ['snoozed', 80 * 24],
      ['after-set', 82 * 24],
      ['after-set', 89 * 24],
    ]);
  });
});

describe('reminder keys', () => {
  it('are unique per subject and threshold', () => {
    const keys = reminderMomentsFor(subject(), at(-30 * DAY), at(30 * DAY)).map((m) => m.key);
    expect(new Set(keys).size).toBe(keys.length);
    const other = reminderMomentsFor(subject({ id: 't2', tokenId: 't2' }), at(-30 * DAY), at(30 * DAY)).map((m) => m.key);
    expect(keys.filter((key) => other.includes(key))).toEqual([]);
  });

  it('change when the token is renewed, even for the same threshold', () => {
    const old = reminderMomentsFor(subject(), at(-30 * DAY), at(0));
    const renewedDue = new Date(dueMs + 90 * DAY);
    const renewed = reminderMomentsFor(subject({ dueAt: renewedDue.toISOString() }), at(60 * DAY), at(90 * DAY));
    expect(renewed.map((m) => m.threshold.type)).toEqual(old.map((m) => m.threshold.type));
    expect(renewed.filter((m) => old.some((o) => o.key === m.key))).toEqual([]);
  });

  it('stay the same across calls and windows', () => {
    const a = reminderMomentsFor(subject(), at(-30 * DAY), at(5 * DAY)).map((m) => m.key);
    const b = reminderMomentsFor(subject(), at(-4 * DAY), at(2 * DAY)).map((m) => m.key);
    expect(a).toEqual(expect.arrayContaining(b));
  });

  it('an unreadable expiry yields nothing rather than an exception', () => {
    expect(reminderMomentsFor(subject({ dueAt: 'скоро' }), at(-DAY), at(DAY))).toEqual([]);
  });
});

describe('the words of a reminder', () => {
  const momentAt = (offsetMs: number, s: ReminderSubject = subject()) => reminderMomentsFor(s, at(offsetMs), at(offsetMs))[0] as ReminderMoment;

  it('names the kind, the time left, the organisation and the date, in Russian', () => {
    const s = subject({ label: 'Основной' });
    expect(describeReminder(momentAt(-5 * DAY, s), s, 'ru')).toEqual({
      title: 'Токен TPSClient истекает через 5 дней',
      body: 'ООО «Ромашка» · TPSClient · Основной · до 15.01.2027 11:00 (по Минску). Нажмите, чтобы обновить.',
    });
    expect(describeReminder(momentAt(-DAY), subject(), 'ru').title).toBe('Токен TPSClient истекает через 1 день');
    expect(describeReminder(momentAt(0), subject(), 'ru')).toEqual({
      title: 'Токен TPSClient истёк',
      body: 'ООО «Ромашка» · TPSClient · срок истёк 15.01.2027 11:00 (по Минску). Нажмите, чтобы обновить.',
    });
    expect(describeReminder(momentAt(3 * DAY), subject(), 'ru').title).toBe('Токен TPSClient истёк 3 дня назад');
  });

  it('in English', () => {
    expect(describeReminder(momentAt(-3 * DAY), subject({ kind: 'oais' }), 'en')).toEqual({
      title: 'OAIS token expires in 3 days',
      body: 'ООО «Ромашка» · OAIS · until 15.01.2027 11:00 (Minsk time). Click to renew.',
    });
    expect(describeReminder(momentAt(DAY), subject({ kind: 'eis' }), 'en').title).toBe('EIS token expired 1 day ago');
  });

  it('for Честный знак, certificates and the СМДО key', () => {
    const crpt = subject({ kind: 'crpt' });
    expect(describeReminder(momentAt(-2 * HOUR, crpt), crpt, 'ru').title).toBe('Токен Честного знака истекает через 2 часа');
    // Честный знак and ЕИС keep Moscow time; the notification says so. And «через 1 минуту», not «через 1 минута».
    expect(describeReminder(momentAt(-2 * HOUR, crpt), crpt, 'ru').body).toContain('11:00 (МСК)');
    expect(describeReminder({ ...momentAt(-2 * HOUR, crpt), at: new Date(Date.parse(crpt.dueAt) - 60_000).toISOString() }, crpt, 'ru').title).toBe(
      'Токен Честного знака истекает через 1 минуту',
    );
    const certificate = subject({ id: 't1:certificate', what: 'certificate', kind: 'crpt' });
    expect(describeReminder(momentAt(-7 * DAY, certificate), certificate, 'ru').title).toBe('Сертификат подписи (Честный знак) истекает через 7 дней');
    const key = subject({ id: 't1:smdo-key', what: 'smdo-key', kind: 'smdo' });
    const text = describeReminder(momentAt(82 * DAY, key), key, 'ru');
    expect(text.title).toBe('Ключ СМДО пора сменить: он установлен 82 дня назад');
    expect(text.body).toBe('ООО «Ромашка» · СМДО · ключ установлен 15.01.2027 11:00 (по Минску). Смените его и сразу внесите новый во ВСЭД.');
  });
});
