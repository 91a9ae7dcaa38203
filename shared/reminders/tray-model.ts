import type { Language, OrganisationView, TokenKindId, TokenView, VaultSnapshot } from '../model/types';
import { urgencyRank, type Urgency } from '../model/urgency';
import { describeTokenUrgency, tokenUrgency } from '../kinds/token-urgency';
import type { TokenUrgency } from '../kinds/token-urgency';
import { countOf, kindShortName, WHAT_FORMS } from './texts';
import { compareNames } from '../model/compare-names';

/**
 * What the tray shows: the icon's colour, the tooltip and the menu lines. Pure,
 * so electron/main only turns it into a Tray and a Menu.
 */

export type TrayState = 'ok' | 'soon' | 'expired' | 'none';

export interface TrayItem {
  tokenId: string;
  /** So the menu can say what it copies: «Скопировать ключ» for СМДО. */
  kind: TokenKindId;
  /** «ООО «Ромашка» · TPSClient · осталось 5 дней» */
  text: string;
  state: Urgency;
  /** false for tokens the app refreshes by itself; they never colour the icon. */
  needsAttention: boolean;
}

export interface TrayModel {
  worst: TrayState;
  tooltip: string;
  items: TrayItem[];
  /** Tokens left out of the menu by maxItems, for a «…и ещё N» line. */
  hiddenCount: number;
}

export interface TrayOptions {
  /** A tray menu with 300 lines is unusable; the most urgent ones come first. */
  maxItems?: number;
}

const MAX_ORGANISATION_CHARS = 40;
const DAY_MS = 86_400_000;

/**
 * Whether a token asks its owner for something, judged once for the tray and the dashboard's
 * counters so both say the same numbers: expired, or soon (an СМДО key due for rotation included).
 * A token the app renews by itself asks for nothing.
 */
export function tokenAttention(urgency: TokenUrgency): 'expired' | 'soon' | null {
  if (urgency.automatic) return null;
  return urgency.state === 'expired' || urgency.state === 'soon' ? urgency.state : null;
}

/** A Честный знак signing certificate that has ended or ends within the «soon» threshold. */
export function certificateNeedsAttention(token: Pick<TokenView, 'certificateExpiresAt'>, now: Date, soonThresholdDays: number): boolean {
  const ends = token.certificateExpiresAt === null ? Number.NaN : Date.parse(token.certificateExpiresAt);
  return Number.isFinite(ends) && ends - now.getTime() < soonThresholdDays * DAY_MS;
}

export interface AttentionCounts {
  /** Tokens that need attention (expired + soon): the tray's «N токенов требуют внимания». */
  tokens: number;
  expired: number;
  /** Soon to expire, СМДО keys due for rotation included. */
  soon: number;
  /** СМДО keys due for rotation (a part of soon). */
  smdoKeys: number;
  /** Signing certificates ended or ending soon (apart from the tokens). */
  certificates: number;
}

/** The counts the tray's tooltip and the dashboard's summary both show, from tokens already judged. */
export function countAttention(items: Iterable<{ token: Pick<TokenView, 'certificateExpiresAt'>; urgency: TokenUrgency }>, now: Date, soonThresholdDays: number): AttentionCounts {
  const counts: AttentionCounts = { tokens: 0, expired: 0, soon: 0, smdoKeys: 0, certificates: 0 };
  for (const { token, urgency } of items) {
    const attention = tokenAttention(urgency);
    if (attention !== null) {
      counts.tokens += 1;
      counts[attention] += 1;
      if (urgency.subject === 'key-rotation') counts.smdoKeys += 1;
    }
    if (certificateNeedsAttention(token, now, soonThresholdDays)) counts.certificates += 1;
  }
  return counts;
}

/** Every token of the snapshot judged as the dashboard judges it, counted. */
export function snapshotAttention(snapshot: VaultSnapshot, now: Date): AttentionCounts {
  const soonDays = snapshot.settings.soonThresholdDays;
  const items = snapshot.organisations.flatMap((organisation) => organisation.tokens.map((token) => ({ token, urgency: tokenUrgency(token, now, soonDays) })));
  return countAttention(items, now, soonDays);
}

function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

interface Row {
  item: TrayItem;
  urgency: TokenUrgency;
  token: TokenView;
  expiresMs: number;
  organisation: string;
}

function rowFor(organisation: OrganisationView, token: TokenView, snapshot: VaultSnapshot, now: Date, language: Language): Row {
  // The same judgement as the dashboard's: an СМДО record by its key, a Честный знак token by its last
  // two hours, and not at all while it renews itself (read from the token's own settings).
  const info = tokenUrgency(token, now, snapshot.settings.soonThresholdDays);
  const sameKind = organisation.tokens.filter((other) => other.kind === token.kind).length;
  // The label only when it is needed to tell two tokens of one kind apart.
  const kind = sameKind > 1 && token.label.trim() !== '' ? `${kindShortName(token.kind, language)} «${token.label}»` : kindShortName(token.kind, language);
  const timeLeft = info.automatic ? (language === 'ru' ? 'обновляется автоматически' : 'refreshed automatically') : describeTokenUrgency(info, language);
  const attention = tokenAttention(info);
  return {
    urgency: info,
    token,
    item: {
      tokenId: token.id,
      kind: token.kind,
      text: [shorten(organisation.name, MAX_ORGANISATION_CHARS), kind, timeLeft].join(' · '),
      state: info.automatic ? 'ok' : info.state,
      needsAttention: attention !== null,
    },
    expiresMs: info.deadline === null ? Number.POSITIVE_INFINITY : Date.parse(info.deadline),
    organisation: organisation.name,
  };
}

function compareRows(a: Row, b: Row): number {
  return (
    urgencyRank(a.item.state) - urgencyRank(b.item.state) || a.expiresMs - b.expiresMs || compareNames(a.organisation, b.organisation) || a.item.text.localeCompare(b.item.text)
  );
}

function tooltipFor(rows: Row[], counts: AttentionCounts, language: Language): string {
  const app = language === 'ru' ? 'Токен-помощник' : 'Token Assistant';
  if (rows.length === 0) return language === 'ru' ? `${app}: токенов пока нет` : `${app}: no tokens yet`;
  if (counts.tokens === 0) return language === 'ru' ? `${app}: все токены действуют` : `${app}: all tokens are valid`;
  const { expired } = counts;
  const count = countOf(counts.tokens, WHAT_FORMS.token, language);
  if (language === 'en') return `${app}: ${count} need${counts.tokens === 1 ? 's' : ''} attention${expired > 0 ? ` (${expired} expired)` : ''}`;
  const verb = counts.tokens % 10 === 1 && counts.tokens % 100 !== 11 ? 'требует' : 'требуют';
  return `${app}: ${count} ${verb} внимания${expired > 0 ? ` (истекли: ${expired})` : ''}`;
}

export function trayModel(snapshot: VaultSnapshot, now: Date, language: Language, options: TrayOptions = {}): TrayModel {
  const rows = snapshot.organisations.flatMap((organisation) => organisation.tokens.map((token) => rowFor(organisation, token, snapshot, now, language))).sort(compareRows);
  const attention = rows.filter((row) => row.item.needsAttention);
  const worst: TrayState = rows.length === 0 ? 'none' : attention.some((row) => row.item.state === 'expired') ? 'expired' : attention.length > 0 ? 'soon' : 'ok';
  const limit = Math.max(0, options.maxItems ?? rows.length);
  const counts = countAttention(rows, now, snapshot.settings.soonThresholdDays);
  return {
    worst,
    tooltip: tooltipFor(rows, counts, language),
    items: rows.slice(0, limit).map((row) => row.item),
    hiddenCount: Math.max(0, rows.length - limit),
  };
}
