import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { Language } from '../../../shared/model/types';
import { message } from '../../../shared/texts/messages';
import { AppFailure } from '../errors';
import type { SecretBox } from '../ports';
import { DEFAULT_SCRYPT, ExportFileError, openExport, sealExport } from './export-file';
import type { ScryptParams } from './export-file';
import { LEGACY_LOGIN_SETTING } from './stored-login';
import { HISTORY_LIMIT } from './vault';
import { vaultDataSchema } from './vault-schema';
import type { StoredHistoryEntry, StoredOrganisation, StoredToken, VaultData } from './vault-schema';

export { exportAuditCsv } from './audit-csv';

/**
 * Moving a vault to another PC. The machine's SecretBox (the OS keychain) cannot
 * travel, so an export decrypts every secret and seals the whole lot under a
 * password instead (export-file.ts: scrypt + AES-256-GCM). Settings, drafts and
 * notices stay behind: they belong to the machine.
 *
 * Inside, every stored record is split into `fields` (everything but
 * ciphertexts) and `secrets` (each `<name>Cipher` decrypted, under `<name>`).
 * That way a field the vault gains later (a login, a rotation date, another
 * encrypted value) travels without a change here; on import the records are
 * joined again, re-encrypted with the local SecretBox and the result must pass
 * the local vault schema, or nothing is imported. So the СМДО login
 * (`loginCipher`) travels as `secrets.login`, sealed like the key; a file from
 * a version that kept it in clear (`settings.login`) is read as if it had been
 * written that way, so the import never stores it in clear.
 *
 * Import merges without duplicates:
 * - an organisation is the same when it has the same id (an earlier import of
 *   the same vault) and the УНП/ИНН do not differ; else when both have a УНП/ИНН
 *   and it is equal; else when the names are equal once case, ё/е, quotes and
 *   spaces are ignored (unless both have different УНП/ИНН). Only organisations
 *   that were there before the import are matched by УНП/ИНН or name, so a file
 *   is copied faithfully into an empty vault;
 * - a token is the same when it has the same id and belongs to the same
 *   organisation (once the file's organisations are mapped to ours: the vault
 *   never moves a token between organisations, so the same id elsewhere is
 *   another token, added under a new id, and ours is left alone); else when
 *   organisation, kind, system name and label are equal (matching only tokens
 *   that were there before, each at most once);
 * - of two versions of one token the newer one wins (see newerVersion():
 *   the later obtainedAt, then the later expiry; a tie keeps ours, so an older
 *   file never rolls anything back). The same secrets: the newer file's fields
 *   (expiry, label, notes…) replace ours → updated, else skipped. Different
 *   secrets: the newer one stays current and the other goes into the history
 *   (no secret twice in it).
 * The result is computed on a copy and returned whole; the caller saves it in
 * one write, so a failure never leaves half an import behind.
 */

export const EXPORT_PASSWORD_MIN_LENGTH = 10;

export interface ExportOptions {
  /** Lower scrypt costs for tests; the defaults are DEFAULT_SCRYPT. */
  kdf?: ScryptParams;
  now?: Date;
  language?: Language;
}

export interface ImportOptions {
  now?: Date;
  newId?: () => string;
  language?: Language;
}

export interface ImportCounts {
  organisations: number;
  tokens: number;
}

export interface ImportResult {
  next: VaultData;
  added: ImportCounts;
  /** Organisations whose empty УНП/ИНН was filled in; tokens whose secret, history or fields changed. */
  updated: ImportCounts;
  /** Found and already the same. */
  skipped: ImportCounts;
  /** When the file was made, as it says. */
  exportedAt: string;
}

// ---------------------------------------------------------------- portable payload

const PAYLOAD_KIND = 'token-assistant-vault';
const SECRET_NAME = /^[A-Za-z][A-Za-z0-9]{0,63}$/;
const CIPHER_SUFFIX = 'Cipher';
/** What split() makes of a stored token's loginCipher. */
const LOGIN_SECRET = 'login';

const splitSchema = z.strictObject({
  fields: z.record(z.string(), z.unknown()),
  secrets: z.record(z.string().regex(SECRET_NAME), z.string()),
});

const payloadSchema = z.strictObject({
  kind: z.literal(PAYLOAD_KIND),
  exportedAt: z.string(),
  schemaVersion: z.number().int(),
  organisations: z.array(
    z.looseObject({ id: z.string().min(1), name: z.string(), taxId: z.string(), createdAt: z.string() }),
  ),
  tokens: z.array(
    splitSchema.extend({
      history: z.array(splitSchema),
    }),
  ),
});
type Payload = z.infer<typeof payloadSchema>;
type Split = z.infer<typeof splitSchema>;
type PortableToken = Payload['tokens'][number];

function language(options: { language?: Language } | undefined, data: VaultData): Language {
  return options?.language ?? data.settings.language;
}

function encryptionUnavailable(lang: Language): AppFailure {
  return new AppFailure('encryption_unavailable', message('encryption_unavailable', lang));
}

async function decryptWith(box: SecretBox, cipher: string, lang: Language): Promise<string> {
  try {
    return await box.decrypt(cipher);
  } catch {
    // The box's own error may quote its input: never passed on.
    throw encryptionUnavailable(lang);
  }
}

async function encryptWith(box: SecretBox, plain: string, lang: Language): Promise<string> {
  try {
    const cipher = await box.encrypt(plain);
    if (typeof cipher === 'string' && cipher.length > 0) return cipher;
  } catch {
    // As above.
  }
  throw encryptionUnavailable(lang);
}

/** `{…, secretCipher}` → `{fields: {…}, secrets: {secret}}`, `omit` left out. */
async function split(record: Record<string, unknown>, omit: readonly string[], box: SecretBox, lang: Language): Promise<Split> {
  const fields: Record<string, unknown> = {};
  const secrets: Record<string, string> = {};
  for (const [name, value] of Object.entries(record)) {
    if (omit.includes(name)) continue;
    if (name.endsWith(CIPHER_SUFFIX) && name.length > CIPHER_SUFFIX.length && typeof value === 'string') {
      secrets[name.slice(0, -CIPHER_SUFFIX.length)] = await decryptWith(box, value, lang);
    } else {
      fields[name] = value;
    }
  }
  return { fields, secrets };
}

/** The reverse of split(), with the local box. */
async function join(part: Split, box: SecretBox, lang: Language): Promise<Record<string, unknown>> {
  const record: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  for (const [name, value] of Object.entries(part.fields)) {
    // A ciphertext from another machine is useless here, and smuggling one in must not work either.
    if (name.endsWith(CIPHER_SUFFIX) || name === '__proto__') throw new ImportShapeError();
    record[name] = value;
  }
  for (const [name, plain] of Object.entries(part.secrets)) record[`${name}${CIPHER_SUFFIX}`] = await encryptWith(box, plain, lang);
  return { ...record };
}

class ImportShapeError extends Error {}

async function toPayload(data: VaultData, box: SecretBox, lang: Language, now: Date): Promise<Payload> {
  const tokens: PortableToken[] = [];
  for (const token of data.tokens) {
    const own = await split(token as unknown as Record<string, unknown>, ['history'], box, lang);
    const history: Split[] = [];
    for (const entry of token.history) history.push(await split(entry as unknown as Record<string, unknown>, [], box, lang));
    tokens.push({ ...own, history });
  }
  return {
    kind: PAYLOAD_KIND,
    exportedAt: now.toISOString(),
    schemaVersion: data.schemaVersion,
    organisations: data.organisations.map((organisation) => ({ ...organisation })),
    tokens,
  };
}

// ---------------------------------------------------------------- export

export function checkExportPassword(password: string, lang: Language): void {
  if (Array.from(password.normalize('NFC')).length < EXPORT_PASSWORD_MIN_LENGTH || password.trim() === '') {
    throw new AppFailure(
      'invalid_field',
      message('export_password_too_short', lang, { min: String(EXPORT_PASSWORD_MIN_LENGTH) }),
      'password',
    );
  }
}

/** The whole vault (organisations, tokens with their secrets and history), sealed under `password`. */
export async function exportEncrypted(data: VaultData, secretBox: SecretBox, password: string, options: ExportOptions = {}): Promise<Buffer> {
  const lang = language(options, data);
  checkExportPassword(password, lang);
  const payload = await toPayload(data, secretBox, lang, options.now ?? new Date());
  return sealExport(Buffer.from(JSON.stringify(payload), 'utf8'), password, options.kdf ?? DEFAULT_SCRYPT);
}

// ---------------------------------------------------------------- import

async function readPayload(file: Uint8Array, password: string, lang: Language): Promise<Payload> {
  let plain: Buffer;
  try {
    plain = await openExport(file, password);
  } catch (error) {
    if (!(error instanceof ExportFileError)) throw error;
    if (error.reason === 'wrong-password') throw new AppFailure('wrong_password', message('export_wrong_password', lang), 'password');
    if (error.reason === 'unsupported-version') throw new AppFailure('invalid_file', message('export_unsupported_version', lang));
    throw new AppFailure('invalid_file', message('export_not_a_file', lang));
  }
  let raw: unknown;
  try {
    raw = JSON.parse(plain.toString('utf8'));
  } catch {
    throw new AppFailure('invalid_file', message('export_not_a_file', lang));
  }
  const parsed = payloadSchema.safeParse(raw);
  if (!parsed.success) throw new AppFailure('invalid_file', message('export_incompatible', lang));
  return { ...parsed.data, tokens: parsed.data.tokens.map(loginAsSecret) };
}

/** An older file's clear `settings.login` moved among the secrets, where this version keeps it. */
function loginAsSecret(portable: PortableToken): PortableToken {
  const settings = portable.fields.settings;
  if (typeof settings !== 'object' || settings === null || !Object.hasOwn(settings, LEGACY_LOGIN_SETTING)) return portable;
  const { [LEGACY_LOGIN_SETTING]: login, ...rest } = settings as Record<string, unknown>;
  const secrets = { ...portable.secrets };
  // A file that has both keeps the sealed one, as Vault.open does.
  if (typeof login === 'string' && login !== '' && !Object.hasOwn(secrets, LOGIN_SECRET)) secrets[LOGIN_SECRET] = login;
  return { ...portable, fields: { ...portable.fields, settings: rest }, secrets };
}

/** For matching names: case, ё/е, quotes and runs of spaces do not make another organisation. */
export function normaliseOrganisationName(name: string): string {
  return name
    .normalize('NFC')
    .toLocaleLowerCase('ru')
    .replace(/ё/g, 'е')
    .replace(/[«»"“”„'`’]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function normaliseTaxId(taxId: string): string {
  return taxId.replace(/\s+/g, '');
}

function tokenKey(token: Pick<StoredToken, 'organisationId' | 'kind' | 'systemName' | 'label'>): string {
  return JSON.stringify([token.organisationId, token.kind, token.systemName.trim(), token.label.trim()]);
}

function sameSecrets(a: Record<string, string>, b: Record<string, string>): boolean {
  const left = Object.keys(a).sort();
  const right = Object.keys(b).sort();
  return left.length === right.length && left.every((name, index) => name === right[index] && a[name] === b[name]);
}

/**
 * Whether the file's version of a token is newer than ours. The vault keeps no
 * edit time, but every save of a token (a renewal, or saving it again with the
 * same secret and another label, notes or expiry) sets obtainedAt to that
 * moment, so the later obtainedAt is the later version. With the same
 * obtainedAt (the same save, or a СМДО setup re-saved with the same key, which
 * keeps the date), the later expiry wins: the portal extended it, or it was
 * corrected. Anything else (equal dates, an expiry only one side has, a date
 * that does not parse) keeps ours: an older file must never roll back what is
 * here, and importing one file twice must change nothing the second time.
 */
function newerVersion(theirs: Pick<StoredToken, 'obtainedAt' | 'expiresAt'>, mine: Pick<StoredToken, 'obtainedAt' | 'expiresAt'>): boolean {
  const obtained = Date.parse(theirs.obtainedAt) - Date.parse(mine.obtainedAt);
  if (obtained !== 0) return obtained > 0; // NaN too: a date that does not parse is never newer
  if (theirs.expiresAt === null || mine.expiresAt === null) return false;
  return Date.parse(theirs.expiresAt) > Date.parse(mine.expiresAt);
}

/** A token's identity for matching by id: a token id means one token of one organisation. */
function idInOrganisation(id: string, organisationId: string): string {
  return JSON.stringify([id, organisationId]);
}

/** A token of the file, joined and re-encrypted with the local box. */
async function localToken(portable: PortableToken, id: string, organisationId: string, box: SecretBox, lang: Language): Promise<StoredToken> {
  const own = await join(portable, box, lang);
  const history: Record<string, unknown>[] = [];
  for (const entry of portable.history) history.push(await join(entry, box, lang));
  return { ...own, id, organisationId, history } as unknown as StoredToken;
}

interface PlainHistory {
  secret: string;
  entry: StoredHistoryEntry;
}

export async function importEncrypted(
  file: Uint8Array,
  password: string,
  current: VaultData,
  secretBox: SecretBox,
  options: ImportOptions = {},
): Promise<ImportResult> {
  const lang = language(options, current);
  const newId = options.newId ?? randomUUID;
  const payload = await readPayload(file, password, lang);
  const next = structuredClone(current);
  const added: ImportCounts = { organisations: 0, tokens: 0 };
  const updated: ImportCounts = { organisations: 0, tokens: 0 };
  const skipped: ImportCounts = { organisations: 0, tokens: 0 };

  try {
    // ---- organisations
    const before = [...next.organisations];
    const usedOrgIds = new Set(next.organisations.map((organisation) => organisation.id));
    const organisationMap = new Map<string, string>();
    for (const incoming of payload.organisations) {
      const incomingTax = normaliseTaxId(incoming.taxId);
      const incomingName = normaliseOrganisationName(incoming.name);
      const conflict = (candidate: StoredOrganisation) => {
        const tax = normaliseTaxId(candidate.taxId);
        return tax !== '' && incomingTax !== '' && tax !== incomingTax;
      };
      // The same id is the same organisation (an earlier import of this vault) unless the УНП/ИНН say otherwise;
      // other matches look only at what was there before, so that a file is never merged into itself.
      const match =
        next.organisations.find((candidate) => candidate.id === incoming.id && !conflict(candidate)) ??
        (incomingTax !== '' ? before.find((candidate) => normaliseTaxId(candidate.taxId) === incomingTax) : undefined) ??
        before.find((candidate) => !conflict(candidate) && normaliseOrganisationName(candidate.name) === incomingName);
      if (match) {
        organisationMap.set(incoming.id, match.id);
        if (normaliseTaxId(match.taxId) === '' && incomingTax !== '') {
          match.taxId = incoming.taxId.trim();
          updated.organisations += 1;
        } else {
          skipped.organisations += 1;
        }
        continue;
      }
      const id = usedOrgIds.has(incoming.id) ? newId() : incoming.id;
      usedOrgIds.add(id);
      const created = { ...incoming, id } as StoredOrganisation;
      next.organisations.push(created);
      organisationMap.set(incoming.id, id);
      added.organisations += 1;
    }

    // ---- tokens
    // The tokens the file names by id, in the organisation each maps to: the same id in
    // another organisation is not the same token (ids collide, organisations do not move tokens).
    const incomingIds = new Set(
      payload.tokens.flatMap((token) => {
        const organisationId = organisationMap.get(String(token.fields.organisationId ?? ''));
        return organisationId === undefined ? [] : [idInOrganisation(String(token.fields.id ?? ''), organisationId)];
      }),
    );
    const usedTokenIds = new Set(next.tokens.map((token) => token.id));
    const claimed = new Set<string>();
    // Only tokens that were there before match by their fields, and not those the file names by id.
    const byKey = new Map<string, StoredToken[]>();
    for (const token of next.tokens) {
      if (incomingIds.has(idInOrganisation(token.id, token.organisationId))) continue;
      const key = tokenKey(token);
      byKey.set(key, [...(byKey.get(key) ?? []), token]);
    }

    for (const portable of payload.tokens) {
      const incomingId = String(portable.fields.id ?? '');
      const incomingOrg = String(portable.fields.organisationId ?? '');
      const organisationId = organisationMap.get(incomingOrg);
      // A token of an organisation missing from the file: its fields do not fit the schema.
      if (organisationId === undefined) throw new ImportShapeError();
      const shape = {
        organisationId,
        kind: String(portable.fields.kind ?? '') as StoredToken['kind'],
        systemName: String(portable.fields.systemName ?? ''),
        label: String(portable.fields.label ?? ''),
      };
      const match =
        next.tokens.find((token) => token.id === incomingId && token.organisationId === organisationId) ??
        byKey.get(tokenKey(shape))?.find((token) => !claimed.has(token.id));

      if (!match) {
        const id = incomingId !== '' && !usedTokenIds.has(incomingId) ? incomingId : newId();
        usedTokenIds.add(id);
        next.tokens.push(await localToken(portable, id, organisationId, secretBox, lang));
        added.tokens += 1;
        continue;
      }
      claimed.add(match.id);
      const mine = await split(match as unknown as Record<string, unknown>, ['history'], secretBox, lang);
      const same = sameSecrets(mine.secrets, portable.secrets);
      // The same secrets and not a newer version: nothing to take from the file.
      if (same && !newerVersion(portableDates(portable), match)) {
        skipped.tokens += 1;
        continue;
      }
      const merged = await mergeToken(match, portable, same, secretBox, lang);
      if (merged === null) {
        skipped.tokens += 1;
      } else {
        next.tokens[next.tokens.indexOf(match)] = merged;
        updated.tokens += 1;
      }
    }

    const checked = vaultDataSchema.safeParse(next);
    if (!checked.success) throw new ImportShapeError();
    return { next: checked.data, added, updated, skipped, exportedAt: payload.exportedAt };
  } catch (error) {
    if (error instanceof ImportShapeError) throw new AppFailure('invalid_file', message('export_incompatible', lang));
    throw error;
  }
}

/** The dates of a file's token, as newerVersion() reads them (anything else is no date). */
function portableDates(portable: PortableToken): Pick<StoredToken, 'obtainedAt' | 'expiresAt'> {
  const { obtainedAt, expiresAt } = portable.fields;
  return { obtainedAt: typeof obtainedAt === 'string' ? obtainedAt : '', expiresAt: typeof expiresAt === 'string' ? expiresAt : null };
}

/**
 * Two versions of one token: the newer one (newerVersion) stays current, the
 * other's secret joins the history; no secret appears twice, newest first, at
 * most HISTORY_LIMIT. With `sameSecrets` the file's newer version only brings
 * its fields, and our ciphertexts stay. Answers the merged token, or null when nothing changed.
 */
async function mergeToken(mine: StoredToken, portable: PortableToken, sameSecrets: boolean, box: SecretBox, lang: Language): Promise<StoredToken | null> {
  const theirs = await localToken(portable, mine.id, mine.organisationId, box, lang);
  const theirsWin = newerVersion(theirs, mine);
  const winner = theirsWin ? theirs : mine;
  const loser = theirsWin ? mine : theirs;

  const winnerSecret = await decryptWith(box, winner.secretCipher, lang);
  const seen = new Set<string>([winnerSecret]);
  const entries: PlainHistory[] = [];
  const consider = async (entry: StoredHistoryEntry): Promise<void> => {
    const secret = await decryptWith(box, entry.secretCipher, lang);
    if (seen.has(secret)) return;
    seen.add(secret);
    entries.push({ secret, entry });
  };
  // The loser, as the entry it becomes: replaced when the winner was obtained.
  await consider({
    secretCipher: loser.secretCipher,
    hint: loser.hint,
    obtainedAt: loser.obtainedAt,
    expiresAt: loser.expiresAt,
    replacedAt: winner.obtainedAt,
  });
  for (const entry of [...mine.history, ...theirs.history]) await consider(entry);
  entries.sort((a, b) => Date.parse(b.entry.replacedAt) - Date.parse(a.entry.replacedAt) || Date.parse(b.entry.obtainedAt) - Date.parse(a.entry.obtainedAt));
  const history = entries.slice(0, HISTORY_LIMIT).map(({ entry }) => entry);

  if (!theirsWin) {
    const before = await Promise.all(mine.history.map((entry) => decryptWith(box, entry.secretCipher, lang)));
    const after = await Promise.all(history.map((entry) => decryptWith(box, entry.secretCipher, lang)));
    if (before.length === after.length && before.every((secret, index) => secret === after[index])) return null;
    return { ...mine, history };
  }
  // The file's version is newer: its fields, kept under our id and organisation.
  const merged = { ...theirs, id: mine.id, organisationId: mine.organisationId, history } as Record<string, unknown>;
  if (sameSecrets) {
    // The same plain secrets: our ciphertexts (and the hint made from them) need no re-encryption.
    const own = mine as unknown as Record<string, unknown>;
    for (const name of Object.keys(portable.secrets)) merged[`${name}${CIPHER_SUFFIX}`] = own[`${name}${CIPHER_SUFFIX}`];
    merged.hint = mine.hint;
  }
  return merged as unknown as StoredToken;
}
