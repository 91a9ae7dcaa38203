import type { Language, OrganisationView, TokenKindId, TokenView, VaultSnapshot } from '../model/types';
import { urgencyRank, type Urgency } from '../model/urgency';
import { describeTokenUrgency, tokenUrgency } from '../kinds/token-urgency';
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

function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

interface Row {
  item: TrayItem;
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
  return {
    item: {
      tokenId: token.id,
      kind: token.kind,
      text: [shorten(organisation.name, MAX_ORGANISATION_CHARS), kind, timeLeft].join(' · '),
      state: info.automatic ? 'ok' : info.state,
      needsAttention: !info.automatic && (info.state === 'expired' || info.state === 'soon'),
    },
    expiresMs: info.deadline === null ? Number.POSITIVE_INFINITY : Date.parse(info.deadline),
    organisation: organisation.name,
  };
}

function compareRows(a: Row, b: Row): number {
  return urgencyRank(a.item.state) - urgencyRank(b.item.state)
    || a.expiresMs - b.expiresMs
    || compareNames(a.organisation, b.organisation)
    || a.item.text.localeCompare(b.item.text);
}

function tooltipFor(rows: Row[], language: Language): string {
  const app = language === 'ru' ? 'Токен-помощник' : 'Token Assistant';
  if (rows.length === 0) return language === 'ru' ? `${app}: токенов пока нет` : `${app}: no tokens yet`;
  const attention = rows.filter((row) => row.item.needsAttention);
  if (attention.length === 0) return language === 'ru' ? `${app}: все токены действуют` : `${app}: all tokens are valid`;
  const expired = attention.filter((row) => row.item.state === 'expired').length;
  const count = countOf(attention.length, WHAT_FORMS.token, language);
  if (language === 'en') return `${app}: ${count} need${attention.length === 1 ? 's' : ''} attention${expired > 0 ? ` (${expired} expired)` : ''}`;
  const verb = attention.length % 10 === 1 && attention.length % 100 !== 11 ? 'требует' : 'требуют';
  return `${app}: ${count} ${verb} внимания${expired > 0 ? ` (истекли: ${expired})` : ''}`;
}

export function trayModel(snapshot: VaultSnapshot, now: Date, language: Language, options: TrayOptions = {}): TrayModel {
  const rows = snapshot.organisations
    .flatMap((organisation) => organisation.tokens.map((token) => rowFor(organisation, token, snapshot, now, language)))
    .sort(compareRows);
  const attention = rows.filter((row) => row.item.needsAttention);
  const worst: TrayState = rows.length === 0 ? 'none'
    : attention.some((row) => row.item.state === 'expired') ? 'expired'
    : attention.length > 0 ? 'soon'
    : 'ok';
  const limit = Math.max(0, options.maxItems ?? rows.length);
  return {
    worst,
    tooltip: tooltipFor(rows, language),
    items: rows.slice(0, limit).map((row) => row.item),
    hiddenCount: Math.max(0, rows.length - limit),
  };
}
