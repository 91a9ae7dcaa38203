import { randomUUID } from 'node:crypto';
import { freeze, produce } from 'immer';
import type { ParsedRequest } from '../../../shared/ipc/contract';
import type {
  Language,
  Notice,
  OrganisationView,
  ReminderDefaults,
  ReminderPreferences,
  Settings,
  SmdoRotationView,
  TokenView,
  VaultSnapshot,
  WizardDraft,
} from '../../../shared/model/types';
import { TOKEN_KIND_IDS } from '../../../shared/model/types';
import { getKind } from '../../../shared/kinds/catalog';
import type { FieldId } from '../../../shared/kinds/types';
import { message } from '../../../shared/texts/messages';
import { endpointOriginOf, isOfficialOrigin } from '../../../shared/hosts';
import { AppFailure } from '../errors';
import { errorName } from '../logging/stack-frames';
import { pruneAnnouncements } from '../reminders/announcement-store';
import type { AnnouncementStore } from '../reminders/announcement-store';
import { systemClock } from '../ports';
import type { Clock, SecretBox } from '../ports';
import { KeychainRefusal } from '../keychain/keychain-refusal';
import { VaultFile } from './vault-file';
import { detachDrafts } from './draft-values';
import { BASIC_TEXT_NOTICE_ID, basicTextNotice, recoveryNotice } from './vault-notices';
import { LEGACY_LOGIN_SETTING, hasLegacyLogin, withoutLogin } from './stored-login';
import type { StoredSigningDefaults, StoredToken, StoredTokenService, VaultData } from './vault-schema';
import { defaultTokenService } from './token-service-schema';
import { defaultBackupSettings } from '../backups/backup-settings';
import type { StoredBackupSettings } from '../backups/backup-settings';
import { hintFor, organisationViews, toOrganisationView, toTokenView } from './vault-views';
import { quotesSecret } from './secret-quotes';
import { applyRecordPatch } from './record-edits';
import { applyClipboardSeconds, migrateClipboardDefault, needsClipboardDefaultMigration, settingsView } from './clipboard-default';
import type { RecordPatch } from './record-edits';

export interface VaultOptions {
  dataDir: string;
  secretBox: SecretBox;
  clock?: Clock;
  newId?: () => string;
}

export type OrganisationInput = ParsedRequest<'saveOrganisation'>;
export type TokenInput = ParsedRequest<'saveToken'>;
export type SettingsPatch = ParsedRequest<'updateSettings'>;
export type DraftInput = Omit<WizardDraft, 'savedAt'>;
/** Credentials saved with a token's secret, encrypted like it (the СМДО login); absent keeps the stored ones. */
export interface TokenCredentials {
  login?: string;
}
/** secretUnchanged: the caller found the renewed record's secret equal to the new one (СМДО re-save); no history entry is added. */
export interface SaveTokenOptions {
  secretUnchanged?: boolean;
  /** The origin of an address the user typed for this record just now: it counts as confirmed (shared/hosts.ts). */
  confirmHost?: string;
}
/** Given the frozen, shared view (Vault.view): a listener that must edit it makes a copy. */
export type VaultListener = (snapshot: VaultSnapshot) => void;
/** What the spreadsheet import adds (checked by the core before): see importAwaitingRecords. */
export interface AwaitingRecordsPlan {
  records: {
    organisation: { existingId: string; fallbackName: string } | { newKey: string; name: string; taxId: string };
    kind: TokenView['kind'];
    label: string;
    systemName: string;
    techEmail: string;
    expiresAt: string;
  }[];
}

/** The per-token program path of older versions, dropped on open. */
const PROGRAM_PATH_SETTING = 'toolPath';

/** Older secrets kept per token: enough to trace a year of quarterly renewals several times over. */
export const HISTORY_LIMIT = 20;

/**
 * The organisations, tokens, settings, drafts and notices of one user, with the
 * rules for changing them. Every change is made on a copy, written to disk, and
 * only then swapped in: if the write fails, memory and disk both stay as they were.
 * Secrets exist in plain text only between the caller and the SecretBox.
 */
export class Vault {
  private readonly listeners = new Set<VaultListener>();
  private basicTextNoticeDismissed = false;
  /** One frozen view per stored token object: a token that did not change keeps its view. */
  private readonly tokenViews = new WeakMap<StoredToken, TokenView>();
  /** The last snapshot and what it was made from. */
  private shared: { data: VaultData; encryption: SecretBox['state']; basicTextNoticeDismissed: boolean; snapshot: VaultSnapshot } | null = null;
  private readonly openedAt: Date;

  private constructor(
    private data: VaultData,
    private readonly file: VaultFile,
    private readonly secretBox: SecretBox,
    private readonly clock: Clock,
    private readonly newId: () => string,
  ) {
    this.openedAt = clock.now();
  }

  static async open(options: VaultOptions): Promise<Vault> {
    const clock = options.clock ?? systemClock;
    const newId = options.newId ?? randomUUID;
    const { file, data, recovery } = VaultFile.open(options.dataDir, clock.now());
    const vault = new Vault(data, file, options.secretBox, clock, newId);
    if (recovery) {
      vault.mutate((next) => {
        next.notices.push(recoveryNotice(recovery, next.settings.language, newId(), clock.now()));
      });
    }
    await vault.sealLegacyLogins();
    vault.dropProgramPaths();
    vault.dropStaleConfirmations();
    if (needsClipboardDefaultMigration(vault.data)) vault.mutate(migrateClipboardDefault);
    return vault;
  }

  /**
   * Older versions kept a program path per Честный знак token (`toolPath`); whoever wrote
   * the file chose what would run. It is dropped on open: CryptoPro is found in its standard
   * folders or in the folder the user chooses in the dialog.
   */
  private dropProgramPaths(): void {
    if (!this.data.tokens.some((token) => PROGRAM_PATH_SETTING in token.settings)) return;
    this.mutate((next) => {
      for (const token of next.tokens) {
        token.settings = Object.fromEntries(Object.entries(token.settings).filter(([key]) => key !== PROGRAM_PATH_SETTING));
      }
    });
  }

  /** A confirmation of an address the record no longer names is void; later changes settle only the records they touch. */
  private dropStaleConfirmations(): void {
    if (this.data.tokens.every((token) => sameList(currentEndpointOnly(token), token.confirmedHosts ?? []))) return;
    this.mutate((next) => {
      for (const token of next.tokens) {
        const kept = currentEndpointOnly(token);
        if (!sameList(kept, token.confirmedHosts ?? [])) token.confirmedHosts = kept;
      }
    });
  }

  /** A copy of what the renderer sees: the caller may edit it without changing the vault. */
  snapshot(): VaultSnapshot {
    return structuredClone(this.view());
  }

  /**
   * What the renderer and the core's readers see, deeply frozen and shared until the vault
   * changes: free to read, and it cannot change the vault (an edit throws). At thousands of
   * tokens a fresh copy per read was most of the time of a save and a reminder check (issue #12).
   */
  view(): Readonly<VaultSnapshot> {
    const encryption = this.secretBox.state;
    const known = this.shared;
    if (known && known.data === this.data && known.encryption === encryption && known.basicTextNoticeDismissed === this.basicTextNoticeDismissed) {
      return known.snapshot;
    }
    const { settings, notices, drafts } = this.data;
    const shown = [...notices];
    if (encryption === 'basic-text' && !this.basicTextNoticeDismissed) {
      shown.unshift(basicTextNotice(settings.language, this.openedAt));
    }
    const snapshot = freeze(
      {
        organisations: organisationViews(this.data, (token) => this.tokenViewOf(token)),
        reminders: this.data.reminders.preferences,
        settings: settingsView(settings),
        encryption,
        notices: shown,
        drafts,
      },
      true,
    );
    this.shared = { data: this.data, encryption, basicTextNoticeDismissed: this.basicTextNoticeDismissed, snapshot };
    return snapshot;
  }

  private tokenViewOf(token: StoredToken): TokenView {
    const known = this.tokenViews.get(token);
    if (known) return known;
    const view = freeze(toTokenView(token), true);
    this.tokenViews.set(token, view);
    return view;
  }

  onChange(listener: VaultListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  saveOrganisation(input: OrganisationInput): OrganisationView {
    return this.mutate((next) => {
      if (input.id === undefined) {
        const created = { id: this.newId(), name: input.name, taxId: input.taxId, createdAt: this.now() };
        next.organisations.push(created);
        return toOrganisationView(created, next);
      }
      const existing = next.organisations.find((organisation) => organisation.id === input.id);
      if (!existing) throw this.notFound('not_found_organisation');
      existing.name = input.name;
      existing.taxId = input.taxId;
      return toOrganisationView(existing, next);
    });
  }

  /** Deletes the organisation and all its tokens. */
  deleteOrganisation(id: string): void {
    this.mutate((next) => {
      if (!next.organisations.some((organisation) => organisation.id === id)) throw this.notFound('not_found_organisation');
      next.organisations = next.organisations.filter((organisation) => organisation.id !== id);
      const removed = next.tokens.filter((token) => token.organisationId === id).map((token) => token.id);
      next.tokens = next.tokens.filter((token) => token.organisationId !== id);
      forgetReminderPreferences(next, removed);
      if (next.signingDefaults) next.signingDefaults = Object.fromEntries(Object.entries(next.signingDefaults).filter(([organisationId]) => organisationId !== id));
    });
  }

  /**
   * Saves a new token, or renews `replacesTokenId` in place: same id, new secret,
   * and the old secret, hint and dates go to the front of its history.
   */
  async saveToken(input: TokenInput, credentials: TokenCredentials = {}, options: SaveTokenOptions = {}): Promise<TokenView> {
    const secret = input.secret.trim();
    if (secret === '') throw new AppFailure('invalid_field', message('required', this.language()), 'secret');
    // Checked before encrypting so that a stale form fails fast, without a keychain prompt.
    const target = this.tokenTarget(this.data, input);
    const secretCipher = await this.encrypt(secret);
    // A login is never kept in settings: from the caller, from settings sent by an older
    // renderer, or (renewing a record not yet migrated) from the record's own settings.
    const login = credentials.login ?? input.settings?.[LEGACY_LOGIN_SETTING] ?? legacyLogin(target);
    const loginCipher = login === undefined || login === '' ? undefined : await this.encrypt(login);
    return this.mutate((next) => {
      // And again: the vault may have changed while the SecretBox was working.
      const replaced = this.tokenTarget(next, input);
      const now = this.now();
      const fields = {
        organisationId: input.organisationId,
        kind: input.kind,
        label: input.label,
        systemName: input.systemName,
        techEmail: input.techEmail,
        notes: input.notes,
        expiresAt: input.expiresAt === null ? null : new Date(input.expiresAt).toISOString(),
        secretCipher,
        hint: hintFor(secret),
        obtainedAt: now,
        settings: withoutLogin(input.settings ?? replaced?.settings ?? {}),
        // Absent keeps the renewed record's login (a СМДО key rotation does not change it).
        ...(loginCipher !== undefined ? { loginCipher } : {}),
        certificateExpiresAt: optionalInstant(input.certificateExpiresAt, replaced?.certificateExpiresAt),
        smdoKeySetAt: optionalInstant(input.smdoKeySetAt, replaced?.smdoKeySetAt),
        // mutate keeps only the origin of the endpoint these settings name: a new address is unconfirmed.
        confirmedHosts: options.confirmHost !== undefined ? [options.confirmHost] : [...(replaced?.confirmedHosts ?? [])],
      };
      if (!replaced) {
        const created: StoredToken = { id: this.newId(), ...fields, history: [] };
        next.tokens.push(created);
        return toTokenView(created);
      }
      if (replaced.secretCipher === undefined) {
        // The first token of a record imported without one: nothing is replaced, so no history entry.
        Object.assign(replaced, fields);
        delete replaced.awaitingToken;
        return toTokenView(replaced);
      }
      const previous = {
        secretCipher: replaced.secretCipher,
        hint: replaced.hint,
        obtainedAt: replaced.obtainedAt,
        expiresAt: replaced.expiresAt,
        replacedAt: now,
      };
      if (options.secretUnchanged) {
        // СМДО setup re-saved with the stored key: not a renewal, so no history entry and the old date.
        Object.assign(replaced, fields, { obtainedAt: replaced.obtainedAt });
        return toTokenView(replaced);
      }
      Object.assign(replaced, fields, { history: [previous, ...replaced.history].slice(0, HISTORY_LIMIT) });
      // A new key saved is what an unfinished СМДО rotation waited for.
      delete replaced.smdoRotation;
      return toTokenView(replaced);
    });
  }

  /**
   * «Изменить»: the record's non-secret fields and settings, checked by the caller,
   * with what changed added to its edit history. The record must belong to `organisationId`.
   */
  editToken(tokenId: string, organisationId: string, patch: RecordPatch): TokenView {
    if (patch.settings && hasLegacyLogin(patch.settings)) throw new AppFailure('invalid_payload', message('invalid_payload', this.language()));
    return this.mutate((next) => {
      const token = next.tokens.find((candidate) => candidate.id === tokenId && candidate.organisationId === organisationId);
      if (!token) throw this.notFound('not_found_token');
      applyRecordPatch(token, patch, this.now());
      return toTokenView(token);
    });
  }

  /**
   * The spreadsheet import: new organisations and records without a token (awaitingToken),
   * in one write. A record's organisation is one already here (by id; if it was deleted
   * meanwhile, it is created again from the row) or one the file brings (by its key).
   */
  importAwaitingRecords(plan: AwaitingRecordsPlan): { organisationsCreated: number; organisationsReused: number; records: number } {
    return this.mutate((next) => {
      const now = this.now();
      const created = new Map<string, string>();
      const reused = new Set<string>();
      const organisationIdOf = (target: AwaitingRecordsPlan['records'][number]['organisation']): string => {
        if ('existingId' in target && next.organisations.some((organisation) => organisation.id === target.existingId)) {
          reused.add(target.existingId);
          return target.existingId;
        }
        const key = 'newKey' in target ? target.newKey : `gone:${target.existingId}`;
        const known = created.get(key);
        if (known !== undefined) return known;
        const organisation = { id: this.newId(), name: 'newKey' in target ? target.name : target.fallbackName, taxId: 'newKey' in target ? target.taxId : '', createdAt: now };
        next.organisations.push(organisation);
        created.set(key, organisation.id);
        return organisation.id;
      };
      for (const record of plan.records) {
        next.tokens.push({
          id: this.newId(),
          organisationId: organisationIdOf(record.organisation),
          kind: record.kind,
          label: record.label,
          systemName: record.systemName,
          techEmail: record.techEmail,
          hint: '',
          expiresAt: record.expiresAt,
          obtainedAt: now,
          notes: '',
          history: [],
          settings: {},
          certificateExpiresAt: null,
          smdoKeySetAt: null,
          confirmedHosts: [],
          awaitingToken: true,
        });
      }
      return { organisationsCreated: created.size, organisationsReused: reused.size, records: plan.records.length };
    });
  }

  /** Changes a token's non-secret provider settings (e.g. switching crpt auto-refresh) without touching its secret. */
  updateTokenSettings(tokenId: string, patch: Record<string, string>): TokenView {
    // Settings are stored in clear: a login goes through saveToken, which encrypts it.
    if (hasLegacyLogin(patch)) throw new AppFailure('invalid_payload', message('invalid_payload', this.language()));
    return this.mutate((next) => {
      const token = next.tokens.find((candidate) => candidate.id === tokenId);
      if (!token) throw this.notFound('not_found_token');
      token.settings = { ...token.settings, ...patch };
      return toTokenView(token);
    });
  }

  /**
   * The user confirmed that this record's credentials may go to `origin`. Only the
   * origin of the record's current endpoint can be confirmed: an address changed
   * meanwhile (another window, an import) is not confirmed by a click on the old one.
   */
  confirmHost(tokenId: string, origin: string): TokenView {
    return this.mutate((next) => {
      const token = next.tokens.find((candidate) => candidate.id === tokenId);
      if (!token) throw this.notFound('not_found_token');
      if (endpointOriginOf(token.kind, token.settings) !== origin) {
        throw new AppFailure('invalid_field', message('host_confirm_changed', this.language()));
      }
      token.confirmedHosts = [origin];
      return toTokenView(token);
    });
  }

  /** Whether a record's credentials may go to `origin`: an official host, or the one its user confirmed. */
  hostConfirmed(tokenId: string, origin: string): boolean {
    if (isOfficialOrigin(origin)) return true;
    const token = this.data.tokens.find((candidate) => candidate.id === tokenId);
    return token !== undefined && token.confirmedHosts.includes(origin) && endpointOriginOf(token.kind, token.settings) === origin;
  }

  async revealSecret(tokenId: string): Promise<string> {
    const token = this.data.tokens.find((candidate) => candidate.id === tokenId);
    if (!token) throw this.notFound('not_found_token');
    // A record imported from a spreadsheet has no token yet: nothing to copy or show.
    if (token.secretCipher === undefined) throw new AppFailure('not_found', message('token_needed', this.language()));
    return this.decryptStored(token.secretCipher);
  }

  /**
   * Whether `secret` is the token's current secret or one it had before: a renewal that
   * brings it again brings nothing new (the portal still showed the old one).
   */
  async isKnownSecretOf(tokenId: string, secret: string): Promise<boolean> {
    const token = this.data.tokens.find((candidate) => candidate.id === tokenId);
    if (!token) throw this.notFound('not_found_token');
    const wanted = secret.trim();
    for (const cipher of [token.secretCipher, ...token.history.map((entry) => entry.secretCipher)]) {
      if (cipher !== undefined && (await this.decryptOrFail(cipher)).trim() === wanted) return true;
    }
    return false;
  }

  /**
   * Whether `text` quotes a secret: one of `extra` (the one being saved), the current
   * secret or login of any token, or an older secret of `ownTokenId`. Notes are kept in clear.
   */
  async quotesAnySecret(text: string, extra: string[], ownTokenId?: string): Promise<boolean> {
    if (text.trim() === '') return false;
    if (extra.some((secret) => quotesSecret(text, secret))) return true;
    for (const token of this.data.tokens) {
      const ciphers = [...(token.secretCipher ? [token.secretCipher] : []), ...(token.loginCipher ? [token.loginCipher] : [])];
      if (token.id === ownTokenId) ciphers.push(...token.history.map((entry) => entry.secretCipher));
      for (const cipher of ciphers) {
        if (quotesSecret(text, await this.decryptOrFail(cipher))) return true;
      }
    }
    return false;
  }

  private async decryptOrFail(cipher: string): Promise<string> {
    try {
      return await this.secretBox.decrypt(cipher);
    } catch {
      throw this.encryptionUnavailable();
    }
  }

  /**
   * Keeps an СМДО key rotation in progress (issue 10, point 17): the step reached and the new
   * key typed so far, encrypted like every secret. `key` undefined keeps the one kept before;
   * an empty key forgets it. The caller checked the record's kind and the values.
   */
  async saveSmdoRotation(tokenId: string, progress: { stepIndex: number; key?: string }): Promise<SmdoRotationView> {
    if (!this.data.tokens.some((token) => token.id === tokenId)) throw this.notFound('not_found_token');
    const keyCipher = progress.key === undefined || progress.key === '' ? undefined : await this.encrypt(progress.key);
    return this.mutate((next) => {
      const token = next.tokens.find((candidate) => candidate.id === tokenId);
      if (!token) throw this.notFound('not_found_token');
      const now = this.now();
      const kept = progress.key === undefined ? token.smdoRotation?.keyCipher : keyCipher;
      token.smdoRotation = {
        stepIndex: progress.stepIndex,
        ...(kept !== undefined ? { keyCipher: kept } : {}),
        startedAt: token.smdoRotation?.startedAt ?? now,
        savedAt: now,
      };
      return { stepIndex: progress.stepIndex, startedAt: token.smdoRotation.startedAt, savedAt: now, hasKey: kept !== undefined };
    });
  }

  /** The unfinished rotation with its typed key decrypted, for the window to continue it; null when there is none. */
  async revealSmdoRotation(tokenId: string): Promise<{ stepIndex: number; key: string | null } | null> {
    const token = this.data.tokens.find((candidate) => candidate.id === tokenId);
    if (!token) throw this.notFound('not_found_token');
    const rotation = token.smdoRotation;
    if (!rotation) return null;
    return { stepIndex: rotation.stepIndex, key: rotation.keyCipher === undefined ? null : await this.decryptStored(rotation.keyCipher) };
  }

  /** Forgets an unfinished rotation (the user says the portal's key was never updated). Twice is not an error. */
  discardSmdoRotation(tokenId: string): void {
    const token = this.data.tokens.find((candidate) => candidate.id === tokenId);
    if (!token) throw this.notFound('not_found_token');
    if (!token.smdoRotation) return;
    this.mutate((next) => {
      const stored = next.tokens.find((candidate) => candidate.id === tokenId);
      if (stored) delete stored.smdoRotation;
    });
  }

  /** The login stored with a token's secret (the СМДО login), decrypted; null when it has none. */
  async revealLogin(tokenId: string): Promise<string | null> {
    const token = this.data.tokens.find((candidate) => candidate.id === tokenId);
    if (!token) throw this.notFound('not_found_token');
    // Not migrated yet (the SecretBox failed at start): still the record's, so still usable.
    if (token.loginCipher === undefined) return legacyLogin(token) ?? null;
    return this.decryptStored(token.loginCipher);
  }

  /**
   * Encrypts every stored secret again with the box as it is now: when safeStorage
   * says shouldReEncrypt, or once a passphrase replaced weak storage. Both files are
   * rewritten, so the backup keeps no old ciphertext. Returns how many were renewed.
   */
  async reencryptSecrets(): Promise<number> {
    for (;;) {
      const base = this.data;
      const renewed = new Map<string, string>();
      for (const token of base.tokens) {
        const ciphers = [token.secretCipher, token.loginCipher, token.smdoRotation?.keyCipher, ...token.history.map((entry) => entry.secretCipher)];
        for (const cipher of ciphers) {
          if (cipher === undefined || renewed.has(cipher)) continue;
          renewed.set(cipher, await this.encrypt(await this.decryptOnly(cipher)));
        }
      }
      if (this.data !== base) continue;
      this.secretBox.takeReEncryptRequest?.();
      const renew = (cipher: string): string => renewed.get(cipher) ?? cipher;
      this.mutate((next) => {
        for (const token of next.tokens) {
          if (token.secretCipher !== undefined) token.secretCipher = renew(token.secretCipher);
          if (token.loginCipher !== undefined) token.loginCipher = renew(token.loginCipher);
          if (token.smdoRotation?.keyCipher !== undefined) token.smdoRotation.keyCipher = renew(token.smdoRotation.keyCipher);
          for (const entry of token.history) entry.secretCipher = renew(entry.secretCipher);
        }
      });
      // The backup is the file as it was before that write: once more.
      this.file.write(this.data);
      return renewed.size;
    }
  }

  /** Tells listeners that the box's state changed (a passphrase entered, weak storage accepted). */
  encryptionChanged(): void {
    this.emit();
  }

  deleteToken(id: string): void {
    this.mutate((next) => {
      if (!next.tokens.some((token) => token.id === id)) throw this.notFound('not_found_token');
      next.tokens = next.tokens.filter((token) => token.id !== id);
      forgetReminderPreferences(next, [id]);
    });
  }

  updateSettings(patch: SettingsPatch): Settings {
    return this.mutate((next) => {
      if (patch.language !== undefined) next.settings.language = patch.language;
      if (patch.clipboardClearSeconds !== undefined) applyClipboardSeconds(next, patch.clipboardClearSeconds);
      if (patch.soonThresholdDays !== undefined) next.settings.soonThresholdDays = patch.soonThresholdDays;
      if (patch.startAtLogin !== undefined) next.settings.startAtLogin = patch.startAtLogin;
      if (patch.reminderDefaults !== undefined) next.settings.reminderDefaults = normaliseReminderDefaults(patch.reminderDefaults);
      return settingsView(next.settings);
    });
  }

  /** Remembers the CryptoPro folder the user chose in main's dialog (checked by the core before). */
  updateAppPaths(paths: { cryptoProFolder: string }): Settings {
    return this.mutate((next) => {
      next.settings.cryptoProFolder = paths.cryptoProFolder;
      return settingsView(next.settings);
    });
  }

  /** How the organisation signed its last Честный знак token; undefined when it never did. */
  signingDefaultsOf(organisationId: string): StoredSigningDefaults | undefined {
    const found = this.data.signingDefaults?.[organisationId];
    return found === undefined ? undefined : { ...found };
  }

  /** Remembers the stand and signer an organisation's token was just obtained with (no event: nothing shown changes). */
  rememberSigningDefaults(organisationId: string, defaults: Omit<StoredSigningDefaults, 'savedAt'>): void {
    // Own-property check: an id like "__proto__" must not reach the prototype.
    if (!this.data.organisations.some((organisation) => organisation.id === organisationId)) throw this.notFound('not_found_organisation');
    this.mutate(
      (next) => {
        next.signingDefaults = { ...next.signingDefaults, [organisationId]: { ...defaults, savedAt: this.now() } };
      },
      { silent: true },
    );
  }

  /** Keeps a half-finished wizard. A secret typed into it is dropped: drafts are stored without encryption. */
  saveDraft(key: string, draft: DraftInput): void {
    // Assigning to "__proto__" would change the object's prototype instead of adding a draft.
    if (key === '__proto__') throw new AppFailure('invalid_payload', message('invalid_payload', this.language()));
    const secretFields = new Set(
      getKind(draft.kind)
        ?.fields.filter((field) => field.input === 'secret')
        .map((field) => field.id),
    );
    const values = Object.fromEntries(
      // The СМДО login is a credential too (stored encrypted with the key), so it is dropped like one.
      Object.entries(draft.values).filter(([name]) => !/secret/i.test(name) && !secretFields.has(name as FieldId) && name !== LEGACY_LOGIN_SETTING && name !== '__proto__'),
    );
    this.mutate((next) => {
      next.drafts[key] = {
        kind: draft.kind,
        stepIndex: draft.stepIndex,
        organisationId: draft.organisationId,
        replacesTokenId: draft.replacesTokenId,
        values,
        savedAt: this.now(),
      };
    });
  }

  /** Forgetting a draft that is already gone is not an error: the wizard may close twice. */
  deleteDraft(key: string): void {
    if (!Object.hasOwn(this.data.drafts, key)) return;
    this.mutate((next) => {
      next.drafts = Object.fromEntries(Object.entries(next.drafts).filter(([name]) => name !== key));
    });
  }

  /** Dismissing twice (two windows, a double click) is not an error either. */
  dismissNotice(id: string): void {
    if (id === BASIC_TEXT_NOTICE_ID) {
      // Not stored: the weakness is real until a keychain appears, so it comes back at the next start.
      if (this.basicTextNoticeDismissed) return;
      this.basicTextNoticeDismissed = true;
      this.emit();
      return;
    }
    if (!this.data.notices.some((notice) => notice.id === id)) return;
    this.mutate((next) => {
      next.notices = next.notices.filter((notice) => notice.id !== id);
    });
  }

  /** Changes the reminders of one subject (a token, its certificate or its СМДО key). */
  updateReminderPreferences(subjectId: string, patch: ReminderPreferences): ReminderPreferences {
    this.requireSubject(subjectId);
    return this.mutate((next) => {
      const merged: ReminderPreferences = { ...next.reminders.preferences[subjectId], ...patch };
      next.reminders.preferences[subjectId] = merged;
      return { ...merged };
    });
  }

  /** Nothing about this subject is announced for `days` days; then one reminder if it still needs attention. */
  snoozeReminders(subjectId: string, days: number): ReminderPreferences {
    const until = new Date(this.clock.now().getTime() + days * 86_400_000).toISOString();
    return this.updateReminderPreferences(subjectId, { snoozedUntil: until });
  }

  /**
   * The scheduler's memory of what it announced, kept in the vault file. Writes
   * are silent: bookkeeping is not a change the user or the scheduler must react to.
   */
  announcements(): AnnouncementStore {
    return {
      isAnnounced: (key) => Object.hasOwn(this.data.reminders.announced, key),
      lastCheckedAt: () => {
        const at = this.data.reminders.lastCheckedAt;
        return at === null ? null : new Date(at);
      },
      record: (keys, checkedAt) => {
        const stamp = checkedAt.toISOString();
        const { announced, lastCheckedAt } = this.data.reminders;
        const added = keys.filter((key) => !Object.hasOwn(announced, key));
        // Pruning reads every key (thousands at 3 000 tokens): done when keys come in or a new day starts, not at
        // every check; otherwise the map stays the very same object, and the file writer reuses its text.
        const pruning = added.length > 0 || lastCheckedAt === null || lastCheckedAt.slice(0, 10) !== stamp.slice(0, 10);
        const kept = pruning ? pruneAnnouncements({ announced: { ...announced, ...Object.fromEntries(added.map((key) => [key, stamp])) }, lastCheckedAt: stamp }, checkedAt) : null;
        this.mutate(
          (next) => {
            if (kept) next.reminders.announced = kept.announced;
            next.reminders.lastCheckedAt = stamp;
          },
          // A check that announced nothing only moves lastCheckedAt, which merely narrows the next look-back
          // (AnnouncementStore.record): it waits for the next write instead of rewriting the file on every check.
          { silent: true, deferWrite: keys.length === 0 },
        );
      },
    };
  }

  /** The token service's settings, programs (key hashes only) and journal: a copy. */
  tokenService(): StoredTokenService {
    return structuredClone(this.data.tokenService ?? defaultTokenService());
  }

  /**
   * Changes the token service's part of the vault. Silent for the access journal:
   * bookkeeping the reminders and the tray need not react to.
   */
  changeTokenService<T>(change: (service: StoredTokenService) => T, options: { silent?: boolean } = {}): T {
    return this.mutate((next) => {
      const service = next.tokenService ?? defaultTokenService();
      const result = change(service);
      next.tokenService = service;
      return result;
    }, options);
  }

  /** The automatic backups' settings and bookkeeping: a copy (the defaults for a vault written before them). */
  backupSettings(): StoredBackupSettings {
    return structuredClone(this.data.backups ?? defaultBackupSettings());
  }

  /**
   * Changes the backups' part of the vault. Silent for bookkeeping (the last attempt):
   * nothing the reminders, the tray or the dashboard show depends on it.
   */
  changeBackupSettings<T>(change: (backups: StoredBackupSettings) => T, options: { silent?: boolean } = {}): T {
    return this.mutate((next) => {
      const backups = next.backups ?? defaultBackupSettings();
      const result = change(backups);
      next.backups = backups;
      return result;
    }, options);
  }

  /** Puts up the one notice with this code (replacing an older one), or takes it down (null). */
  replaceNotice(code: string, notice: Notice | null): void {
    const present = this.data.notices.some((existing) => existing.code === code);
    if (!present && notice === null) return;
    this.mutate((next) => {
      next.notices = next.notices.filter((existing) => existing.code !== code);
      if (notice) next.notices.push(notice);
    });
  }

  /**
   * A restore: organisations and tokens become those `compute` makes from a copy of the data
   * (an import into a vault without records). As importMerged, it runs again if the vault
   * changed meanwhile, and saves in one write. What pointed at the records replaced (reminder
   * choices, a program's tokens, signing defaults, drafts) is dropped with them.
   */
  async replaceRecords<R extends { next: VaultData }>(compute: (current: VaultData) => Promise<R>): Promise<R> {
    for (;;) {
      const base = this.data;
      const result = await compute(structuredClone(base));
      if (this.data !== base) continue;
      this.mutate((next) => {
        next.organisations = result.next.organisations;
        next.tokens = result.next.tokens;
        dropDanglingReferences(next);
      });
      return result;
    }
  }

  /** A deep copy of everything stored (ciphertexts included), for the vault export. */
  exportData(): VaultData {
    return structuredClone(this.data);
  }

  /**
   * Merges organisations and tokens computed by `merge` from a copy of the data
   * (an import): if the vault changed while `merge` was working (it awaits the
   * SecretBox), it runs again on the new data; then only organisations and tokens
   * are taken from its `next`, in one write.
   */
  async importMerged<R extends { next: VaultData }>(merge: (current: VaultData) => Promise<R>): Promise<R> {
    for (;;) {
      const base = this.data;
      const result = await merge(structuredClone(base));
      if (this.data !== base) continue;
      // A confirmed host is this user's word on this PC: a file brings none (issue #9).
      const confirmedHere = new Map(base.tokens.map((token) => [token.id, token.confirmedHosts]));
      this.mutate((next) => {
        next.organisations = result.next.organisations;
        next.tokens = result.next.tokens.map((token) => ({ ...token, confirmedHosts: [...(confirmedHere.get(token.id) ?? [])] }));
      });
      return result;
    }
  }

  /**
   * At start: moves logins that older versions kept in clear (`settings.login`)
   * into loginCipher. Both files are rewritten, so that no clear copy lingers in
   * vault.backup.json either. If the SecretBox or the disk fails, nothing changes
   * and the next start tries again; meanwhile the login still works
   * (revealLogin) and the renderer still never sees it (toTokenView).
   */
  private async sealLegacyLogins(): Promise<void> {
    const pending = this.data.tokens.filter((token) => hasLegacyLogin(token.settings));
    if (pending.length === 0) return;
    const sealed = new Map<string, { login: string; cipher: string | undefined }>();
    try {
      for (const token of pending) {
        const login = token.settings[LEGACY_LOGIN_SETTING] ?? '';
        // A record that has both keeps its cipher: that is the one this version maintains.
        const cipher = token.loginCipher !== undefined || login === '' ? undefined : await this.encrypt(login);
        sealed.set(token.id, { login, cipher });
      }
      this.mutate((next) => {
        for (const token of next.tokens) {
          const done = sealed.get(token.id);
          if (!done || token.settings[LEGACY_LOGIN_SETTING] !== done.login) continue;
          if (done.cipher !== undefined) token.loginCipher = done.cipher;
          token.settings = withoutLogin(token.settings);
        }
      });
      // The backup is the file as it was before that write: once more, and it is sealed too.
      this.file.write(this.data);
    } catch (error) {
      if (!(error instanceof AppFailure)) throw error;
      console.error('The vault keeps an СМДО login unencrypted until the next start:', error.code);
    }
  }

  /**
   * The one way the vault changes: on a draft (immer: only what `change` touches is copied,
   * everything else is shared and stays frozen), persisted, then swapped in and announced.
   * `deferWrite`: kept in memory and written with the next change (see announcements()).
   */
  private mutate<T>(change: (next: VaultData) => T, options: { silent?: boolean; deferWrite?: boolean } = {}): T {
    let result!: T;
    const changed = produce(this.data, (draft) => {
      // Plain values only: the draft is revoked once produce returns.
      result = detachDrafts(change(draft as VaultData));
    });
    // Whatever changed a record's address (a save, a settings patch, a merge), its old confirmation goes.
    const next = withCurrentEndpointsOnly(this.data, changed);
    if (!options.deferWrite) this.file.write(next);
    this.data = next;
    if (!options.silent) this.emit();
    return result;
  }

  private requireSubject(subjectId: string): void {
    const tokenId = subjectId.split(':')[0] ?? '';
    if (!this.data.tokens.some((token) => token.id === tokenId)) throw this.notFound('not_found_token');
  }

  private emit(): void {
    if (this.listeners.size === 0) return;
    const snapshot = this.view();
    for (const listener of this.listeners) {
      try {
        listener(snapshot);
      } catch (error) {
        // The change is already saved; a broken listener must not make it look failed.
        console.error('A vault change listener failed:', errorName(error));
      }
    }
  }

  /** The organisation must exist, and a renewed token must belong to it. */
  private tokenTarget(data: VaultData, input: TokenInput): StoredToken | null {
    if (!data.organisations.some((organisation) => organisation.id === input.organisationId)) {
      throw this.notFound('not_found_organisation');
    }
    if (input.replacesTokenId === undefined) return null;
    const replaced = data.tokens.find((token) => token.id === input.replacesTokenId && token.organisationId === input.organisationId);
    if (!replaced) throw this.notFound('not_found_token');
    return replaced;
  }

  private async encrypt(secret: string): Promise<string> {
    try {
      const cipher = await this.secretBox.encrypt(secret);
      if (typeof cipher === 'string' && cipher.length > 0) return cipher;
    } catch (error) {
      // Any other error text is dropped: a SecretBox's own message may quote what it was given.
      if (error instanceof KeychainRefusal) throw this.refused(error);
    }
    throw this.encryptionUnavailable();
  }

  private async decryptOnly(cipher: string): Promise<string> {
    try {
      return await this.secretBox.decrypt(cipher);
    } catch (error) {
      if (error instanceof KeychainRefusal) throw this.refused(error);
      throw this.encryptionUnavailable();
    }
  }

  /** Decrypts, then renews every ciphertext if the box asked for it; a failed renewal keeps the old ones. */
  private async decryptStored(cipher: string): Promise<string> {
    const plain = await this.decryptOnly(cipher);
    if (this.secretBox.takeReEncryptRequest?.()) {
      await this.reencryptSecrets().catch((error: unknown) => {
        console.error('Secrets were not re-encrypted; the next reveal tries again:', error instanceof AppFailure ? error.code : 'failure');
      });
    }
    return plain;
  }

  private refused(refusal: KeychainRefusal): AppFailure {
    return new AppFailure('encryption_unavailable', message(refusal.code, this.language(), refusal.params));
  }

  private encryptionUnavailable(): AppFailure {
    return new AppFailure('encryption_unavailable', message('encryption_unavailable', this.language()));
  }

  private notFound(code: 'not_found_token' | 'not_found_organisation'): AppFailure {
    return new AppFailure('not_found', message(code, this.language()));
  }

  private language(): Language {
    return this.data.settings.language;
  }

  private now(): string {
    return this.clock.now().toISOString();
  }
}

/** Kinds in the catalog only, each list without repeats and longest lead first (the form's order). */
function normaliseReminderDefaults(defaults: ReminderDefaults): ReminderDefaults {
  const kept: ReminderDefaults = {};
  for (const kind of TOKEN_KIND_IDS) {
    const days = defaults[kind];
    if (days !== undefined) kept[kind] = [...new Set(days)].sort((a, b) => b - a);
  }
  return kept;
}

/** A login still kept in clear by a record an older version wrote (and not yet sealed); undefined otherwise. */
function legacyLogin(token: StoredToken | null): string | undefined {
  if (token === null || token.loginCipher !== undefined) return undefined;
  return token.settings[LEGACY_LOGIN_SETTING];
}

/**
 * The tokens `next` changed or added (new objects: unchanged ones are shared with `previous`)
 * keep only the confirmed origin of their current endpoint. Unchanged tokens were settled
 * when they last changed, or at open.
 */
function withCurrentEndpointsOnly(previous: VaultData, next: VaultData): VaultData {
  if (next.tokens === previous.tokens) return next;
  const before = new Set(previous.tokens);
  const stale = next.tokens.filter((token) => !before.has(token) && !sameList(currentEndpointOnly(token), token.confirmedHosts ?? []));
  if (stale.length === 0) return next;
  const staleSet = new Set(stale);
  return produce(next, (draft) => {
    next.tokens.forEach((token, index) => {
      const target = draft.tokens[index];
      if (staleSet.has(token) && target) target.confirmedHosts = currentEndpointOnly(token);
    });
  });
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((value, index) => value === b[index]);
}

/** The confirmed origins that are still the record's endpoint. */
function currentEndpointOnly(token: StoredToken): string[] {
  const confirmed = token.confirmedHosts ?? [];
  if (confirmed.length === 0) return confirmed;
  const origin = endpointOriginOf(token.kind, token.settings);
  return confirmed.filter((candidate) => candidate === origin).slice(0, 1);
}

/** A deleted token's reminder choices (for the token, its certificate and its key) go with it. */
function forgetReminderPreferences(data: VaultData, tokenIds: string[]): void {
  if (tokenIds.length === 0) return;
  const gone = new Set(tokenIds);
  data.reminders.preferences = Object.fromEntries(Object.entries(data.reminders.preferences).filter(([subjectId]) => !gone.has(subjectId.split(':')[0] ?? '')));
}

/** After a restore: whatever names an organisation or a token that is no longer there goes. */
function dropDanglingReferences(data: VaultData): void {
  const organisations = new Set(data.organisations.map((organisation) => organisation.id));
  const tokens = new Set(data.tokens.map((token) => token.id));
  data.reminders.preferences = Object.fromEntries(Object.entries(data.reminders.preferences).filter(([subjectId]) => tokens.has(subjectId.split(':')[0] ?? '')));
  if (data.signingDefaults) {
    data.signingDefaults = Object.fromEntries(Object.entries(data.signingDefaults).filter(([organisationId]) => organisations.has(organisationId)));
  }
  if (data.tokenService) {
    for (const program of data.tokenService.programs) program.tokenIds = program.tokenIds.filter((tokenId) => tokens.has(tokenId));
  }
  data.drafts = Object.fromEntries(
    Object.entries(data.drafts).filter(
      ([, draft]) => (draft.organisationId === '' || organisations.has(draft.organisationId)) && (draft.replacesTokenId === '' || tokens.has(draft.replacesTokenId)),
    ),
  );
}

/** An optional instant from a request: absent keeps the old value, null clears it. */
function optionalInstant(given: string | null | undefined, previous: string | null | undefined): string | null {
  if (given === undefined) return previous ?? null;
  return given === null ? null : new Date(given).toISOString();
}
