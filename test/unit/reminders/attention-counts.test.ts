import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type TokenKindId, type TokenView, type VaultSnapshot } from '../../../shared/model/types';
import { snapshotAttention, trayModel } from '../../../shared/reminders/tray-model';

/**
 * The dashboard's summary («Истекли 23 · Скоро 45 · Сертификаты 3 · Ключи СМДО 2») and the tray's tooltip
 * («68 токенов требуют внимания (истекли: 23)») count from one function, so they cannot disagree.
 */

const now = new Date('2027-01-10T09:00:00.000Z');
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const at = (ms: number) => new Date(now.getTime() + ms).toISOString();

function token(id: string, kind: TokenKindId, fields: Partial<TokenView> = {}): TokenView {
  return {
    id,
    organisationId: 'o',
    kind,
    label: id,
    systemName: '',
    techEmail: '',
    hint: '…',
    expiresAt: null,
    obtainedAt: at(-DAY),
    notes: '',
    history: [],
    settings: {},
    certificateExpiresAt: null,
    smdoKeySetAt: null,
    ...fields,
  };
}

function snapshot(tokens: TokenView[]): VaultSnapshot {
  return { organisations: [{ id: 'o', name: 'ООО «БухСервис»', taxId: '', tokens }], settings: DEFAULT_SETTINGS, encryption: 'test-key', notices: [], drafts: {}, reminders: {} };
}

describe('the counts of what needs attention', () => {
  const tokens = [
    token('expired-1', 'oais', { expiresAt: at(-3 * DAY) }),
    token('expired-2', 'tpsclient', { expiresAt: at(-1 * HOUR) }),
    token('soon', 'eis', { expiresAt: at(5 * DAY) }),
    token('fine', 'oais', { expiresAt: at(90 * DAY) }),
    token('forever', 'tpsclient'),
    // An СМДО key set 85 days ago: due for rotation within the fortnight («soon», and one СМДО key).
    token('smdo-key', 'smdo', { smdoKeySetAt: at(-85 * DAY) }),
    // Честный знак renewed by the app itself: expired or not, it asks for nothing, in the tray as on the dashboard.
    token('crpt-auto', 'crpt', { expiresAt: at(-HOUR), settings: { autoRefresh: 'on', autoRefreshFailed: 'false' }, certificateExpiresAt: at(3 * DAY) }),
    // Its certificate ended: counted apart from the tokens.
    token('crpt-hand', 'crpt', { expiresAt: at(8 * HOUR), certificateExpiresAt: at(-DAY) }),
  ];

  it('counts each category once, СМДО keys among the «soon», certificates apart', () => {
    expect(snapshotAttention(snapshot(tokens), now)).toEqual({ tokens: 4, expired: 2, soon: 2, smdoKeys: 1, certificates: 2 });
  });

  it('gives the tray the same numbers', () => {
    const counts = snapshotAttention(snapshot(tokens), now);
    expect(trayModel(snapshot(tokens), now, 'ru').tooltip).toBe(`Токен-помощник: ${counts.tokens} токена требуют внимания (истекли: ${counts.expired})`);
    expect(trayModel(snapshot(tokens), now, 'ru').items.filter((item) => item.needsAttention)).toHaveLength(counts.tokens);
  });
});
