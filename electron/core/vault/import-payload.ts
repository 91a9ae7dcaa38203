import { z } from 'zod';
import { boundedRecord } from '../../../shared/ipc/bounded-record';
import { getKind } from '../../../shared/kinds/catalog';
import { MAX_SETTING_KEYS } from '../../../shared/kinds/settings-spec';
import type { KindSettings } from '../../../shared/kinds/settings-spec';
import { TOKEN_KIND_IDS } from '../../../shared/model/types';
import type { TokenKindId } from '../../../shared/model/types';

/**
 * What an import reads from the decrypted payload of an export file. The file is
 * untrusted input (anyone may send one "with its password"), so every record is
 * read through an explicit list of fields with their own checks; what is not
 * listed here (a ciphertext, a field the vault gains later such as a host the user
 * confirmed) is never read. The file's ids only link its tokens to its
 * organisations: the imported records get ids of their own.
 */

/** The most a real vault comes near, with room to spare; the payload itself is capped at 64 MiB. */
export const IMPORT_LIMITS = {
  organisations: 10_000,
  tokens: 50_000,
  /** The vault keeps HISTORY_LIMIT entries; a file may hold a few more (an older version's). */
  historyPerToken: 200,
} as const;

/** A date in a file may be at most this far ahead of the clock: time zones and a slightly fast clock. */
export const FUTURE_TOLERANCE_MS = 24 * 60 * 60 * 1000;

const PAYLOAD_KIND = 'token-assistant-vault';
const reference = z.string().min(1).max(256);
const text = (max: number) => z.string().max(max);
const instant = z.iso.datetime({ offset: true });

const organisationSchema = z.object({
  id: reference,
  name: text(200),
  taxId: text(20),
  createdAt: instant,
});

const historySchema = z.object({
  fields: z.object({ obtainedAt: instant, expiresAt: instant.nullable(), replacedAt: instant }),
  secrets: z.object({ secret: z.string().min(1).max(16_384) }),
});

const tokenSchema = z.object({
  fields: z.object({
    id: reference,
    organisationId: reference,
    kind: z.enum(TOKEN_KIND_IDS),
    label: text(200),
    systemName: text(200),
    techEmail: text(254),
    notes: text(4000),
    expiresAt: instant.nullable(),
    obtainedAt: instant,
    smdoKeySetAt: instant.nullable().default(null),
    // Values are checked one by one against the kind's declaration (importedSettings).
    settings: boundedRecord(z.string().max(64), z.unknown(), MAX_SETTING_KEYS).default({}),
  }),
  // No secret: a record still waiting for its token (imported from a spreadsheet).
  secrets: z.object({ secret: z.string().min(1).max(16_384).optional(), login: z.string().max(1024).optional() }),
  history: z.array(historySchema).max(IMPORT_LIMITS.historyPerToken),
});

export const payloadSchema = z.object({
  kind: z.literal(PAYLOAD_KIND),
  exportedAt: text(64),
  schemaVersion: z.number().int(),
  organisations: z.array(organisationSchema).max(IMPORT_LIMITS.organisations),
  tokens: z.array(tokenSchema).max(IMPORT_LIMITS.tokens),
});

export type Payload = z.infer<typeof payloadSchema>;
export type PortableToken = Payload['tokens'][number];
export type PortableOrganisation = Payload['organisations'][number];
export type PortableHistory = PortableToken['history'][number];

export { PAYLOAD_KIND };

/** Whether a payload failed because it is too big rather than of another shape (for the message). */
export function tooManyEntries(error: z.ZodError): boolean {
  return error.issues.some(
    (issue) =>
      (issue.code === 'too_big' && issue.origin === 'array') ||
      (issue.code === 'custom' && (issue.params as { tooManyEntries?: unknown } | undefined)?.tooManyEntries !== undefined),
  );
}

function settingsOf(kind: TokenKindId): KindSettings {
  return getKind(kind)?.settings ?? {};
}

/**
 * The settings a file's token brings: only keys its kind declares as importable,
 * each with a value its kind accepts. Paths, signers, automatic refresh and its
 * failure marker stay behind; endpoint addresses come in as plain settings, which
 * no confirmation travels with.
 */
export function importedSettings(kind: TokenKindId, settings: Record<string, unknown>): Record<string, string> {
  const declared = settingsOf(kind);
  const kept: Record<string, string> = {};
  for (const [key, value] of Object.entries(settings)) {
    if (!Object.hasOwn(declared, key)) continue;
    const rule = declared[key];
    if (rule === undefined || rule.import === 'never') continue;
    const parsed = rule.value.safeParse(value);
    if (parsed.success) kept[key] = parsed.data;
  }
  return kept;
}

/**
 * The first date of the payload that lies beyond `latest` (now + a day), or null.
 * A date from the future would win every later merge ("the newer version wins")
 * and so replace the user's own record; an expiry may of course be ahead.
 */
export function firstFutureDate(payload: Payload, latest: number): string | null {
  const dates: (string | null)[] = [];
  for (const organisation of payload.organisations) dates.push(organisation.createdAt);
  for (const token of payload.tokens) {
    dates.push(token.fields.obtainedAt, token.fields.smdoKeySetAt);
    for (const entry of token.history) dates.push(entry.fields.obtainedAt, entry.fields.replacedAt);
    const declared = settingsOf(token.fields.kind);
    for (const [key, value] of Object.entries(importedSettings(token.fields.kind, token.fields.settings))) {
      if (declared[key]?.instant) dates.push(value);
    }
  }
  return dates.find((date): date is string => date !== null && Date.parse(date) > latest) ?? null;
}
