/** What the renderer sees of the vault. Secrets never appear here: only a short hint. */

export const TOKEN_KIND_IDS = ['oais', 'tpsclient', 'smdo', 'eis', 'crpt'] as const;
export type TokenKindId = (typeof TOKEN_KIND_IDS)[number];

export type Language = 'ru' | 'en';

export interface TokenHistoryEntry {
  /** The last characters of the replaced token, so a person can tell which one it was. */
  hint: string;
  obtainedAt: string;
  expiresAt: string | null;
  replacedAt: string;
}

/** One change made with «Изменить»: the field (or setting) and when; the values when short and not notes. */
export interface TokenEditEntry {
  at: string;
  field: string;
  from?: string;
  to?: string;
}

export interface TokenView {
  id: string;
  organisationId: string;
  kind: TokenKindId;
  label: string;
  systemName: string;
  techEmail: string;
  hint: string;
  /** ISO 8601 instant, or null when the token does not expire. */
  expiresAt: string | null;
  obtainedAt: string;
  notes: string;
  history: TokenHistoryEntry[];
  /**
   * Non-secret settings of the kinds the app fetches by itself (e.g. crpt: stand,
   * omsConnection, signer, thumbprint, autoRefresh; smdo: tokenUrl). Never a secret
   * nor a credential: the СМДО login is stored encrypted with the key and stays in the core.
   */
  settings: Record<string, string>;
  /** The signing certificate's own expiry (crpt), so reminders cover it. */
  certificateExpiresAt: string | null;
  /** When the current СМДО key was set; it must be rotated within 3 months. */
  smdoKeySetAt: string | null;
  /** Changes made with «Изменить», newest first; absent on views built before they existed. */
  edits?: TokenEditEntry[];
  /** An СМДО key rotation begun and not finished; absent otherwise. */
  smdoRotation?: SmdoRotationView;
  /**
   * The record has no token yet (imported from a spreadsheet): its dates and reminders work,
   * «Скопировать» does not; the details page offers to get the token.
   */
  needsToken?: true;
}

export interface OrganisationView {
  id: string;
  name: string;
  /** УНП (Belarus, 9 digits) or ИНН (Russia, 10 or 12 digits); empty when unknown. */
  taxId: string;
  tokens: TokenView[];
}

/**
 * An СМДО key rotation left unfinished (issue 10, point 17), as the window sees it: never the
 * typed key itself, only whether one is kept (encrypted) in the vault.
 */
export interface SmdoRotationView {
  stepIndex: number;
  startedAt: string;
  savedAt: string;
  hasKey: boolean;
}

export interface Settings {
  language: Language;
  /** Seconds after which a copied token is wiped from the clipboard; 0 keeps it. 60 by default (30 before issue 10). */
  clipboardClearSeconds: number;
  /** A token is «soon» when fewer than this many days are left. */
  soonThresholdDays: number;
  /** Start hidden in the tray when the user logs in, so reminders keep coming. */
  startAtLogin: boolean;
  /**
   * The CryptoPro folder the user chose in main's native dialog, when the tools are not in a
   * standard folder. Set only by that dialog (never by updateSettings, a token or an import).
   */
  cryptoProFolder?: string;
  /**
   * Reminder days per kind for tokens without their own (fractions of a day for the
   * Честный знак token, counted in hours). A kind left out keeps the app's own list.
   */
  reminderDefaults?: ReminderDefaults;
}

/** The user's default reminder days per kind; see Settings.reminderDefaults. */
export type ReminderDefaults = Partial<Record<TokenKindId, number[]>>;

export const DEFAULT_SETTINGS: Settings = {
  language: 'ru',
  clipboardClearSeconds: 60,
  soonThresholdDays: 14,
  startAtLogin: true,
};

/**
 * How secrets are protected on this machine, so the UI can warn when it is weak.
 * Linux without a keychain (safeStorage `basic_text`): 'choice-needed' until the user
 * sets a vault passphrase ('passphrase', or 'passphrase-locked' until it is entered
 * after a start) or accepts weak storage ('basic-text').
 */
export type EncryptionState = 'os-keychain' | 'basic-text' | 'unavailable' | 'test-key' | 'choice-needed' | 'passphrase' | 'passphrase-locked';

export type NoticeLevel = 'info' | 'warning' | 'error';

/** Something the app tells the user once, e.g. that the vault was restored from its backup. */
export interface Notice {
  id: string;
  level: NoticeLevel;
  code: string;
  message: string;
  at: string;
}

export interface WizardDraft {
  kind: TokenKindId;
  stepIndex: number;
  organisationId: string;
  replacesTokenId: string;
  /** Field values as typed; the secret itself is never kept in a draft. */
  values: Record<string, string>;
  savedAt: string;
}

/** Per-subject reminder choices (subject id: the token id, or `${tokenId}:certificate` / `:smdo-key`). */
export interface ReminderPreferences {
  enabled?: boolean;
  thresholdsDays?: number[];
  snoozedUntil?: string;
}

export interface VaultSnapshot {
  organisations: OrganisationView[];
  reminders: Record<string, ReminderPreferences>;
  settings: Settings;
  encryption: EncryptionState;
  notices: Notice[];
  drafts: Record<string, WizardDraft>;
}
