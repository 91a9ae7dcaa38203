import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type OrganisationView, type TokenKindId, type TokenView, type VaultSnapshot } from '../../../shared/model/types';
import { trayModel } from '../../../shared/reminders/tray-model';

const now = new Date('2027-01-10T09:00:00.000Z');
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const inMs = (ms: number | null) => (ms === null ? null : new Date(now.getTime() + ms).toISOString());

function token(id: string, kind: TokenKindId, expiresInMs: number | null, label = ''): TokenView {
  return {
    id,
    organisationId: 'o',
    kind,
    label,
    systemName: '',
    techEmail: '',
    hint: '…Zq9XwT',
    expiresAt: inMs(expiresInMs),
    obtainedAt: now.toISOString(),
    notes: 'секрет: Zq9XwT',
    history: [],
    settings: {},
    certificateExpiresAt: null,
    smdoKeySetAt: null,
  };
}

function snapshot(...organisations: [string, TokenView[]][]): VaultSnapshot {
  const orgs: OrganisationView[] = organisations.map(([name, tokens], i) => ({ id: `o${i}`, name, taxId: '', tokens }));
  return { organisations: orgs, settings: DEFAULT_SETTINGS, encryption: 'test-key', notices: [], drafts: {}, reminders: {} };
}

describe('the tray model', () => {
  it('has nothing to show without tokens', () => {
    expect(trayModel(snapshot(), now, 'ru')).toEqual({ worst: 'none', tooltip: 'Токен-помощник: токенов пока нет', items: [], hiddenCount: 0 });
    expect(trayModel(snapshot(), now, 'en').tooltip).toBe('Token Assistant: no tokens yet');
  });

  it('lists tokens by urgency with organisation, kind and time left, and shows the worst state', () => {
    const model = trayModel(
      snapshot(
        ['ООО «Ромашка»', [token('ok', 'tpsclient', 40 * DAY), token('soon', 'oais', 5 * DAY)]],
        ['ИП Петров', [token('gone', 'eis', -2 * DAY), token('forever', 'oais', null)]],
      ),
      now,
      'ru',
    );
    expect(model.worst).toBe('expired');
    expect(model.tooltip).toBe('Токен-помощник: 2 токена требуют внимания (истекли: 1)');
    expect(model.items.map((item) => [item.tokenId, item.state, item.text])).toEqual([
      ['gone', 'expired', 'ИП Петров · ЕИС · истёк 2 дня назад'],
      ['soon', 'soon', 'ООО «Ромашка» · ОАИС · осталось 5 дней'],
      ['ok', 'ok', 'ООО «Ромашка» · TPSClient · осталось 40 дней'],
      ['forever', 'none', 'ИП Петров · ОАИС · без срока действия'],
    ]);
  });

  it('shows an СМДО record by its key: yellow once the rotation is near, never «expired»', () => {
    const key = (id: string, setDaysAgo: number): TokenView => ({ ...token(id, 'smdo', null, id), smdoKeySetAt: new Date(now.getTime() - setDaysAgo * DAY).toISOString() });
    const fresh = trayModel(snapshot(['Райисполком', [key('свежий', 10)]]), now, 'ru');
    expect(fresh.worst).toBe('ok');
    expect(fresh.items[0]?.text).toMatch(/^Райисполком · СМДО · сменить ключ через \d+ (день|дня|дней)$/);
    const due = trayModel(snapshot(['Райисполком', [key('старый', 120)]]), now, 'ru');
    expect(due.worst).toBe('soon');
    expect(due.items[0]).toMatchObject({ state: 'soon', needsAttention: true });
    expect(due.items[0]?.text).toMatch(/ключ пора сменить: срок прошёл/);
  });

  it('is green when nothing needs attention, yellow when something is soon', () => {
    const green = trayModel(snapshot(['ООО «Ромашка»', [token('a', 'oais', 40 * DAY)]]), now, 'ru');
    expect([green.worst, green.tooltip]).toEqual(['ok', 'Токен-помощник: все токены действуют']);
    const yellow = trayModel(snapshot(['ООО «Ромашка»', [token('a', 'oais', 40 * DAY), token('b', 'eis', 3 * DAY)]]), now, 'en');
    expect([yellow.worst, yellow.tooltip]).toEqual(['soon', 'Token Assistant: 1 token needs attention']);
  });

  it('declines the tooltip correctly', () => {
    const many = (n: number) => trayModel(snapshot(['ООО «Ромашка»', Array.from({ length: n }, (_, i) => token(`t${i}`, 'oais', DAY))]), now, 'ru').tooltip;
    expect(many(1)).toBe('Токен-помощник: 1 токен требует внимания');
    expect(many(5)).toBe('Токен-помощник: 5 токенов требуют внимания');
    expect(many(21)).toBe('Токен-помощник: 21 токен требует внимания');
  });

  it('does not turn yellow for a 10-hour Честный знак token, only close to its end or when its refresh is off', () => {
    const crpt = (ms: number) => snapshot(['ООО «Ромашка»', [token('c', 'crpt', ms)]]);
    expect(trayModel(crpt(6 * HOUR), now, 'ru').worst).toBe('ok');
    expect(trayModel(crpt(HOUR), now, 'ru').worst).toBe('soon');
    // Automatic refresh as the token keeps it in its settings (the refresher renews it at once).
    const refreshing = (failed: boolean) => {
      const model = crpt(-HOUR);
      const only = model.organisations[0]?.tokens[0];
      if (only) only.settings = { autoRefresh: 'on', autoRefreshFailed: String(failed) };
      return model;
    };
    const automatic = trayModel(refreshing(false), now, 'ru');
    expect(automatic.worst).toBe('ok');
    expect(automatic.items[0]?.text).toBe('ООО «Ромашка» · Честный знак · обновляется автоматически');
    expect(trayModel(refreshing(true), now, 'ru').worst).toBe('expired');
  });

  it('adds the label only to tell two tokens of one kind apart', () => {
    const model = trayModel(snapshot(['ООО «Ромашка»', [token('a', 'oais', 3 * DAY, '1С'), token('b', 'oais', 4 * DAY, 'Сайт'), token('c', 'eis', 5 * DAY, 'РИС')]]), now, 'ru');
    expect(model.items.map((item) => item.text)).toEqual([
      'ООО «Ромашка» · ОАИС «1С» · осталось 3 дня',
      'ООО «Ромашка» · ОАИС «Сайт» · осталось 4 дня',
      'ООО «Ромашка» · ЕИС · осталось 5 дней',
    ]);
  });

  it('keeps the menu short: the most urgent first, the rest counted', () => {
    const tokens = Array.from({ length: 30 }, (_, i) => token(`t${i}`, 'oais', (i + 1) * DAY));
    const model = trayModel(snapshot(['Очень длинное название организации, которое не влезает в меню трея целиком', tokens]), now, 'ru', { maxItems: 10 });
    expect(model.items.map((item) => item.tokenId)).toEqual(tokens.slice(0, 10).map((t) => t.id));
    expect(model.hiddenCount).toBe(20);
    expect(model.items[0]?.text.startsWith('Очень длинное название организации, кот…')).toBe(true);
  });

  it('never shows a secret hint or notes', () => {
    const model = trayModel(snapshot(['ООО «Ромашка»', [token('a', 'oais', DAY), token('b', 'crpt', HOUR)]]), now, 'ru');
    expect(JSON.stringify(model)).not.toContain('Zq9XwT');
  });
});
