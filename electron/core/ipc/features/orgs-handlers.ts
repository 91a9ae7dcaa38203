import type { ORGS_REQUEST_NAMES } from '../../../../shared/ipc/features/orgs-names';
import { eisAdminLetter } from '../../../../shared/kinds/eis-admin-letter';
import { EIS_CHECK_SETTINGS } from '../../../../shared/kinds/eis-check-settings';
import { smdo, smdoKeyUpdatedAt } from '../../../../shared/kinds/smdo';
import { locateToken } from '../../../../shared/model/locate-token';
import type { Language, TokenView } from '../../../../shared/model/types';
import { message } from '../../../../shared/texts/messages';
import { normaliseSecret, validateField } from '../../../../shared/validation/fields';
import { AppFailure } from '../../errors';
import { FileRefusedError } from '../../files/read-regular-file';
import { requireConfirmedHost, typedHostConfirmation } from '../../hosts/host-guard';
import { checkEisIdentifier, normaliseEisEndpoint } from '../../providers/eis';
import { SmdoTokenCache, normaliseSmdoTokenUrl, smdoTokenUrlFromBase } from '../../providers/smdo';
import { MAX_EXPORT_FILE_BYTES } from '../../vault/export-file';
import { exportAuditCsv, exportEncrypted, importEncrypted } from '../../vault/export-import';
import type { HandlerDeps } from '../handlers';
import type { Handlers } from '../router';

type Name = (typeof ORGS_REQUEST_NAMES)[number];

const EXPORT_FILTER = { ru: 'Перенос токенов', en: 'Token transfer' } as const;
const EXPORT_EXTENSION = 'tavault';
const AUDIT_FILTER = { ru: 'Таблица CSV', en: 'CSV table' } as const;

/** The СМДО, ЕИС and vault export/import requests. */
export function createOrgsHandlers(deps: HandlerDeps): Pick<Handlers, Name> {
  const { vault, clipboard, clock, fileSaver, fileOpener, secretBox } = deps;
  const language = () => vault.view().settings.language;
  /** One per core: «Проверить» forces a new token, but throttling answers are remembered. */
  const smdoCache = new SmdoTokenCache({ now: () => clock.now() });

  const findToken = (tokenId: string): { token: TokenView; organisationName: string } => {
    const found = locateToken(vault.view(), tokenId);
    if (!found) throw new AppFailure('not_found', message('not_found_token', language()));
    return { token: found.token, organisationName: found.organisation.name };
  };

  const kindMismatch = () => new AppFailure('invalid_field', message('unknown_request', language()), 'kind');

  /** A Bearer token for a stored СМДО login and key: «Проверить» always asks the server, a copy takes the cached one while it lasts. */
  const smdoAccessToken = async (tokenId: string, forceRefresh: boolean) => {
    const lang = language();
    const { token } = findToken(tokenId);
    if (token.kind !== 'smdo') throw kindMismatch();
    const tokenUrl = normaliseSmdoTokenUrl(token.settings.tokenUrl ?? '');
    if (tokenUrl === null) throw new AppFailure('invalid_field', message('smdo_token_url', lang), 'tokenUrl');
    // Before the key is even decrypted: an imported or changed address gets nothing until the user confirms it.
    requireConfirmedHost({ vault, tokenId, address: tokenUrl, sends: ['login', 'key'], kind: 'smdo', language: lang });
    const key = await vault.revealSecret(tokenId);
    const login = (await vault.revealLogin(tokenId)) ?? '';
    return smdoCache.get({ tokenUrl, login, key, language: lang, forceRefresh });
  };

  /** The chosen file, read only if it is a regular file within the export file's size cap. */
  const openImportFile = async (lang: Language): Promise<Buffer | null> => {
    try {
      return await fileOpener.openFile({ name: EXPORT_FILTER[lang], extensions: [EXPORT_EXTENSION] }, { maxBytes: MAX_EXPORT_FILE_BYTES });
    } catch (error) {
      if (!(error instanceof FileRefusedError)) throw error;
      if (error.reason === 'too-large') {
        throw new AppFailure('invalid_file', message('import_file_too_large', lang, { limit: String(MAX_EXPORT_FILE_BYTES / (1024 * 1024)) }));
      }
      throw new AppFailure('invalid_file', message(error.reason === 'not-a-regular-file' ? 'import_not_a_regular_file' : 'import_file_unreadable', lang));
    }
  };

  return {
    exportVault: async ({ password }) => {
      const lang = language();
      const file = await exportEncrypted(vault.exportData(), secretBox, password, { now: clock.now(), language: lang });
      const day = clock.now().toISOString().slice(0, 10);
      // The file is ASCII (a JSON header line and base64), so it travels as text.
      const saved = await fileSaver.saveText(`tokens-${day}.${EXPORT_EXTENSION}`, file.toString('utf8'), {
        name: EXPORT_FILTER[lang],
        extensions: [EXPORT_EXTENSION],
      });
      return { saved };
    },

    importVault: async ({ password }) => {
      const lang = language();
      const none = { organisations: 0, tokens: 0 };
      if (password.length === 0) {
        throw new AppFailure('wrong_password', message('export_wrong_password', lang), 'password');
      }
      const file = await openImportFile(lang);
      if (file === null) return { imported: false, added: none, updated: none, skipped: none };
      const result = await vault.importMerged((current) => importEncrypted(file, password, current, secretBox, { now: clock.now(), language: lang }));
      return { imported: true, added: result.added, updated: result.updated, skipped: result.skipped };
    },

    exportAudit: async () => {
      const lang = language();
      const csv = exportAuditCsv(vault.exportData(), lang, clock.now());
      const saved = await fileSaver.saveText(lang === 'ru' ? 'токены-список.csv' : 'tokens-list.csv', csv, {
        name: AUDIT_FILTER[lang],
        extensions: ['csv'],
      });
      return { saved };
    },

    smdoSave: async (input) => {
      const lang = language();
      const now = clock.now();
      const key = normaliseSecret(input.key);
      const login = input.login?.trim() ?? '';
      // A rotation without a login keeps the stored one: the renderer never has it in clear.
      const keepsLogin = input.replacesTokenId !== undefined && login === '';
      for (const [field, value] of [
        ['login', login],
        ['key', key],
        ['label', input.label],
        ['notes', input.notes ?? ''],
      ] as const) {
        if (field === 'login' && keepsLogin) continue;
        const problem = validateField(smdo, field, value, now);
        if (problem) throw new AppFailure('invalid_field', message(problem.code, lang, problem.params), problem.field);
      }
      // When the key was last updated on the portal: given in the setup wizard for a key
      // that is not new; a rotation is always now (the key was just replaced).
      let keyUpdatedAt: Date | null = null;
      const keyUpdatedOn = input.keyUpdatedOn?.trim() ?? '';
      if (input.rotation !== true && keyUpdatedOn !== '') {
        const result = smdoKeyUpdatedAt(keyUpdatedOn, now);
        if (!('instant' in result)) throw new AppFailure('invalid_field', message(result.code, lang, result.params), result.field);
        keyUpdatedAt = result.instant;
      }
      // The server's address or the whole token URL: `{base}/token` is the usual form.
      const tokenUrl = smdoTokenUrlFromBase(input.tokenUrl);
      if (tokenUrl === null) throw new AppFailure('invalid_field', message('smdo_server_url', lang), 'tokenUrl');
      let notes = input.notes;
      let sameKey = false;
      let storedTokenUrl: string | undefined;
      if (input.replacesTokenId !== undefined) {
        const replaced = findToken(input.replacesTokenId).token;
        if (replaced.kind !== 'smdo') throw kindMismatch();
        storedTokenUrl = replaced.settings.tokenUrl;
        sameKey = normaliseSecret(await vault.revealSecret(input.replacesTokenId)) === key;
        // A rotation with the stored key is no rotation: «Обновить» was not pressed, or the old key was pasted.
        if (sameKey && input.rotation === true) throw new AppFailure('invalid_field', message('smdo_same_key', lang), 'key');
        notes ??= replaced.notes;
      }
      const confirmHost = typedHostConfirmation(input.confirmTypedHost, tokenUrl, storedTokenUrl);
      if (await vault.quotesAnySecret(notes ?? '', [key, login], input.replacesTokenId)) {
        throw new AppFailure('invalid_field', message('notes_contain_secret', lang), 'notes');
      }
      return vault.saveToken(
        {
          organisationId: input.organisationId,
          kind: 'smdo',
          label: input.label.trim(),
          systemName: '',
          techEmail: '',
          secret: key,
          expiresAt: null,
          notes: notes ?? '',
          // The login is a credential: saveToken encrypts it like the key (below), never in settings.
          settings: { tokenUrl },
          // The same key again (the setup wizard's Back and Next) is no rotation: the history stays, and
          // so does the date unless the wizard gives the day of the key's last update on the portal.
          ...(keyUpdatedAt !== null ? { smdoKeySetAt: keyUpdatedAt.toISOString() } : sameKey ? {} : { smdoKeySetAt: now.toISOString() }),
          ...(input.replacesTokenId !== undefined ? { replacesTokenId: input.replacesTokenId } : {}),
        },
        keepsLogin ? {} : { login },
        { secretUnchanged: sameKey, ...(confirmHost !== null ? { confirmHost } : {}) },
      );
    },

    smdoCheck: async ({ tokenId }) => {
      const fetched = await smdoAccessToken(tokenId, true);
      return { ok: true, expiresAt: fetched.expiresAt };
    },

    smdoLogin: async ({ tokenId, action }) => {
      const { token } = findToken(tokenId);
      if (token.kind !== 'smdo') throw kindMismatch();
      const login = await vault.revealLogin(tokenId);
      if (!login) throw new AppFailure('not_found', message('smdo_login_missing', language()));
      if (action === 'reveal') return { login };
      const clearsAfterSeconds = vault.view().settings.clipboardClearSeconds;
      await clipboard.copy(login, clearsAfterSeconds, { tokenId, what: 'login' });
      return { clearsAfterSeconds };
    },

    smdoCopyAccessToken: async ({ tokenId }) => {
      const fetched = await smdoAccessToken(tokenId, false);
      const clearsAfterSeconds = vault.view().settings.clipboardClearSeconds;
      await clipboard.copy(fetched.token, clearsAfterSeconds, { tokenId, what: 'accessToken' });
      return { expiresAt: fetched.expiresAt, fromCache: fetched.fromCache, clearsAfterSeconds };
    },

    eisAdminLetter: async ({ tokenId, includeIdentifier }) => {
      const lang = language();
      const { token, organisationName } = findToken(tokenId);
      if (token.kind !== 'eis') throw kindMismatch();
      const identifier = includeIdentifier ? await vault.revealSecret(tokenId) : undefined;
      const letter = eisAdminLetter({
        organisationName,
        ...(identifier !== undefined ? { identifier } : {}),
        validUntil: token.expiresAt ?? clock.now(),
        language: lang,
        includeIdentifier,
      });
      // A letter with the identifier is a secret: it is wiped like a copied token; without it, it stays.
      const clearsAfterSeconds = includeIdentifier ? vault.view().settings.clipboardClearSeconds : 0;
      await clipboard.copy(letter.text, clearsAfterSeconds, { tokenId, what: 'letter' });
      return { text: letter.text, clearsAfterSeconds };
    },

    eisCheck: async ({ tokenId, endpoint, confirmTypedHost }) => {
      const lang = language();
      const { token } = findToken(tokenId);
      if (token.kind !== 'eis') throw kindMismatch();
      const address = normaliseEisEndpoint(endpoint);
      if (address === null) throw new AppFailure('invalid_field', message('eis_endpoint', lang), 'endpoint');
      // An address new to the record and typed in the form is the user's word for its host.
      const typed = typedHostConfirmation(confirmTypedHost, address, token.settings[EIS_CHECK_SETTINGS.endpoint]);
      // Remembered before asking, so a check that could not reach the service still keeps what was typed.
      if (token.settings[EIS_CHECK_SETTINGS.endpoint] !== address) {
        vault.updateTokenSettings(tokenId, { [EIS_CHECK_SETTINGS.endpoint]: address });
      }
      if (typed !== null) vault.confirmHost(tokenId, typed);
      requireConfirmedHost({ vault, tokenId, address, sends: ['identifier'], kind: 'eis', language: lang });
      const identifier = await vault.revealSecret(tokenId);
      const result = await checkEisIdentifier({ endpoint: address, identifier, language: lang }, { now: () => clock.now() });
      const checkedAt = clock.now().toISOString();
      vault.updateTokenSettings(tokenId, {
        [EIS_CHECK_SETTINGS.checkedAt]: checkedAt,
        [EIS_CHECK_SETTINGS.outcome]: result.valid ? 'accepted' : 'rejected',
      });
      return result.valid ? { checkedAt, accepted: true } : { checkedAt, accepted: false, reason: result.reason };
    },
  };
}
