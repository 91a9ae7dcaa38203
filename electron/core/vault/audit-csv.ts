import type { Language, TokenKindId } from '../../../shared/model/types';
import { TOKEN_KIND_IDS } from '../../../shared/model/types';
import { tokenUrgency, urgencyLabel } from '../../../shared/kinds/token-urgency';
import { formatPortalDateTime } from '../../../shared/time/portal-time';
import type { StoredToken, VaultData } from './vault-schema';

/**
 * The audit export: one row per token (and one per organisation without
 * tokens), for an accountant's spreadsheet or an auditor. No secrets, no hints
 * of secrets, no notes (people do paste tokens into notes).
 *
 * Made for Russian-locale Excel: UTF-8 with a BOM (otherwise Excel reads it as
 * cp1251), `;` as the separator, CRLF line ends, RFC 4180 quoting. Dates are
 * `ДД.ММ.ГГГГ ЧЧ:ММ` at UTC+3 (Minsk and Moscow alike). Any text cell that a
 * spreadsheet would run as a formula gets a leading apostrophe: one starting
 * with = + - @ or their full-width forms ＝ ＋ － ＠ (some spreadsheets and IME
 * input read those as the ASCII ones), also after leading spaces, no-break or
 * zero-width spaces and control characters (spreadsheets trim those), and one
 * starting with a tab, CR or LF (after spaces too). Only text that people typed goes through it:
 * the columns the app computes (dates, the days left, which may be negative,
 * the kind and the state) stay as they are, so «-3» days left remains a number.
 */

const HEADERS: Record<Language, string[]> = {
  ru: ['Организация', 'УНП/ИНН', 'Вид', 'Название', 'Система', 'Эл. почта', 'Получен', 'Действует до', 'Осталось дней', 'Состояние'],
  en: ['Organisation', 'Tax ID', 'Kind', 'Name', 'System', 'E-mail', 'Obtained', 'Valid until', 'Days left', 'State'],
};

const KIND_NAMES: Record<TokenKindId, Record<Language, string>> = {
  oais: { ru: 'ОАИС «система-система»', en: 'OAIS system-to-system' },
  tpsclient: { ru: 'ОАИС для TPSClient', en: 'OAIS for TPSClient' },
  smdo: { ru: 'СМДО', en: 'СМДО' },
  eis: { ru: 'ЕИС, сервисы отдачи', en: 'ЕИС data services' },
  crpt: { ru: 'Честный знак, СУЗ', en: 'Честный знак, СУЗ' },
};

const NO_TOKENS: Record<Language, string> = { ru: 'Нет токенов', en: 'No tokens' };
const DAY_MS = 86_400_000;
const FORMULA_START = /^[\s\p{Cc}\u200b-\u200d\u2060]*[=+\-@\uff1d\uff0b\uff0d\uff20]|^[\p{Zs}\u200b-\u200d\u2060]*[\t\r\n]/u;

/** A cell of text that came from a person: neutralised if a spreadsheet would run it. */
export function textCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** RFC 4180 quoting for a `;`-separated file. */
export function quoteCell(value: string): string {
  return /[";\r\n]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function daysLeft(expiresAt: string | null, now: Date): string {
  if (expiresAt === null) return '';
  const days = Math.trunc((Date.parse(expiresAt) - now.getTime()) / DAY_MS);
  return String(days === 0 ? 0 : days);
}

function tokenRow(token: StoredToken, organisation: { name: string; taxId: string }, language: Language, now: Date, soonDays: number): string[] {
  return [
    textCell(organisation.name),
    textCell(organisation.taxId),
    KIND_NAMES[token.kind][language],
    textCell(token.label),
    textCell(token.systemName),
    textCell(token.techEmail),
    formatPortalDateTime(new Date(token.obtainedAt)),
    token.expiresAt === null ? '' : formatPortalDateTime(new Date(token.expiresAt)),
    daysLeft(token.expiresAt, now),
    urgencyLabel(tokenUrgency(token, now, soonDays), language),
  ];
}

const JOURNAL_TITLE: Record<Language, string> = { ru: 'Журнал выдачи токенов программам', en: 'Tokens given to programs' };
const JOURNAL_HEADERS: Record<Language, string[]> = {
  ru: ['Время', 'Программа', 'Организация', 'Токен', 'Код ответа'],
  en: ['Time', 'Program', 'Organisation', 'Token', 'Status'],
};
const UNKNOWN_PROGRAM: Record<Language, string> = { ru: 'Неизвестный ключ', en: 'Unknown key' };

/**
 * The token service's access journal after the tokens, oldest first, when there is one:
 * when, which program, which record, what status. Never a key or a token.
 */
function accessJournalRows(data: VaultData, language: Language): string[][] {
  const journal = data.tokenService?.journal ?? [];
  if (journal.length === 0) return [];
  const tokens = new Map(data.tokens.map((token) => [token.id, token]));
  const organisations = new Map(data.organisations.map((organisation) => [organisation.id, organisation]));
  const rows: string[][] = [[], [JOURNAL_TITLE[language]], JOURNAL_HEADERS[language]];
  for (const entry of [...journal].reverse()) {
    const token = entry.tokenId === null ? undefined : tokens.get(entry.tokenId);
    const organisation = token ? organisations.get(token.organisationId) : undefined;
    rows.push([
      formatPortalDateTime(new Date(entry.at)),
      entry.program === null ? UNKNOWN_PROGRAM[language] : textCell(entry.program),
      organisation ? textCell(organisation.name) : '',
      token ? textCell(token.label || KIND_NAMES[token.kind][language]) : textCell(entry.tokenId ?? ''),
      String(entry.status),
    ]);
  }
  return rows;
}

export function exportAuditCsv(data: VaultData, language: Language, now: Date = new Date()): string {
  const collator = new Intl.Collator(language === 'ru' ? 'ru' : 'en', { sensitivity: 'base', numeric: true });
  const kindOrder = (kind: TokenKindId) => TOKEN_KIND_IDS.indexOf(kind);
  const soonDays = data.settings.soonThresholdDays;
  const rows: string[][] = [HEADERS[language]];
  const organisations = [...data.organisations].sort((a, b) => collator.compare(a.name, b.name) || a.id.localeCompare(b.id));
  const byOrganisation = new Map<string, StoredToken[]>();
  for (const token of data.tokens) byOrganisation.set(token.organisationId, [...(byOrganisation.get(token.organisationId) ?? []), token]);

  for (const organisation of organisations) {
    const tokens = (byOrganisation.get(organisation.id) ?? []).sort(
      (a, b) => kindOrder(a.kind) - kindOrder(b.kind) || collator.compare(a.label, b.label) || a.id.localeCompare(b.id),
    );
    if (tokens.length === 0) {
      rows.push([textCell(organisation.name), textCell(organisation.taxId), '', '', '', '', '', '', '', NO_TOKENS[language]]);
      continue;
    }
    for (const token of tokens) rows.push(tokenRow(token, organisation, language, now, soonDays));
  }
  rows.push(...accessJournalRows(data, language));
  return `\uFEFF${rows.map((row) => row.map(quoteCell).join(';')).join('\r\n')}\r\n`;
}
