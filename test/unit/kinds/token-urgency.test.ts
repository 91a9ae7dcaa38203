import { describe, expect, it } from 'vitest';
import { compareTokenUrgency, describeTokenUrgency, tokenUrgency, urgencyLabel } from '../../../shared/kinds/token-urgency';
import type { TokenView } from '../../../shared/model/types';

const NOW = new Date('2026-11-30T09:00:00Z');
const DAY = 86_400_000;

type Urgent = Pick<TokenView, 'kind' | 'expiresAt' | 'smdoKeySetAt' | 'settings'>;
const token = (over: Partial<Urgent>): Urgent => ({
  kind: 'tpsclient',
  expiresAt: null,
  smdoKeySetAt: null,
  settings: {},
  ...over,
});
const HOUR = 3_600_000;

describe('how urgent a token is for its owner', () => {
  it('follows the expiry for the kinds that expire', () => {
    const urgency = tokenUrgency(token({ expiresAt: new Date(NOW.getTime() + 5 * DAY).toISOString() }), NOW, 14);
    expect(urgency).toMatchObject({ state: 'soon', subject: 'expiry' });
    expect(describeTokenUrgency(urgency, 'ru')).toBe('осталось 5 дней');
    expect(urgencyLabel(urgency, 'ru')).toBe('Скоро истекает');
  });

  it('counts an СМДО record from its key: three calendar months after it was set', () => {
    const setAt = '2026-09-15T09:00:00.000Z';
    const urgency = tokenUrgency(token({ kind: 'smdo', smdoKeySetAt: setAt }), NOW, 14);
    expect(urgency.deadline).toBe('2026-12-15T09:00:00.000Z');
    expect(urgency).toMatchObject({ state: 'ok', subject: 'key-rotation' });
    expect(describeTokenUrgency(urgency, 'ru')).toBe('сменить ключ через 15 дней');
    expect(urgencyLabel(urgency, 'ru')).toBe('Действует');
  });

  it('asks for the rotation within the «soon» window, and after it, without ever calling the key expired', () => {
    const due = tokenUrgency(token({ kind: 'smdo', smdoKeySetAt: '2026-09-05T09:00:00.000Z' }), NOW, 14);
    expect(due.state).toBe('soon');
    expect(urgencyLabel(due, 'ru')).toBe('Пора сменить ключ');
    const overdue = tokenUrgency(token({ kind: 'smdo', smdoKeySetAt: '2026-08-27T09:00:00.000Z' }), NOW, 14);
    expect(overdue.state).toBe('soon');
    expect(describeTokenUrgency(overdue, 'ru')).toBe('ключ пора сменить: срок прошёл 3 дня назад');
    expect(describeTokenUrgency(overdue, 'en')).toBe('the key is due for rotation: 3 days overdue');
  });

  it('leaves an СМДО record without a key date, and any record without expiry, as «без срока»', () => {
    expect(tokenUrgency(token({ kind: 'smdo' }), NOW, 14)).toMatchObject({ state: 'none', deadline: null });
    expect(tokenUrgency(token({ kind: 'eis' }), NOW, 14)).toMatchObject({ state: 'none', deadline: null });
  });

  it('judges a 10-hour Честный знак token by its last two hours, and not even then while it renews itself', () => {
    const inHours = (hours: number) => new Date(NOW.getTime() + hours * HOUR).toISOString();
    expect(tokenUrgency(token({ kind: 'crpt', expiresAt: inHours(9) }), NOW, 14).state).toBe('ok');
    expect(tokenUrgency(token({ kind: 'crpt', expiresAt: inHours(1) }), NOW, 14).state).toBe('soon');
    const automatic = tokenUrgency(token({ kind: 'crpt', expiresAt: inHours(1), settings: { autoRefresh: 'on' } }), NOW, 14);
    expect(automatic.state).toBe('ok');
    expect(describeTokenUrgency(automatic, 'ru')).toBe('остался 1 час, обновится автоматически');
    const failed = tokenUrgency(token({ kind: 'crpt', expiresAt: inHours(1), settings: { autoRefresh: 'on', autoRefreshFailed: 'true' } }), NOW, 14);
    expect(failed.state).toBe('soon');
    expect(describeTokenUrgency(failed, 'ru')).toBe('остался 1 час');
    expect(tokenUrgency(token({ kind: 'crpt', expiresAt: inHours(-1), settings: { autoRefresh: 'on' } }), NOW, 14).state).toBe('expired');
  });

  it('marks an ЕИС identifier the service refused at its last check, until a new one replaces it', () => {
    const expiresAt = new Date(NOW.getTime() + 300 * DAY).toISOString();
    const obtainedAt = new Date(NOW.getTime() - 10 * DAY).toISOString();
    const refused = { checkedAt: new Date(NOW.getTime() - DAY).toISOString(), checkOutcome: 'rejected' };
    const urgency = tokenUrgency({ ...token({ kind: 'eis', expiresAt, settings: refused }), obtainedAt }, NOW, 14);
    expect(urgency).toMatchObject({ state: 'expired', subject: 'rejected' });
    expect(urgencyLabel(urgency, 'ru')).toBe('Отклонён при проверке');
    expect(describeTokenUrgency(urgency, 'ru')).toContain('не из инструкции ЕИС');
    const accepted = tokenUrgency({ ...token({ kind: 'eis', expiresAt, settings: { ...refused, checkOutcome: 'accepted' } }), obtainedAt }, NOW, 14);
    expect(accepted.state).toBe('ok');
    // Renewed after the refusal: the check was about the previous identifier.
    const renewed = tokenUrgency({ ...token({ kind: 'eis', expiresAt, settings: refused }), obtainedAt: NOW.toISOString() }, NOW, 14);
    expect(renewed).toMatchObject({ state: 'ok', subject: 'expiry' });
  });

  it('puts expired first, then the nearest deadline, then records without one', () => {
    const list = [
      tokenUrgency(token({}), NOW, 14),
      tokenUrgency(token({ kind: 'smdo', smdoKeySetAt: '2026-08-27T09:00:00.000Z' }), NOW, 14),
      tokenUrgency(token({ expiresAt: new Date(NOW.getTime() + 40 * DAY).toISOString() }), NOW, 14),
      tokenUrgency(token({ expiresAt: new Date(NOW.getTime() - DAY).toISOString() }), NOW, 14),
    ];
    expect([...list].sort(compareTokenUrgency).map((u) => `${u.subject}:${u.state}`)).toEqual(['expiry:expired', 'key-rotation:soon', 'expiry:ok', 'expiry:none']);
  });
});
