import { getKind } from '../../../shared/kinds/catalog';
import { SPREADSHEET_COLUMNS } from '../../../shared/fleet/spreadsheet-rows';
import type { SpreadsheetColumn, SpreadsheetProblem, SpreadsheetRowView } from '../../../shared/fleet/spreadsheet-rows';
import type { Language, OrganisationView, TokenKindId } from '../../../shared/model/types';
import { kindShortName } from '../../../shared/reminders/texts';
import { message } from '../../../shared/texts/messages';
import type { MessageCode } from '../../../shared/texts/messages';
import { parsePortalDateTime } from '../../../shared/time/portal-time';
import { checkExpiryInstant, normaliseTaxId, validateField, validateOrganisationName, validateTaxId } from '../../../shared/validation/fields';
import type { FieldProblem } from '../../../shared/validation/fields';
import type { ReadSheet } from './read-sheet';

/** A cell longer than this is refused (the longest field, an organisation's name, takes 200). */
const MAX_CELL_CHARS = 300;
/** Characters Excel (and LibreOffice) read as the start of a formula when the table is opened again. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Kinds the import creates: renewed by hand with a date the portal shows. СМДО and Честный знак tokens the app fetches itself. */
const IMPORTED_KINDS = ['oais', 'tpsclient', 'eis'] as const satisfies readonly TokenKindId[];

/** Where each row's record goes: an organisation already in the vault, or one the import creates (keyed within the file). */
export type OrganisationTarget = { existingId: string; name: string } | { newKey: string; name: string; taxId: string };

export interface PlannedRecord {
  line: number;
  organisation: OrganisationTarget;
  kind: TokenKindId;
  label: string;
  systemName: string;
  techEmail: string;
  expiresAt: string;
}

export interface SheetReading {
  rows: SpreadsheetRowView[];
  records: PlannedRecord[];
}

const squash = (text: string) =>
  text
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[«»"'“”„]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

/** Which column a header names, in the words people use for it; null for a column the import does not read. */
function headerColumn(header: string): SpreadsheetColumn | null {
  const text = squash(header);
  if (/e-?mail|почт/.test(text)) return 'techEmail';
  if (/унп|инн|tax/.test(text)) return 'taxId';
  if (/^(вид|тип)|kind|type/.test(text)) return 'kind';
  if (/действ|срок|оконч|дата|expir|valid/.test(text)) return 'expiresAt';
  if (/организац|клиент|organi[sz]ation|company/.test(text)) return 'organisation';
  if (/назван|запис|наименов|label|name/.test(text)) return 'label';
  return null;
}

/** The kind as a person writes it in Russian (or by its id); null when it is none of them. */
export function kindFromText(text: string): TokenKindId | null {
  const value = squash(text);
  if (value === '') return null;
  if (/tps ?client|тпс|таможн|декларант/.test(value)) return 'tpsclient';
  if (/оаис|oais|система-система|паслуг/.test(value)) return 'oais';
  if (/^еис|^eis|сервис[а-я]* отдачи|закупк|zakupki/.test(value)) return 'eis';
  if (/смдо|smdo/.test(value)) return 'smdo';
  if (/честный знак|^чз$|суз|crpt|true ?api|маркировк/.test(value)) return 'crpt';
  return null;
}

const COLUMN_NAMES: Record<SpreadsheetColumn, Record<Language, string>> = {
  organisation: { ru: 'Организация', en: 'Организация (organisation)' },
  taxId: { ru: 'УНП/ИНН', en: 'УНП/ИНН (tax id)' },
  kind: { ru: 'Вид токена', en: 'Вид токена (kind)' },
  label: { ru: 'Название записи', en: 'Название записи (entry name)' },
  expiresAt: { ru: 'Действует до', en: 'Действует до (valid until)' },
  techEmail: { ru: 'E-mail', en: 'E-mail' },
};
const REQUIRED_COLUMNS: readonly SpreadsheetColumn[] = ['organisation', 'kind', 'expiresAt'];

/** Column positions from the header row; throws the list of missing required columns. */
export function columnsOf(header: readonly string[]): { positions: Partial<Record<SpreadsheetColumn, number>>; missing: SpreadsheetColumn[] } {
  const positions: Partial<Record<SpreadsheetColumn, number>> = {};
  header.forEach((cell, index) => {
    const column = headerColumn(cell);
    if (column !== null && positions[column] === undefined) positions[column] = index;
  });
  return { positions, missing: REQUIRED_COLUMNS.filter((column) => positions[column] === undefined) };
}

export function missingColumnsText(missing: readonly SpreadsheetColumn[], language: Language): string {
  return missing.map((column) => `«${COLUMN_NAMES[column][language]}»`).join(', ');
}

const nameKey = (name: string) => squash(name);

/**
 * Every row of the table checked as the wizard checks what is typed (organisation name,
 * УНП/ИНН with its check digits, the kind's label and e-mail rules, ДД.ММ.ГГГГ dates and the
 * kind's longest validity), with the vault as it is now: an organisation is matched by its
 * number (or, without one, by its name), and a record the vault or an earlier row already
 * has is refused. A past date is no error: the record shows as expired and reminds at once.
 */
export function readSheetRows(
  sheet: ReadSheet,
  positions: Partial<Record<SpreadsheetColumn, number>>,
  organisations: readonly OrganisationView[],
  now: Date,
  language: Language,
): SheetReading {
  const byTaxId = new Map<string, OrganisationView>();
  const byName = new Map<string, OrganisationView>();
  for (const organisation of organisations) {
    const taxId = normaliseTaxId(organisation.taxId);
    if (taxId !== '' && !byTaxId.has(taxId)) byTaxId.set(taxId, organisation);
    if (!byName.has(nameKey(organisation.name))) byName.set(nameKey(organisation.name), organisation);
  }
  /** Organisations the file brings, by number or by name, with the row that named them first. */
  const fileOrganisations = new Map<string, { name: string; taxId: string; line: number }>();
  const seenRecords = new Map<string, number>();
  const rows: SpreadsheetRowView[] = [];
  const records: PlannedRecord[] = [];

  for (const { line, cells: raw } of sheet.rows.slice(1)) {
    const problems: SpreadsheetProblem[] = [];
    const notes: string[] = [];
    const say = (column: SpreadsheetColumn | null, code: MessageCode, params: Record<string, string> = {}) => problems.push({ column, message: message(code, language, params) });
    const sayField = (column: SpreadsheetColumn, problem: FieldProblem | null) => {
      if (problem) say(column, problem.code, problem.params);
    };

    const cells = {} as Record<SpreadsheetColumn, string>;
    for (const column of SPREADSHEET_COLUMNS) {
      const index = positions[column];
      const value = (index === undefined ? '' : (raw[index] ?? '')).trim();
      cells[column] = value.length > MAX_CELL_CHARS ? `${value.slice(0, 200)}…` : value;
      if (value.length > MAX_CELL_CHARS) say(column, 'sheet_cell_too_long', { max: String(MAX_CELL_CHARS) });
      else if (FORMULA_START.test(value)) say(column, 'sheet_formula', { char: value[0] === '\t' || value[0] === '\r' ? '⇥' : (value[0] ?? '') });
    }
    const formulaOrLong = new Set(problems.map((problem) => problem.column));

    // The organisation: by its number when there is one, otherwise by its name.
    const name = cells.organisation;
    if (!formulaOrLong.has('organisation')) {
      if (name === '') say('organisation', 'sheet_organisation_required');
      else sayField('organisation', validateOrganisationName(name));
    }
    const taxId = normaliseTaxId(cells.taxId);
    if (!formulaOrLong.has('taxId')) sayField('taxId', validateTaxId(cells.taxId));

    // The kind, in the words people write it.
    const kindId = kindFromText(cells.kind);
    const importable = kindId !== null && (IMPORTED_KINDS as readonly TokenKindId[]).includes(kindId);
    if (!formulaOrLong.has('kind')) {
      if (kindId === null) say('kind', 'sheet_kind_unknown', { value: cells.kind });
      else if (!importable) say('kind', 'sheet_kind_automatic', { kind: kindShortName(kindId, language) });
    }
    const kind = importable ? getKind(kindId) : undefined;

    // The record's own fields by the kind's rules.
    if (kind && !formulaOrLong.has('label')) sayField('label', validateField(kind, 'label', cells.label, now));
    const hasEmailField = kind?.fields.some((field) => field.id === 'techEmail') ?? false;
    if (kind && hasEmailField && cells.techEmail !== '' && !formulaOrLong.has('techEmail')) sayField('techEmail', validateField(kind, 'techEmail', cells.techEmail, now));

    // The date as the portals print it; a past one is kept (expired), a far one refused like in the wizard.
    let expiresAt: string | null = null;
    let expired = false;
    if (!formulaOrLong.has('expiresAt')) {
      if (cells.expiresAt === '') {
        say('expiresAt', 'sheet_expiry_required');
      } else {
        const parsed = parsePortalDateTime(cells.expiresAt);
        if (!parsed.ok) say('expiresAt', parsed.code === 'date_invalid' ? 'date_invalid' : 'sheet_date_format', { value: cells.expiresAt });
        else {
          expiresAt = parsed.instant.toISOString();
          expired = parsed.instant.getTime() <= now.getTime();
          const tooFar = kind && !expired ? checkExpiryInstant(kind, parsed.instant, now) : null;
          if (tooFar) sayField('expiresAt', tooFar);
        }
      }
    }

    // Which organisation gets it.
    let target: OrganisationTarget | null = null;
    let existingOrganisation: string | null = null;
    let organisationKey = '';
    if (name !== '') {
      const existing = taxId !== '' ? byTaxId.get(taxId) : byName.get(nameKey(name));
      if (existing) {
        target = { existingId: existing.id, name };
        existingOrganisation = existing.name;
        organisationKey = `id:${existing.id}`;
        if (taxId !== '' && nameKey(existing.name) !== nameKey(name)) notes.push(message('sheet_tax_id_other_name', language, { taxId, line: String(line), name: existing.name }));
      } else {
        organisationKey = taxId !== '' ? `tax:${taxId}` : `name:${nameKey(name)}`;
        const first = fileOrganisations.get(organisationKey);
        if (first && nameKey(first.name) !== nameKey(name)) notes.push(message('sheet_tax_id_other_name', language, { taxId, line: String(first.line), name: first.name }));
        target = { newKey: organisationKey, name: first?.name ?? name, taxId };
      }
    }

    // The same record twice: in the vault, or in an earlier row.
    if (target && kindId && problems.length === 0) {
      const recordKey = `${organisationKey}|${kindId}|${nameKey(cells.label)}`;
      const earlier = seenRecords.get(recordKey);
      const inVault =
        'existingId' in target
          ? organisations
              .find((organisation) => organisation.id === (target as { existingId: string }).existingId)
              ?.tokens.some((token) => token.kind === kindId && nameKey(token.label) === nameKey(cells.label))
          : false;
      if (earlier !== undefined) say(null, 'sheet_duplicate_row', { line: String(earlier) });
      else if (inVault) say(null, 'sheet_record_exists', { organisation: existingOrganisation ?? name, kind: kindShortName(kindId, language), label: cells.label });
      else seenRecords.set(recordKey, line);
    }

    rows.push({ line, cells, kind: kindId, expiresAt, expired, existingOrganisation, problems, notes });
    if (problems.length === 0 && target && kind && expiresAt !== null) {
      if ('newKey' in target && !fileOrganisations.has(target.newKey)) fileOrganisations.set(target.newKey, { name, taxId, line });
      records.push({
        line,
        organisation: target,
        kind: kind.id,
        label: cells.label,
        // TPSClient's system is always named so; ОАИС's name is learnt when the token is obtained.
        systemName: kind.id === 'tpsclient' ? 'TPSClient' : '',
        techEmail: hasEmailField ? cells.techEmail : '',
        expiresAt,
      });
    }
  }
  return { rows, records };
}
