import { z } from 'zod';
import type { RequestName } from './channels';
import { TOKEN_KIND_IDS } from '../model/types';
import { MAX_SETTING_KEYS, MAX_SETTING_LENGTH } from '../kinds/settings-spec';
import { boundedRecord } from './bounded-record';
import { crptRequestSchemas } from './features/crpt-contract';
import type { CrptRequestOutputs } from './features/crpt-contract';
import { keychainRequestSchemas } from './features/keychain-contract';
import type { KeychainRequestOutputs } from './features/keychain-contract';
import { orgsRequestSchemas } from './features/orgs-contract';
import type { OrgsRequestOutputs } from './features/orgs-contract';
import { recordsRequestSchemas } from './features/records-contract';
import type { RecordsRequestOutputs } from './features/records-contract';
import { rotationRequestSchemas } from './features/rotation-contract';
import type { RotationRequestOutputs } from './features/rotation-contract';
import type { ClipboardState } from '../model/clipboard-state';
import { tokenServiceRequestSchemas } from './features/token-service-contract';
import type { TokenServiceRequestOutputs } from './features/token-service-contract';
import { fleetRequestSchemas } from './features/fleet-contract';
import type { FleetRequestOutputs } from './features/fleet-contract';
import { updatesRequestSchemas } from './features/updates-contract';
import type { UpdatesRequestOutputs } from './features/updates-contract';
import { backupsRequestSchemas } from './features/backups-contract';
import type { BackupsRequestOutputs } from './features/backups-contract';
import type { UpdateState } from '../updates/update-state';
import type { OrganisationView, ReminderPreferences, Settings, TokenView, VaultSnapshot } from '../model/types';

/**
 * The one contract of the app: for every request, the schema of its argument and
 * the type of its answer. The router validates with these schemas; the renderer
 * and preload get their types from here.
 */

const id = z.string().min(1).max(64);
const shortText = (max: number) => z.string().max(max);
const isoInstant = z.iso.datetime({ offset: true });
const MAX_DRAFT_VALUES = 32;

export const kindSchema = z.enum(TOKEN_KIND_IDS);

export const requestSchemas = {
  ...crptRequestSchemas,
  ...orgsRequestSchemas,
  ...keychainRequestSchemas,
  ...recordsRequestSchemas,
  ...rotationRequestSchemas,
  ...tokenServiceRequestSchemas,
  ...fleetRequestSchemas,
  ...updatesRequestSchemas,
  ...backupsRequestSchemas,
  getSnapshot: z.object({}).strict(),
  saveOrganisation: z
    .object({
      id: id.optional(),
      name: shortText(200),
      taxId: shortText(20),
      /** The user saw that another organisation has this УНП/ИНН and saves anyway (a branch, a re-registration). */
      allowDuplicateTaxId: z.boolean().optional(),
    })
    .strict(),
  deleteOrganisation: z.object({ id }).strict(),
  saveToken: z
    .object({
      organisationId: id,
      kind: kindSchema,
      label: shortText(200),
      systemName: shortText(200),
      techEmail: shortText(254),
      secret: shortText(8192),
      expiresAt: isoInstant.nullable(),
      notes: shortText(4000),
      /** Set when renewing: the old token moves to the history of the new one. */
      replacesTokenId: id.optional(),
      /** Non-secret provider settings (see TokenView.settings); kept as they were when absent. */
      settings: boundedRecord(z.string().max(64), z.string().max(MAX_SETTING_LENGTH), MAX_SETTING_KEYS).optional(),
      certificateExpiresAt: isoInstant.nullable().optional(),
      smdoKeySetAt: isoInstant.nullable().optional(),
    })
    .strict(),
  revealToken: z.object({ tokenId: id }).strict(),
  copyToken: z.object({ tokenId: id }).strict(),
  deleteToken: z.object({ tokenId: id }).strict(),
  openPortal: z.object({ url: z.string().max(2048) }).strict(),
  updateSettings: z
    .object({
      language: z.enum(['ru', 'en']).optional(),
      clipboardClearSeconds: z.number().int().min(0).max(3600).optional(),
      soonThresholdDays: z.number().int().min(1).max(90).optional(),
      startAtLogin: z.boolean().optional(),
      /** Replaces every kind's default reminder days; a kind left out goes back to the app's own list. */
      reminderDefaults: z.partialRecord(kindSchema, z.array(z.number().min(0).max(400)).max(12)).optional(),
    })
    .strict(),
  updateReminders: z
    .object({
      subjectId: z.string().min(1).max(160),
      enabled: z.boolean().optional(),
      // Days; fractions for the kinds counted in hours (Честный знак: 2 hours = 2/24).
      thresholdsDays: z.array(z.number().min(0).max(400)).max(12).optional(),
    })
    .strict(),
  // Days for tokens that live months; hours for the 10-hour Честный знак token.
  snoozeReminders: z.union([
    z.object({ subjectId: z.string().min(1).max(160), days: z.union([z.literal(1), z.literal(3)]) }).strict(),
    z.object({ subjectId: z.string().min(1).max(160), hours: z.union([z.literal(1), z.literal(3)]) }).strict(),
  ]),
  exportCalendar: z.object({}).strict(),
  saveDraft: z
    .object({
      key: id,
      draft: z
        .object({
          kind: kindSchema,
          stepIndex: z.number().int().min(0).max(50),
          organisationId: shortText(64),
          replacesTokenId: shortText(64),
          // A wizard has a handful of fields; the cap keeps a hostile page from growing the vault without end.
          values: boundedRecord(z.string().max(64), z.string().max(4000), MAX_DRAFT_VALUES),
        })
        .strict(),
    })
    .strict(),
  deleteDraft: z.object({ key: id }).strict(),
  dismissNotice: z.object({ id }).strict(),
  /** The user's «Подтвердить»: the record's credentials may go to this origin (its current endpoint's). */
  confirmHost: z.object({ tokenId: id, origin: z.string().min(1).max(2048) }).strict(),
} satisfies Record<RequestName, z.ZodType>;

export type RequestInput<N extends RequestName> = z.input<(typeof requestSchemas)[N]>;
export type ParsedRequest<N extends RequestName> = z.output<(typeof requestSchemas)[N]>;

export interface RequestOutputs
  extends
    CrptRequestOutputs,
    OrgsRequestOutputs,
    KeychainRequestOutputs,
    RecordsRequestOutputs,
    RotationRequestOutputs,
    TokenServiceRequestOutputs,
    FleetRequestOutputs,
    UpdatesRequestOutputs,
    BackupsRequestOutputs {
  getSnapshot: VaultSnapshot;
  saveOrganisation: OrganisationView;
  deleteOrganisation: { deleted: true };
  saveToken: TokenView;
  revealToken: { secret: string };
  /** clearsAt: when the core wipes the clipboard (ISO, its clock); null when the wipe is off. */
  copyToken: { clearsAfterSeconds: number; clearsAt: string | null };
  deleteToken: { deleted: true };
  openPortal: { opened: true };
  updateSettings: Settings;
  updateReminders: ReminderPreferences;
  snoozeReminders: ReminderPreferences;
  /** saved is false when the user cancelled the save dialog. */
  exportCalendar: { saved: boolean; events: number };
  saveDraft: { saved: true };
  deleteDraft: { deleted: true };
  dismissNotice: { dismissed: true };
  confirmHost: { confirmed: true; origin: string };
}

export type RequestOutput<N extends RequestName> = RequestOutputs[N];

export interface EventPayloads {
  vaultChanged: VaultSnapshot;
  /** A notification or the tray asked to show a token; renew opens its renewal wizard. */
  openToken: { tokenId: string; renew: boolean };
  /** A secret the core put on the clipboard: armed with its wipe moment, wiped, or left to the user's own copy. */
  clipboardChanged: ClipboardState;
  /** The app's own update state changed (a check, an offer, a download, a failure). */
  updateStateChanged: UpdateState;
}
