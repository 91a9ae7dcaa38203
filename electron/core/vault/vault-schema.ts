import { z } from 'zod';
import { DEFAULT_SETTINGS, TOKEN_KIND_IDS } from '../../../shared/model/types';
import { EDIT_HISTORY_LIMIT, EDIT_VALUE_SHOWN_MAX } from '../../../shared/records/editable';
import { tokenServiceSchema } from './token-service-schema';
import { backupSettingsSchema } from '../backups/backup-settings';

/**
 * The shape of vault.json, version 1. Objects are strict on purpose: whatever we
 * load must be exactly what we write, so a file we do not fully understand (a
 * newer app, another program, bit rot) is set aside instead of being silently
 * trimmed and overwritten.
 */

export const SCHEMA_VERSION = 1;
/** conf keeps its own migration marker; it follows SCHEMA_VERSION as `<n>.0.0`. */
export const CONF_PROJECT_VERSION = `${SCHEMA_VERSION}.0.0`;

const id = z.string().min(1);
const instant = z.iso.datetime({ offset: true });

const historyEntrySchema = z.strictObject({
  secretCipher: z.string().min(1),
  hint: z.string(),
  obtainedAt: instant,
  expiresAt: instant.nullable(),
  replacedAt: instant,
});

const editEntrySchema = z.strictObject({
  at: instant,
  field: z.string().min(1).max(64),
  from: z.string().max(EDIT_VALUE_SHOWN_MAX).optional(),
  to: z.string().max(EDIT_VALUE_SHOWN_MAX).optional(),
});

const tokenSchema = z
  .strictObject({
    id,
    organisationId: id,
    kind: z.enum(TOKEN_KIND_IDS),
    label: z.string(),
    systemName: z.string(),
    techEmail: z.string(),
    secretCipher: z.string().min(1).optional(),
    hint: z.string(),
    expiresAt: instant.nullable(),
    obtainedAt: instant,
    notes: z.string(),
    history: z.array(historyEntrySchema),
    /**
     * Non-secret provider settings. A vault written before loginCipher existed may
     * still hold the СМДО login here in clear (`login`); Vault.open moves it into
     * loginCipher, so the schema accepts it on load.
     */
    settings: z.record(z.string(), z.string()).default({}),
    /**
     * A credential that goes with the secret (the СМДО «логин»), encrypted with
     * the same SecretBox as secretCipher. Absent for kinds that have none.
     */
    loginCipher: z.string().min(1).optional(),
    certificateExpiresAt: instant.nullable().default(null),
    smdoKeySetAt: instant.nullable().default(null),
    /**
     * Origins (`https://host:port`) the user confirmed for this record's endpoint
     * (shared/hosts.ts): only there may its login, key, identifier or signature go.
     * At most the origin of the current endpoint; a changed endpoint drops it.
     */
    confirmedHosts: z.array(z.string()).default([]),
    /**
     * What «Изменить» changed, newest first (electron/core/vault/record-edits.ts): the field,
     * when, and its old and new value when short. Never a secret: only non-secret fields are editable.
     * Optional so that files written before it load unchanged.
     */
    edits: z.array(editEntrySchema).max(EDIT_HISTORY_LIMIT).optional(),
    /**
     * An СМДО key rotation begun and not finished (electron/core/vault/smdo-rotation.ts): the step
     * of the checklist reached and the new key typed so far, encrypted like the key itself. Gone
     * once the new key is saved; optional so that files written before it load unchanged.
     */
    smdoRotation: z
      .strictObject({
        stepIndex: z.number().int().min(0).max(10),
        keyCipher: z.string().min(1).optional(),
        startedAt: instant,
        savedAt: instant,
      })
      .optional(),
    /**
     * The record was imported from a spreadsheet and has no token yet (no secretCipher).
     * Explicit, so that a token that lost its ciphertext still reads as a damaged file.
     */
    awaitingToken: z.literal(true).optional(),
  })
  .refine((token) => (token.secretCipher === undefined) === (token.awaitingToken === true), {
    message: 'A token has a ciphertext unless it awaits its first one',
  });

const organisationSchema = z.strictObject({
  id,
  name: z.string(),
  taxId: z.string(),
  createdAt: instant,
});

const settingsSchema = z.strictObject({
  language: z.enum(['ru', 'en']),
  clipboardClearSeconds: z.number().int().min(0),
  /**
   * Whether the user chose clipboardClearSeconds (clipboard-default.ts): absent in vaults written
   * before the default went from 30 to 60 s, settled when such a vault is opened.
   */
  clipboardClearSecondsChosen: z.boolean().optional(),
  soonThresholdDays: z.number().int().min(1),
  startAtLogin: z.boolean().default(true),
  cryptoProFolder: z.string().min(1).max(4096).optional(),
  /** Reminder days per kind for tokens without their own (Settings → «Напоминания по умолчанию»). */
  reminderDefaults: z.partialRecord(z.enum(TOKEN_KIND_IDS), z.array(z.number().min(0).max(400)).max(12)).optional(),
});

const reminderPreferencesSchema = z.strictObject({
  enabled: z.boolean().optional(),
  thresholdsDays: z.array(z.number().min(0).max(400)).max(12).optional(),
  snoozedUntil: instant.optional(),
});

/** What the reminder scheduler announced (so a restart repeats nothing) and the user's per-subject choices. */
export const remindersSchema = z.strictObject({
  announced: z.record(z.string(), instant),
  lastCheckedAt: instant.nullable(),
  preferences: z.record(z.string(), reminderPreferencesSchema),
});

const draftSchema = z.strictObject({
  kind: z.enum(TOKEN_KIND_IDS),
  stepIndex: z.number().int().min(0),
  organisationId: z.string(),
  replacesTokenId: z.string(),
  values: z.record(z.string(), z.string()),
  savedAt: instant,
});

const noticeSchema = z.strictObject({
  id,
  level: z.enum(['info', 'warning', 'error']),
  code: z.string(),
  message: z.string(),
  at: instant,
});

/**
 * How an organisation signed its last Честный знак token, so the next one starts from it
 * (issue 13): the stand and the signer. Paths and thumbprints stay on this PC: they are
 * not exported (export-import copies organisations and tokens only).
 */
const signingDefaultsSchema = z.strictObject({
  stand: z.enum(['sandbox', 'production', 'custom']),
  trueApiBase: z.string().min(1).max(2048).optional(),
  signer: z.enum(['openssl', 'cryptcp', 'csptest']),
  thumbprint: z
    .string()
    .regex(/^[0-9A-F]{40}$/)
    .optional(),
  certPath: z.string().min(1).max(4096).optional(),
  keyPath: z.string().min(1).max(4096).optional(),
  savedAt: instant,
});

/** The vault's content, as the app holds it in memory. */
export const vaultDataSchema = z.strictObject({
  schemaVersion: z.literal(SCHEMA_VERSION),
  organisations: z.array(organisationSchema),
  tokens: z.array(tokenSchema),
  settings: settingsSchema,
  drafts: z.record(z.string(), draftSchema),
  notices: z.array(noticeSchema),
  reminders: remindersSchema.default({ announced: {}, lastCheckedAt: null, preferences: {} }),
  /** Keyed by organisation id; optional so that files written before it load unchanged. */
  signingDefaults: z.record(z.string().min(1).max(64), signingDefaultsSchema).optional(),
  /** «Выдача токенов программам»: absent in files written before it (then off, no programs). */
  tokenService: tokenServiceSchema.optional(),
  /** Automatic encrypted backups (electron/core/backups): absent in files written before them (then off). */
  backups: backupSettingsSchema.optional(),
});

/** The file adds conf's bookkeeping; a marker from a newer conf project version is not ours to touch. */
export const vaultFileSchema = vaultDataSchema.extend({
  __internal__: z.looseObject({ migrations: z.looseObject({ version: z.literal(CONF_PROJECT_VERSION) }).optional() }).optional(),
});

export type VaultData = z.infer<typeof vaultDataSchema>;
export type StoredToken = VaultData['tokens'][number];
export type StoredOrganisation = VaultData['organisations'][number];
export type StoredHistoryEntry = StoredToken['history'][number];
export type StoredTokenService = NonNullable<VaultData['tokenService']>;
export type StoredEditEntry = NonNullable<StoredToken['edits']>[number];
export type StoredSigningDefaults = z.infer<typeof signingDefaultsSchema>;

/** What a first start begins with. */
export function emptyVaultData(): VaultData {
  return {
    schemaVersion: SCHEMA_VERSION,
    organisations: [],
    tokens: [],
    settings: { ...DEFAULT_SETTINGS, clipboardClearSecondsChosen: false },
    drafts: {},
    notices: [],
    reminders: { announced: {}, lastCheckedAt: null, preferences: {} },
  };
}
