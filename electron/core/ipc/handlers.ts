import { getKind } from '../../../shared/kinds/catalog';
import type { KindSpec } from '../../../shared/kinds/types';
import type { ParsedRequest } from '../../../shared/ipc/contract';
import type { Language } from '../../../shared/model/types';
import { allowedPortalUrl } from '../../../shared/portals';
import { message } from '../../../shared/texts/messages';
import { checkExpiryInstant, normaliseSecret, validateField, validateOrganisationName, validateTaxId, normaliseTaxId } from '../../../shared/validation/fields';
import type { FieldProblem } from '../../../shared/validation/fields';
import type { ClipboardGuard } from '../clipboard/clipboard-guard';
import { AppFailure } from '../errors';
import type { Clock, ExternalOpener, FileOpenerPort, FileSaverPort, NotifierPort, SecretBox, SignerPickerPort } from '../ports';
import { exportCalendar } from '../reminders/ics-export';
import type { ReminderSubject } from '../../../shared/reminders/subject';
import type { Vault } from '../vault/vault';
import type { Handlers } from './router';
import { createCrptHandlers } from './features/crpt-handlers';
import type { CrptHandlerOptions } from './features/crpt-handlers';
import { createOrgsHandlers } from './features/orgs-handlers';
import { createKeychainHandlers } from './features/keychain-handlers';
import { createRecordsHandlers } from './features/records-handlers';
import { createRotationHandlers } from './features/rotation-handlers';
import { createTokenServiceHandlers } from './features/token-service-handlers';
import type { AppTokenService } from '../token-service/app-service';
import { createFleetHandlers } from './features/fleet-handlers';
import { refuseDuplicateTaxId } from '../fleet/duplicate-tax-id';
import { createUpdatesHandlers } from './features/updates-handlers';
import type { UpdateController } from '../updates/update-controller';
import { createBackupsHandlers } from './features/backups-handlers';
import type { BackupController } from '../backups/backup-controller';

export interface HandlerDeps {
  vault: Vault;
  clipboard: ClipboardGuard;
  opener: ExternalOpener;
  clock: Clock;
  subjects: () => ReminderSubject[];
  fileSaver: FileSaverPort;
  /** The open dialog (vault import). */
  fileOpener: FileOpenerPort;
  /** The vault's own box: the export decrypts with it, the import re-encrypts with it. */
  secretBox: SecretBox;
  /** Optional wiring of the Честный знак feature (tests, the harness). */
  crpt?: CrptHandlerOptions;
  /** Main's native dialogs for the signer's program and files; without it they answer «cancelled». */
  signerPicker?: SignerPickerPort;
  /** «Выдача токенов программам»: the local token service over the vault's records. */
  tokenService: AppTokenService;
  /** Desktop notifications («Проверить уведомление»); without it nothing is shown. */
  notifier?: NotifierPort;
  /** The app's own updates: every decision is the controller's. */
  updates: UpdateController;
  /** Automatic encrypted backups and their restore. */
  backups: BackupController;
}

function rejectField(problem: FieldProblem | null, language: Language): void {
  if (problem) throw new AppFailure('invalid_field', message(problem.code, language, problem.params), problem.field);
}

function kindOrFail(kindId: ParsedRequest<'saveToken'>['kind'], language: Language): KindSpec {
  const kind = getKind(kindId);
  if (!kind) throw new AppFailure('invalid_field', message('unknown_request', language), 'kind');
  return kind;
}

/** Settings that name a file the signer reads or a program it runs: written only by the crpt feature after main's dialog. */
const SIGNER_PATH_SETTINGS = ['certPath', 'keyPath', 'toolPath'] as const;

/**
 * The generic save may carry a record's settings back unchanged, but not a new signer path:
 * otherwise the page could name a file for the core to read (or, before, a program to run).
 */
function refuseNewSignerPaths(input: ParsedRequest<'saveToken'>, vault: Vault, language: Language): void {
  const settings = input.settings;
  if (!settings) return;
  const stored =
    input.replacesTokenId === undefined
      ? undefined
      : vault
          .view()
          .organisations.flatMap((organisation) => organisation.tokens)
          .find((token) => token.id === input.replacesTokenId)?.settings;
  for (const key of SIGNER_PATH_SETTINGS) {
    if (settings[key] !== undefined && settings[key] !== stored?.[key]) throw new AppFailure('invalid_field', message('signer_file_not_chosen', language), key);
  }
}

/** The core's answers to the contract: domain checks first, then the vault. */
export function createHandlers(deps: HandlerDeps): Handlers {
  const { vault, clipboard, opener, clock, subjects, fileSaver } = deps;
  const language = () => vault.view().settings.language;

  return {
    ...createCrptHandlers(deps),
    ...createOrgsHandlers(deps),
    ...createKeychainHandlers(deps),
    ...createRecordsHandlers(deps),
    ...createRotationHandlers(deps),
    ...createTokenServiceHandlers(deps),
    ...createFleetHandlers(deps),
    ...createUpdatesHandlers(deps),
    ...createBackupsHandlers(deps),
    getSnapshot: () => vault.view(),

    saveOrganisation: (input) => {
      rejectField(validateOrganisationName(input.name), language());
      rejectField(validateTaxId(input.taxId), language());
      const taxId = normaliseTaxId(input.taxId);
      if (input.allowDuplicateTaxId !== true) refuseDuplicateTaxId(vault.view().organisations, taxId, input.id, language());
      const { allowDuplicateTaxId: _knowingly, ...organisation } = input;
      return vault.saveOrganisation({ ...organisation, name: input.name.trim(), taxId });
    },

    deleteOrganisation: async ({ id }) => {
      await vault.deleteOrganisation(id);
      return { deleted: true };
    },

    saveToken: async (input) => {
      const lang = language();
      const kind = kindOrFail(input.kind, lang);
      refuseNewSignerPaths(input, vault, lang);
      const now = clock.now();
      const secret = normaliseSecret(input.secret);
      for (const field of ['label', 'systemName', 'techEmail', 'notes'] as const) {
        rejectField(validateField(kind, field, input[field], now), lang);
      }
      rejectField(validateField(kind, 'secret', secret, now), lang);
      const expiryRequired = kind.fields.some((field) => field.id === 'expiresAt' && field.required);
      if (input.expiresAt === null) {
        if (expiryRequired) rejectField({ field: 'expiresAt', code: 'required' }, lang);
      } else {
        rejectField(checkExpiryInstant(kind, new Date(input.expiresAt), now), lang);
      }
      // The portal shows the old token until its renewal button is pressed: saving that again would turn the row green for a dying token.
      if (input.replacesTokenId !== undefined && (await vault.isKnownSecretOf(input.replacesTokenId, secret))) {
        rejectField({ field: 'secret', code: 'renewal_same_secret' }, lang);
      }
      if (await vault.quotesAnySecret(input.notes, [secret], input.replacesTokenId)) rejectField({ field: 'notes', code: 'notes_contain_secret' }, lang);
      return vault.saveToken({
        ...input,
        secret,
        label: input.label.trim(),
        systemName: input.systemName.trim(),
        techEmail: input.techEmail.trim(),
        expiresAt: input.expiresAt === null ? null : new Date(input.expiresAt).toISOString(),
      });
    },

    revealToken: async ({ tokenId }) => ({ secret: await vault.revealSecret(tokenId) }),

    copyToken: async ({ tokenId }) => {
      const secret = await vault.revealSecret(tokenId);
      const clearsAfterSeconds = vault.view().settings.clipboardClearSeconds;
      const { clearsAt } = await clipboard.copy(secret, clearsAfterSeconds, { tokenId, what: 'secret' });
      return { clearsAfterSeconds, clearsAt: clearsAt === null ? null : clearsAt.toISOString() };
    },

    deleteToken: async ({ tokenId }) => {
      await vault.deleteToken(tokenId);
      return { deleted: true };
    },

    openPortal: async ({ url }) => {
      const allowed = allowedPortalUrl(url);
      if (!allowed) throw new AppFailure('portal_not_allowed', message('portal_not_allowed', language()));
      await opener.open(allowed);
      return { opened: true };
    },

    updateSettings: (patch) => {
      // СМДО's token lives an hour and is fetched by the app: a lead of days means nothing for it.
      if (patch.reminderDefaults?.smdo !== undefined) throw new AppFailure('invalid_field', message('reminder_defaults_kind', language()), 'reminderDefaults');
      return vault.updateSettings(patch);
    },

    updateReminders: ({ subjectId, ...patch }) => vault.updateReminderPreferences(subjectId, patch),

    snoozeReminders: (input) => {
      // A 10-hour Честный знак token would be dead before a snooze of days ends: its reminders are snoozed by hours.
      const subject = vault
        .view()
        .organisations.flatMap((organisation) => organisation.tokens)
        .find((token) => token.id === input.subjectId);
      if (subject?.kind === 'crpt' && 'days' in input) throw new AppFailure('invalid_field', message('snooze_longer_than_token', language()), 'days');
      return vault.snoozeReminders(input.subjectId, 'hours' in input ? input.hours / 24 : input.days);
    },

    exportCalendar: async () => {
      const lang = language();
      const calendar = exportCalendar(subjects(), clock.now(), lang);
      const events = calendar.match(/^BEGIN:VEVENT/gm)?.length ?? 0;
      const saved = await fileSaver.saveText('token-reminders.ics', calendar, {
        name: lang === 'ru' ? 'Календарь (iCalendar)' : 'Calendar (iCalendar)',
        extensions: ['ics'],
      });
      return { saved, events };
    },

    saveDraft: async ({ key, draft }) => {
      await vault.saveDraft(key, draft);
      return { saved: true };
    },

    deleteDraft: async ({ key }) => {
      await vault.deleteDraft(key);
      return { deleted: true };
    },

    dismissNotice: async ({ id }) => {
      await vault.dismissNotice(id);
      return { dismissed: true };
    },

    confirmHost: ({ tokenId, origin }) => {
      vault.confirmHost(tokenId, origin);
      return { confirmed: true, origin };
    },
  };
}
