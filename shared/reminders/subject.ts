import type { ReminderDefaults, TokenKindId, TokenView, VaultSnapshot } from '../model/types';

/**
 * Anything that can expire or go stale and deserves a reminder. The policy and
 * the scheduler see only this, never a TokenRecord, so no secret can reach a
 * notification or a calendar file: there is simply no field to carry it.
 */
export type ReminderWhat = 'token' | 'smdo-key' | 'certificate';

export interface ReminderSettings {
  /** false switches every reminder of this subject off. */
  enabled?: boolean;
  /** Replaces the kind's default list (days before expiry, or days after the СМДО key was set). */
  thresholdsDays?: number[];
  /** ISO instant; nothing is announced before it, then one reminder if still relevant. */
  snoozedUntil?: string;
}

export interface AutoRefreshState {
  enabled: boolean;
  failed: boolean;
}

export interface ReminderSubject {
  /** Stable: the token id, `${tokenId}:certificate` or `${tokenId}:smdo-key`. */
  id: string;
  tokenId: string;
  what: ReminderWhat;
  kind: TokenKindId;
  organisationName: string;
  label: string;
  /** ISO instant: the expiry (token, certificate) or the moment the СМДО key was set (smdo-key). */
  dueAt: string;
  /** Only for tokens the app fetches by itself (crpt, smdo). */
  autoRefresh?: AutoRefreshState;
  settings?: ReminderSettings;
}

/**
 * What the vault knows beyond TokenView, keyed by subject id (settings) or token
 * id (auto-refresh). The lead passes these from the vault until TokenView grows them.
 */
export interface SubjectExtras {
  settings?: Readonly<Record<string, ReminderSettings>>;
  autoRefresh?: Readonly<Record<string, AutoRefreshState>>;
  /** The user's default days per kind (Settings): a token without its own thresholds gets its kind's. */
  kindDefaults?: ReminderDefaults;
}

/**
 * EXTENSION POINT: fields other engineers will add to TokenView. Read optionally
 * so this file compiles before and after they land; once TokenView declares them,
 * this type and the cast below can go.
 */
interface FutureTokenFields {
  /** Validity end of the signing certificate bound to a crpt token (from certmgr). */
  certificateExpiresAt?: string | null;
  /** When the current СМДО key was set; the key must be rotated every 3 months. */
  smdoKeySetAt?: string | null;
}

export const certificateSubjectId = (tokenId: string): string => `${tokenId}:certificate`;
export const smdoKeySubjectId = (tokenId: string): string => `${tokenId}:smdo-key`;

function isInstant(value: string | null | undefined): value is string {
  return typeof value === 'string' && Number.isFinite(Date.parse(value));
}

/** The subject's own thresholds win; without them its kind's default from Settings applies. */
function withKindDefault(own: ReminderSettings | undefined, kindDays: number[] | undefined): ReminderSettings | undefined {
  if (kindDays === undefined || own?.thresholdsDays !== undefined) return own;
  return { ...own, thresholdsDays: [...kindDays] };
}

/** Every reminder subject of the vault: tokens with an expiry, and (later) certificates and СМДО keys. */
export function subjectsFromSnapshot(snapshot: VaultSnapshot, extras: SubjectExtras = {}): ReminderSubject[] {
  const subjects: ReminderSubject[] = [];
  for (const organisation of snapshot.organisations) {
    for (const token of organisation.tokens) {
      const base = { tokenId: token.id, kind: token.kind, organisationName: organisation.name, label: token.label };
      const add = (id: string, what: ReminderWhat, dueAt: string) => {
        const subject: ReminderSubject = { id, what, dueAt, ...base };
        const settings = withKindDefault(extras.settings?.[id], what === 'token' ? extras.kindDefaults?.[token.kind] : undefined);
        if (settings) subject.settings = settings;
        const autoRefresh = what === 'token' ? extras.autoRefresh?.[token.id] : undefined;
        if (autoRefresh) subject.autoRefresh = autoRefresh;
        subjects.push(subject);
      };
      // A token without an expiry has nothing to remind about.
      if (isInstant(token.expiresAt)) add(token.id, 'token', token.expiresAt);

      const future = token as TokenView & FutureTokenFields;
      if (isInstant(future.certificateExpiresAt)) add(certificateSubjectId(token.id), 'certificate', future.certificateExpiresAt);
      if (token.kind === 'smdo' && isInstant(future.smdoKeySetAt)) add(smdoKeySubjectId(token.id), 'smdo-key', future.smdoKeySetAt);
    }
  }
  return subjects;
}
