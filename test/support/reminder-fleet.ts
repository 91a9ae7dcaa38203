import type { OrganisationView, TokenKindId, TokenView, VaultSnapshot } from '../../shared/model/types';
import { DEFAULT_SETTINGS } from '../../shared/model/types';
import { subjectsFromSnapshot, type AutoRefreshState, type ReminderSettings, type ReminderSubject } from '../../shared/reminders/subject';

/**
 * A made-up vault of an outsourcing accountant: many organisations, every kind
 * of token, some already expired, a few renewed while the simulation runs. Each
 * token carries a fake secret in its source data, as the vault's record does,
 * so a test can prove no reminder ever shows one.
 */

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

export type FleetToken = TokenView & { secret: string; certificateExpiresAt?: string | null; smdoKeySetAt?: string | null };

export interface Renewal {
  tokenId: string;
  /** Wall-clock instant of the renewal. */
  atMs: number;
  newExpiresAt: string;
}

export interface Fleet {
  snapshot: VaultSnapshot;
  extras: { settings: Record<string, ReminderSettings>; autoRefresh: Record<string, AutoRefreshState> };
  secrets: string[];
  renewals: Renewal[];
  subjects(): ReminderSubject[];
  renew(renewal: Renewal): void;
}

/** mulberry32: a tiny seeded generator, so every run sees the same fleet. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const LETTERS = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';

export interface FleetOptions {
  tokens: number;
  organisations: number;
  start: Date;
  seed?: number;
  /** Wall-clock windows (ms) in which nobody renews anything: the PC is off or asleep. */
  quietWindows?: [number, number][];
  /** Renewals happen within [start + 1 day, start + lastRenewalDay]. */
  lastRenewalDay?: number;
}

const KIND_CYCLE: TokenKindId[] = ['oais', 'oais', 'oais', 'tpsclient', 'tpsclient', 'tpsclient', 'eis', 'eis', 'smdo', 'crpt'];

export function makeFleet(options: FleetOptions): Fleet {
  const random = seededRandom(options.seed ?? 20_270_115);
  const startMs = options.start.getTime();
  const between = (lowDays: number, highDays: number) => startMs + Math.round((lowDays + random() * (highDays - lowDays)) * DAY_MS);
  const iso = (ms: number) => new Date(ms).toISOString();
  const secretOf = () => Array.from({ length: 40 }, () => LETTERS[Math.floor(random() * LETTERS.length)]).join('');

  const organisations: OrganisationView[] = Array.from({ length: options.organisations }, (_, i) => ({
    id: `org-${i}`,
    name: i % 3 === 0 ? `ООО «Организация ${i}»` : i % 3 === 1 ? `ОАО «Завод №${i}», филиал` : `ИП Иванов-${i}`,
    taxId: String(190_000_000 + i),
    tokens: [],
  }));

  const extras: Fleet['extras'] = { settings: {}, autoRefresh: {} };
  const secrets: string[] = [];
  const renewals: Renewal[] = [];
  const lastRenewalDay = options.lastRenewalDay ?? 115;

  for (let i = 0; i < options.tokens; i += 1) {
    const kind = KIND_CYCLE[i % KIND_CYCLE.length] as TokenKindId;
    const organisation = organisations[i % options.organisations] as OrganisationView;
    const secret = `${secretOf()}`;
    secrets.push(secret);
    const id = `tok-${i}`;
    const token: FleetToken = {
      id,
      organisationId: organisation.id,
      kind,
      label: i % 4 === 0 ? `Система ${i}` : '',
      systemName: kind === 'tpsclient' ? 'TPSClient' : `IS_${i}`,
      techEmail: `it${i}@example.by`,
      // The vault shows the last characters of a secret as its hint; it must not leak either.
      hint: `…${secret.slice(-8)}`,
      expiresAt: iso(between(-20, 150)),
      obtainedAt: iso(startMs - 30 * DAY_MS),
      notes: `пароль от ЛК: ${secret}`,
      history: [],
      settings: {},
      certificateExpiresAt: null,
      smdoKeySetAt: null,
      secret,
    };
    if (kind === 'smdo') {
      token.expiresAt = iso(startMs + HOUR_MS);
      token.smdoKeySetAt = iso(between(-100, 0));
      extras.autoRefresh[id] = { enabled: true, failed: false };
    }
    if (kind === 'crpt') {
      token.expiresAt = iso(between(0.1, 100));
      token.certificateExpiresAt = iso(between(-5, 150));
      const mode = i % 3;
      if (mode === 0) extras.autoRefresh[id] = { enabled: true, failed: false };
      if (mode === 1) extras.autoRefresh[id] = { enabled: true, failed: true };
    }
    if (i % 17 === 5) extras.settings[id] = { thresholdsDays: [7, 2] };
    if (i % 29 === 7) extras.settings[id] = { enabled: false };
    if (i % 23 === 11) extras.settings[id] = { snoozedUntil: iso(between(0, 5)) };
    organisation.tokens.push(token);

    // Most hand-made tokens are renewed around their expiry, again and again; every
    // fifth is abandoned and stays expired (and reminded about daily) to the end.
    if ((kind === 'oais' || kind === 'tpsclient' || kind === 'eis') && i % 5 !== 2) {
      let expiresMs = Date.parse(token.expiresAt ?? '');
      for (;;) {
        // Renewed anywhere from 10 days before expiry to 5 days after it.
        let atMs = expiresMs - Math.round((-5 + random() * 15) * DAY_MS);
        // Those long expired are renewed over the first week, not all at one instant.
        if (atMs < startMs + DAY_MS) atMs = startMs + DAY_MS + Math.round(random() * 6 * DAY_MS);
        for (const [from, to] of options.quietWindows ?? []) if (atMs >= from - HOUR_MS && atMs <= to + HOUR_MS) atMs = to + 5 * HOUR_MS;
        if (atMs > startMs + lastRenewalDay * DAY_MS) break;
        expiresMs = atMs + 90 * DAY_MS;
        renewals.push({ tokenId: id, atMs, newExpiresAt: iso(expiresMs) });
      }
    }
  }
  renewals.sort((a, b) => a.atMs - b.atMs);

  const snapshot: VaultSnapshot = { organisations, settings: DEFAULT_SETTINGS, encryption: 'test-key', notices: [], drafts: {}, reminders: {} };
  return {
    snapshot,
    extras,
    secrets,
    renewals,
    subjects: () => subjectsFromSnapshot(snapshot, extras),
    renew(renewal) {
      for (const organisation of snapshot.organisations) {
        for (const token of organisation.tokens) {
          if (token.id !== renewal.tokenId) continue;
          token.history.push({ hint: token.hint, obtainedAt: token.obtainedAt, expiresAt: token.expiresAt, replacedAt: new Date(renewal.atMs).toISOString() });
          token.expiresAt = renewal.newExpiresAt;
          token.obtainedAt = new Date(renewal.atMs).toISOString();
        }
      }
    },
  };
}
