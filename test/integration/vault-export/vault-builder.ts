import type { SecretBox } from '../../../electron/core/ports';
import { emptyVaultData } from '../../../electron/core/vault/vault-schema';
import type { StoredHistoryEntry, StoredToken, VaultData } from '../../../electron/core/vault/vault-schema';
import { hintFor } from '../../../electron/core/vault/vault-views';
import type { TokenKindId } from '../../../shared/model/types';

/**
 * Vaults built directly as VaultData (the stored shape), fast enough for
 * property tests and the bench: plain descriptions in, encrypted records out.
 * No vitest here, so the bench can bundle it.
 */

export interface PlainHistory {
  secret: string;
  obtainedAt: string;
  expiresAt: string | null;
  replacedAt: string;
}

export interface PlainToken {
  id: string;
  organisationId: string;
  kind: TokenKindId;
  label: string;
  systemName: string;
  techEmail: string;
  secret: string;
  expiresAt: string | null;
  obtainedAt: string;
  notes: string;
  history: PlainHistory[];
  /** СМДО only: when the key was last set (the rotation reminders count from it). */
  smdoKeySetAt?: string | null;
}

export interface PlainOrganisation {
  id: string;
  name: string;
  taxId: string;
  createdAt: string;
}

export interface PlainVault {
  organisations: PlainOrganisation[];
  tokens: PlainToken[];
}

export async function buildVault(plain: PlainVault, box: SecretBox): Promise<VaultData> {
  const data = emptyVaultData();
  data.organisations = plain.organisations.map((organisation) => ({ ...organisation }));
  for (const token of plain.tokens) {
    const history: StoredHistoryEntry[] = [];
    for (const entry of token.history) {
      history.push({
        secretCipher: await box.encrypt(entry.secret),
        hint: hintFor(entry.secret),
        obtainedAt: entry.obtainedAt,
        expiresAt: entry.expiresAt,
        replacedAt: entry.replacedAt,
      });
    }
    const { secret, history: _history, ...fields } = token;
    const stored: StoredToken = {
      settings: {},
      certificateExpiresAt: null,
      smdoKeySetAt: null,
      confirmedHosts: [],
      ...fields,
      secretCipher: await box.encrypt(secret),
      hint: hintFor(secret),
      history,
    };
    data.tokens.push(stored);
  }
  return data;
}

/** The stored data with every secret decrypted again, for comparing vaults made with different keys. */
export async function readVault(data: VaultData, box: SecretBox): Promise<PlainVault> {
  const tokens: PlainToken[] = [];
  for (const token of data.tokens) {
    const history: PlainHistory[] = [];
    for (const entry of token.history) {
      history.push({ secret: await box.decrypt(entry.secretCipher), obtainedAt: entry.obtainedAt, expiresAt: entry.expiresAt, replacedAt: entry.replacedAt });
    }
    tokens.push({
      id: token.id,
      organisationId: token.organisationId,
      kind: token.kind,
      label: token.label,
      systemName: token.systemName,
      techEmail: token.techEmail,
      secret: token.secretCipher === undefined ? '' : await box.decrypt(token.secretCipher),
      expiresAt: token.expiresAt,
      obtainedAt: token.obtainedAt,
      notes: token.notes,
      history,
    });
  }
  return { organisations: data.organisations.map((organisation) => ({ ...organisation })), tokens };
}

/**
 * A plain vault with its ids replaced by positions: an import gives every record a
 * fresh id of its own, so a copy is compared by what it holds and where each token belongs.
 */
export function byPosition(plain: PlainVault): unknown {
  const position = new Map(plain.organisations.map((organisation, index) => [organisation.id, index]));
  return {
    organisations: plain.organisations.map(({ id: _id, ...organisation }) => organisation),
    tokens: plain.tokens.map(({ id: _id, organisationId, ...token }) => ({ ...token, organisation: position.get(organisationId) })),
  };
}

const KINDS: TokenKindId[] = ['oais', 'tpsclient', 'smdo', 'eis', 'crpt'];
const DAY_MS = 86_400_000;

/** A deterministic pseudo-random generator (mulberry32), so a bench run is repeatable. */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An outsourcing accountant's vault: `organisations` clients, `tokensPerOrganisation` tokens each, a few renewals each. */
export function fleet(options: { organisations: number; tokensPerOrganisation: number; historyPerToken: number; seed?: number; start?: Date }): PlainVault {
  const random = seeded(options.seed ?? 1);
  const start = options.start ?? new Date('2026-11-22T09:00:00Z');
  const hex = (length: number) => Array.from({ length }, () => Math.floor(random() * 16).toString(16)).join('');
  const uuid = () => `${hex(8)}-${hex(4)}-4${hex(3)}-a${hex(3)}-${hex(12)}`;
  const organisations: PlainOrganisation[] = [];
  const tokens: PlainToken[] = [];
  for (let o = 0; o < options.organisations; o += 1) {
    const organisation = {
      id: uuid(),
      name: `ООО «Клиент ${o + 1}»`,
      taxId: String(190_000_000 + o),
      createdAt: new Date(start.getTime() - 400 * DAY_MS).toISOString(),
    };
    organisations.push(organisation);
    for (let t = 0; t < options.tokensPerOrganisation; t += 1) {
      const obtained = start.getTime() - Math.floor(random() * 80) * DAY_MS;
      const history: PlainHistory[] = [];
      for (let h = 0; h < options.historyPerToken; h += 1) {
        const replaced = obtained - h * 90 * DAY_MS;
        history.push({
          secret: uuid(),
          obtainedAt: new Date(replaced - 90 * DAY_MS).toISOString(),
          expiresAt: new Date(replaced).toISOString(),
          replacedAt: new Date(replaced).toISOString(),
        });
      }
      tokens.push({
        id: uuid(),
        organisationId: organisation.id,
        kind: KINDS[t % KINDS.length] ?? 'oais',
        label: `Токен ${t + 1}`,
        systemName: `system_${t + 1}`,
        techEmail: `it${o}@client.by`,
        secret: uuid(),
        expiresAt: new Date(obtained + 90 * DAY_MS).toISOString(),
        obtainedAt: new Date(obtained).toISOString(),
        notes: '',
        history,
      });
    }
  }
  return { organisations, tokens };
}
