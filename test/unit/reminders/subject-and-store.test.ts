import { describe, expect, it } from 'vitest';
import { MemoryAnnouncementStore, pruneAnnouncements, RETENTION_DAYS } from '../../../electron/core/reminders/announcement-store';
import { DEFAULT_SETTINGS, type TokenView, type VaultSnapshot } from '../../../shared/model/types';
import { subjectsFromSnapshot } from '../../../shared/reminders/subject';
import { describeSummary } from '../../../shared/reminders/summary';

const DAY = 86_400_000;
const now = new Date('2027-01-10T09:00:00.000Z');

function token(id: string, overrides: Partial<TokenView> & Record<string, unknown> = {}): TokenView {
  return {
    id,
    organisationId: 'o',
    kind: 'oais',
    label: 'Основной',
    systemName: 'IS',
    techEmail: 'it@example.by',
    hint: '…Zq9XwT',
    expiresAt: '2027-02-01T08:00:00.000Z',
    obtainedAt: now.toISOString(),
    notes: '',
    history: [],
    settings: {},
    certificateExpiresAt: null,
    smdoKeySetAt: null,
    ...overrides,
  } as TokenView;
}

function snapshot(tokens: TokenView[]): VaultSnapshot {
  return {
    organisations: [{ id: 'o', name: 'ООО «Ромашка»', taxId: '190000001', tokens }],
    settings: DEFAULT_SETTINGS,
    encryption: 'test-key',
    notices: [],
    drafts: {},
    reminders: {},
  };
}

describe('reminder subjects from the vault', () => {
  it('one per token with an expiry; none for a token that does not expire', () => {
    const subjects = subjectsFromSnapshot(snapshot([token('a'), token('b', { expiresAt: null }), token('c', { expiresAt: 'не знаю' })]));
    expect(subjects).toEqual([{ id: 'a', tokenId: 'a', what: 'token', kind: 'oais', organisationName: 'ООО «Ромашка»', label: 'Основной', dueAt: '2027-02-01T08:00:00.000Z' }]);
  });

  it('carries only what a reminder may show: no secret, hint, notes or e-mail', () => {
    const subjects = subjectsFromSnapshot(snapshot([token('a', { secret: 'SECRET-Zq9XwT', notes: 'пароль Zq9XwT' })]));
    expect(JSON.stringify(subjects)).not.toMatch(/Zq9XwT|SECRET|пароль|example\.by/);
  });

  it('adds settings and automatic-refresh state from the vault extras', () => {
    const [subject] = subjectsFromSnapshot(snapshot([token('c', { kind: 'crpt' })]), {
      settings: { c: { snoozedUntil: '2027-01-11T09:00:00.000Z' } },
      autoRefresh: { c: { enabled: true, failed: true } },
    });
    expect(subject?.settings).toEqual({ snoozedUntil: '2027-01-11T09:00:00.000Z' });
    expect(subject?.autoRefresh).toEqual({ enabled: true, failed: true });
  });

  it('picks up the certificate expiry and the СМДО key date once TokenView carries them', () => {
    const subjects = subjectsFromSnapshot(
      snapshot([
        token('c', { kind: 'crpt', certificateExpiresAt: '2027-06-01T00:00:00.000Z' }),
        token('s', { kind: 'smdo', expiresAt: null, smdoKeySetAt: '2026-12-01T00:00:00.000Z' }),
      ]),
      { settings: { 'c:certificate': { thresholdsDays: [60] } }, autoRefresh: { c: { enabled: true, failed: false } } },
    );
    expect(subjects.map((s) => [s.id, s.what, s.dueAt])).toEqual([
      ['c', 'token', '2027-02-01T08:00:00.000Z'],
      ['c:certificate', 'certificate', '2027-06-01T00:00:00.000Z'],
      ['s:smdo-key', 'smdo-key', '2026-12-01T00:00:00.000Z'],
    ]);
    expect(subjects[1]?.settings).toEqual({ thresholdsDays: [60] });
    // the refresh state belongs to the token, not to its certificate
    expect(subjects[1]?.autoRefresh).toBeUndefined();
  });
});

describe('the announcement store', () => {
  it('remembers keys and the last check, and survives a round trip through the vault', () => {
    const store = new MemoryAnnouncementStore();
    expect(store.lastCheckedAt()).toBeNull();
    store.record(['k1', 'k2'], now);
    store.record([], new Date(now.getTime() + 1000));
    const restored = new MemoryAnnouncementStore(JSON.parse(JSON.stringify(store.snapshot())));
    expect(restored.isAnnounced('k1')).toBe(true);
    expect(restored.isAnnounced('k3')).toBe(false);
    expect(restored.lastCheckedAt()?.getTime()).toBe(now.getTime() + 1000);
    // the first record of a key keeps its stamp
    store.record(['k1'], new Date(now.getTime() + DAY));
    expect(store.snapshot().announced.k1).toBe(now.toISOString());
  });

  it('forgets keys older than the look-back, but not those stamped ahead of a clock set back', () => {
    const old = new Date(now.getTime() - (RETENTION_DAYS + 1) * DAY).toISOString();
    const recent = new Date(now.getTime() - 10 * DAY).toISOString();
    const ahead = new Date(now.getTime() + 3 * DAY).toISOString();
    const pruned = pruneAnnouncements({ announced: { old, recent, ahead }, lastCheckedAt: recent }, now);
    expect(Object.keys(pruned.announced).sort()).toEqual(['ahead', 'recent']);
    const store = new MemoryAnnouncementStore({ announced: { old, recent }, lastCheckedAt: recent });
    store.record([], now);
    expect(store.isAnnounced('old')).toBe(false);
    expect(store.isAnnounced('recent')).toBe(true);
  });
});

describe('the summary of several reminders', () => {
  const subject = (id: string, dueInDays: number, what: 'token' | 'certificate' | 'smdo-key' = 'token') => ({
    id,
    tokenId: id,
    what,
    kind: 'eis' as const,
    organisationName: `ООО «${id}»`,
    label: '',
    dueAt: new Date(now.getTime() + dueInDays * DAY).toISOString(),
  });

  it('counts by what and state, with Russian plurals, and lists the most pressing first', () => {
    const text = describeSummary([subject('a', 3), subject('b', -2), subject('c', 5), subject('d', -90, 'smdo-key'), subject('e', 10, 'certificate')], {
      missedWhileOff: true,
      now,
      language: 'ru',
    });
    expect(text.title).toBe('Пока компьютер был выключен: 5 напоминаний — 2 токена истекают, 1 сертификат истекает, 1 токен истёк, 1 ключ СМДО пора сменить');
    expect(text.body.split('\n')).toEqual([
      'ООО «b» · ЕИС — истёк 2 дня назад',
      'ООО «a» · ЕИС — истекает через 3 дня',
      'ООО «c» · ЕИС — истекает через 5 дней',
      'ООО «e» · сертификат (ЕИС) — истекает через 10 дней',
      'ООО «d» · ключ СМДО — установлен 90 дней назад',
    ]);
  });

  it('shows the first five and counts the rest, in English too', () => {
    const many = Array.from({ length: 8 }, (_, i) => subject(`s${i}`, -i - 1));
    const text = describeSummary(many, { missedWhileOff: false, now, language: 'en' });
    expect(text.title).toBe('8 reminders — 8 tokens expired');
    expect(text.body.split('\n')).toHaveLength(6);
    expect(text.body.split('\n')[5]).toBe('…and 3 more');
  });
});
