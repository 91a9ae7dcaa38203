import { randomUUID } from 'node:crypto';
import type { Language } from '../../../shared/model/types';
import { message } from '../../../shared/texts/messages';
import { AppFailure } from '../errors';
import type { SecretBox } from '../ports';
import { DEFAULT_SCRYPT, ExportFileError, MAX_EXPORT_FILE_BYTES, MAX_EXPORT_PAYLOAD_BYTES, MAX_SCRYPT_MEMORY, openExport, sealExport } from './export-file';
import type { ScryptParams } from './export-file';
import { FUTURE_TOLERANCE_MS, PAYLOAD_KIND, firstFutureDate, importedSettings, payloadSchema, tooManyEntries } from './import-payload';
import type { Payload, PortableToken } from './import-payload';
import { LEGACY_LOGIN_SETTING } from './stored-login';
import { HISTORY_LIMIT } from './vault';
import { hintFor } from './vault-views';
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
 * So the СМДО login (`loginCipher`) travels as `secrets.login`, sealed like the key.
 *
 * A file is untrusted input: anyone can send one with its password. The import
 * reads it through explicit lists (import-payload.ts): each record is rebuilt
 * field by field, settings only as far as the kind declares them importable
 * (no program or file path, no signer, automatic refresh off; addresses come in
 * unconfirmed), every record gets a fresh id, and a date later than tomorrow
 * refuses the file. Then it is re-encrypted with the local SecretBox and must
 * pass the local vault schema, or nothing is imported. A file from a version
 * that kept the login in clear (`settings.login`) is read as if it had been
 * written sealed, so the import never stores it in clear.
 *
 * Import merges without duplicates:
 * - an organisation is the same when it has the same id (a file made from this
 *   vault; the id is compared, never taken) and the УНП/ИНН do not differ; else when both have a УНП/ИНН
 *   and it is equal; else when the names are equal once case, ё/е, quotes and
 *   spaces are ignored (unless both have different УНП/ИНН). Only organisations
 *   that were there before the import are matched by УНП/ИНН or name, so a file
 *   is copied faithfully into an empty vault;
 * - a token is the same when it has the same id and kind and belongs to the same
 *   organisation (once the file's organisations are mapped to ours: the vault
 *   never moves a token between organisations, so the same id elsewhere is
 *   another token, added, and ours is left alone); else when
 *   organisation, kind, system name and label are equal (matching only tokens
 *   that were there before, each at most once);
 * - of two versions of one token the newer one wins (see newerVersion():
 *   the later obtainedAt, then the later expiry; a tie keeps ours, so an older
 *   file never rolls anything back). The same secrets: the newer file's dates,
 *   label and notes replace ours → updated, else skipped. Different secrets: the
 *   newer one stays current and the other goes into the history (no secret
 *   twice in it). A merge never changes our record's settings (addresses,
 *   signer, automatic refresh) nor anything else that is ours (mergeToken).
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

const CIPHER_SUFFIX = 'Cipher';

/** A stored record as the file carries it: its fields, and its ciphertexts decrypted. */
interface Split {
  fields: Record<string, unknown>;
  secrets: Record<string, string>;
}

/** What an export writes; import-payload.ts says what an import reads of it. */
interface ExportPayload {
  kind: typeof PAYLOAD_KIND;
  exportedAt: string;
  schemaVersion: number;
  organisations: Record<string, unknown>[];
  tokens: (Split & { history: Split[] })[];
}

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

class ImportShapeError extends Error {}

async function toPayload(data: VaultData, box: SecretBox, lang: Language, now: Date): Promise<ExportPayload> {
  const tokens: ExportPayload['tokens'] = [];
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
    throw new AppFailure('invalid_field', message('export_password_too_short', lang, { min: String(EXPORT_PASSWORD_MIN_LENGTH) }), 'password');
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

const MIB = 1024 * 1024;

async function readPayload(file: Uint8Array, password: string, lang: Language): Promise<Payload> {
  if (file.byteLength > MAX_EXPORT_FILE_BYTES) {
    throw new AppFailure('invalid_file', message('import_file_too_large', lang, { limit: String(MAX_EXPORT_FILE_BYTES / MIB) }));
  }
  let plain: Buffer;
  try {
    plain = await openExport(file, password);
  } catch (error) {
    if (!(error instanceof ExportFileError)) throw error;
    if (error.reason === 'wrong-password') throw new AppFailure('wrong_password', message('export_wrong_password', lang), 'password');
    if (error.reason === 'unsupported-version') throw new AppFailure('invalid_file', message('export_unsupported_version', lang));
    if (error.reason === 'too-costly') {
      throw new AppFailure('invalid_file', message('import_key_derivation_too_costly', lang, { limit: String(MAX_SCRYPT_MEMORY / MIB) }));
    }
    if (error.reason === 'file-too-large') {
      throw new AppFailure('invalid_file', message('import_file_too_large', lang, { limit: String(MAX_EXPORT_FILE_BYTES / MIB) }));
    }
    if (error.reason === 'payload-too-large') {
      throw new AppFailure('invalid_file', message('import_payload_too_large', lang, { limit: String(MAX_EXPORT_PAYLOAD_BYTES / MIB) }));
    }
    throw new AppFailure('invalid_file', message('export_not_a_file', lang));
  }
  let raw: unknown;
  try {
    raw = JSON.parse(plain.toString('utf8'));
  } catch {
    throw new AppFailure('invalid_file', message('export_not_a_file', lang));
  }
  const parsed = payloadSchema.safeParse(raw);
  if (!parsed.success) {
    throw new AppFailure('invalid_file', message(tooManyEntries(parsed.error) ? 'import_too_many_entries' : 'export_incompatible', lang));
  }
  return { ...parsed.data, tokens: parsed.data.tokens.map(loginAsSecret) };
}

/** An older file's clear `settings.login` moved among the secrets, where this version keeps it. */
function loginAsSecret(portable: PortableToken): PortableToken {
  const settings = portable.fields.settings;
  if (!Object.hasOwn(settings, LEGACY_LOGIN_SETTING)) return portable;
  const { [LEGACY_LOGIN_SETTING]: login, ...rest } = settings;
  const secrets = { ...portable.secrets };
  // A file that has both keeps the sealed one, as Vault.open does.
  if (typeof login === 'string' && login !== '' && login.length <= 1024 && !secrets.login) secrets.login = login;
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
 * (A file's dates are never later than tomorrow: firstFutureDate.)
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

/** The kind's login, for the kinds that have one (СМДО); an empty one is none. */
function loginOf(portable: PortableToken): string | undefined {
  const login = portable.secrets.login;
  return portable.fields.kind === 'smdo' && login !== undefined && login !== '' ? login : undefined;
}

/**
 * A token of the file as a local record, built field by field: what is not named
 * here is not imported. Automatic refresh is off (importedSettings keeps no
 * `autoRefresh`), no path or signer comes in, the certificate's expiry is read
 * again when the user chooses the signer on this PC, and the hint is made from
 * the secret rather than taken from the file.
 */
async function localToken(portable: PortableToken, id: string, organisationId: string, box: SecretBox, lang: Language): Promise<StoredToken> {
  const fields = portable.fields;
  // The vault writes its history newest first: the file's first entries are the ones worth keeping.
  const entries = portable.history.slice(0, HISTORY_LIMIT);
  const history: StoredHistoryEntry[] = [];
  for (const entry of entries) {
    history.push({
      secretCipher: await encryptWith(box, entry.secrets.secret, lang),
      hint: hintFor(entry.secrets.secret),
      obtainedAt: entry.fields.obtainedAt,
      expiresAt: entry.fields.expiresAt,
      replacedAt: entry.fields.replacedAt,
    });
  }
  const login = loginOf(portable);
  const token: StoredToken = {
    id,
    organisationId,
    kind: fields.kind,
    label: fields.label,
    systemName: fields.systemName,
    techEmail: fields.techEmail,
    // A record still waiting for its token comes without one, and stays so.
    ...(portable.secrets.secret !== undefined
      ? { secretCipher: await encryptWith(box, portable.secrets.secret, lang), hint: hintFor(portable.secrets.secret) }
      : { hint: '', awaitingToken: true as const }),
    expiresAt: fields.expiresAt,
    obtainedAt: fields.obtainedAt,
    notes: fields.notes,
    history,
    settings: importedSettings(fields.kind, fields.settings),
    certificateExpiresAt: null,
    smdoKeySetAt: fields.kind === 'smdo' ? fields.smdoKeySetAt : null,
    // A host is confirmed by the user on this PC, never by a file (issue #9).
    confirmedHosts: [],
  };
  if (login !== undefined) token.loginCipher = await encryptWith(box, login, lang);
  return token;
}

interface PlainHistory {
  secret: string;
  entry: StoredHistoryEntry;
}

export async function importEncrypted(file: Uint8Array, password: string, current: VaultData, secretBox: SecretBox, options: ImportOptions = {}): Promise<ImportResult> {
  const lang = language(options, current);
  const newId = options.newId ?? randomUUID;
  const now = options.now ?? new Date();
  const payload = await readPayload(file, password, lang);
  const future = firstFutureDate(payload, now.getTime() + FUTURE_TOLERANCE_MS);
  if (future !== null) throw new AppFailure('invalid_file', message('import_future_date', lang, { date: future.slice(0, 32) }));
  const next = structuredClone(current);
  const added: ImportCounts = { organisations: 0, tokens: 0 };
  const updated: ImportCounts = { organisations: 0, tokens: 0 };
  const skipped: ImportCounts = { organisations: 0, tokens: 0 };
  // Every imported record gets an id of its own: a file's id may be anything (`__proto__`,
  // 200 characters no request can name) and may collide with ours.
  const usedIds = new Set([...next.organisations.map((organisation) => organisation.id), ...next.tokens.map((token) => token.id)]);
  const freshId = (): string => {
    for (;;) {
      const id = newId();
      if (!usedIds.has(id)) {
        usedIds.add(id);
        return id;
      }
    }
  };

  try {
    // ---- organisations
    const before = [...next.organisations];
    const organisationMap = new Map<string, string>();
    const matched = new Set<string>();
    for (const incoming of payload.organisations) {
      // One id twice in the file: its tokens could not say which they belong to.
      if (organisationMap.has(incoming.id)) throw new ImportShapeError();
      const incomingTax = normaliseTaxId(incoming.taxId);
      const incomingName = normaliseOrganisationName(incoming.name);
      const conflict = (candidate: StoredOrganisation) => {
        const tax = normaliseTaxId(candidate.taxId);
        return tax !== '' && incomingTax !== '' && tax !== incomingTax;
      };
      // The same id is the same organisation (a file made from this vault) unless the УНП/ИНН say otherwise;
      // the id is only compared, never taken. Other matches look only at what was there before, so that a
      // file is never merged into itself.
      const sameTax = (candidate: StoredOrganisation) => normaliseTaxId(candidate.taxId) === incomingTax;
      // One of ours not yet matched by another organisation of the file comes first: a file with two
      // «Клён» without УНП, imported twice, maps them to the two it added the first time.
      const find = (test: (candidate: StoredOrganisation) => boolean) => before.find((candidate) => !matched.has(candidate.id) && test(candidate)) ?? before.find(test);
      const match =
        before.find((candidate) => candidate.id === incoming.id && !conflict(candidate)) ??
        (incomingTax !== '' ? find((candidate) => sameTax(candidate) && normaliseOrganisationName(candidate.name) === incomingName) : undefined) ??
        (incomingTax !== '' ? find(sameTax) : undefined) ??
        find((candidate) => !conflict(candidate) && normaliseOrganisationName(candidate.name) === incomingName);
      if (match) {
        matched.add(match.id);
        organisationMap.set(incoming.id, match.id);
        if (normaliseTaxId(match.taxId) === '' && incomingTax !== '') {
          match.taxId = incoming.taxId.trim();
          updated.organisations += 1;
        } else {
          skipped.organisations += 1;
        }
        continue;
      }
      const id = freshId();
      next.organisations.push({ id, name: incoming.name, taxId: incoming.taxId, createdAt: incoming.createdAt });
      organisationMap.set(incoming.id, id);
      added.organisations += 1;
    }

    // ---- tokens
    // The tokens the file names by id, in the organisation each maps to: the same id in
    // another organisation is not the same token (ids collide, organisations do not move tokens).
    const beforeTokens = [...next.tokens];
    const incomingIds = new Set(
      payload.tokens.flatMap((token) => {
        const organisationId = organisationMap.get(token.fields.organisationId);
        return organisationId === undefined ? [] : [idInOrganisation(token.fields.id, organisationId)];
      }),
    );
    const claimed = new Set<string>();
    // Only tokens that were there before match by their fields, and not those the file names by id.
    const byKey = new Map<string, StoredToken[]>();
    for (const token of beforeTokens) {
      if (incomingIds.has(idInOrganisation(token.id, token.organisationId))) continue;
      const key = tokenKey(token);
      byKey.set(key, [...(byKey.get(key) ?? []), token]);
    }

    for (const portable of payload.tokens) {
      const fields = portable.fields;
      const organisationId = organisationMap.get(fields.organisationId);
      // A token of an organisation missing from the file: its fields do not fit the schema.
      if (organisationId === undefined) throw new ImportShapeError();
      const shape = { organisationId, kind: fields.kind, systemName: fields.systemName, label: fields.label };
      const match =
        beforeTokens.find((token) => token.id === fields.id && token.organisationId === organisationId && token.kind === fields.kind && !claimed.has(token.id)) ??
        byKey.get(tokenKey(shape))?.find((token) => !claimed.has(token.id));

      if (!match) {
        next.tokens.push(await localToken(portable, freshId(), organisationId, secretBox, lang));
        added.tokens += 1;
        continue;
      }
      claimed.add(match.id);
      const merged = await mergeToken(match, portable, secretBox, lang);
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

/**
 * Two versions of one token. The newer one (newerVersion) gives the current
 * secret and the record's own dates, label and notes; the other's secret joins
 * the history (no secret twice, newest first, at most HISTORY_LIMIT). The
 * record stays ours in everything else: its settings (addresses, signer,
 * automatic refresh), the hosts the user confirmed, the certificate's expiry,
 * whatever the vault gains later. Answers the merged token, or null when nothing changed.
 */
async function mergeToken(mine: StoredToken, portable: PortableToken, box: SecretBox, lang: Language): Promise<StoredToken | null> {
  // A record still waiting for its token brings nothing ours lacks; ours waiting takes the file's whole.
  const theirSecret = portable.secrets.secret;
  if (theirSecret === undefined) return null;
  if (mine.secretCipher === undefined) {
    const theirs = await localToken(portable, mine.id, mine.organisationId, box, lang);
    return {
      ...theirs,
      settings: mine.settings,
      confirmedHosts: mine.confirmedHosts,
      certificateExpiresAt: mine.certificateExpiresAt,
      ...(mine.edits ? { edits: mine.edits } : {}),
    };
  }
  const myCipher = mine.secretCipher;
  const mySecret = await decryptWith(box, myCipher, lang);
  const myLogin = mine.loginCipher === undefined ? undefined : await decryptWith(box, mine.loginCipher, lang);
  const theirLogin = loginOf(portable);
  // A file without the login brings none: ours stays.
  const sameSecrets = mySecret === theirSecret && (theirLogin === undefined || theirLogin === myLogin);
  const theirs = await localToken(portable, mine.id, mine.organisationId, box, lang);
  const theirsWin = newerVersion(theirs, mine);
  // The same secrets and not a newer version: nothing to take from the file.
  if (sameSecrets && !theirsWin) return null;
  const winner = theirsWin ? theirs : mine;
  const loser = theirsWin ? mine : theirs;

  const winnerSecret = theirsWin ? theirSecret : mySecret;
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
    secretCipher: (theirsWin ? myCipher : theirs.secretCipher) ?? myCipher,
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
    const after = entries.slice(0, HISTORY_LIMIT).map(({ secret }) => secret);
    if (before.length === after.length && before.every((secret, index) => secret === after[index])) return null;
    return { ...mine, history };
  }
  // The file's version is newer: its secret, dates, label and notes, in our record.
  const merged: StoredToken = {
    ...mine,
    label: theirs.label,
    systemName: theirs.systemName,
    techEmail: theirs.techEmail,
    notes: theirs.notes,
    obtainedAt: theirs.obtainedAt,
    expiresAt: theirs.expiresAt,
    smdoKeySetAt: mine.kind === 'smdo' ? theirs.smdoKeySetAt : mine.smdoKeySetAt,
    history,
  };
  if (!sameSecrets) {
    // With the same plain secrets our ciphertexts (and the hint made from them) stay as they are.
    merged.secretCipher = theirs.secretCipher;
    merged.hint = theirs.hint;
    if (theirs.loginCipher !== undefined) merged.loginCipher = theirs.loginCipher;
  }
  return merged;
}
