import type { CRPT_REQUEST_NAMES } from '../../../../shared/ipc/features/crpt-names';
import type { CrptCertificateFacts, CrptSignerInput } from '../../../../shared/ipc/features/crpt-contract';
import type { ParsedRequest } from '../../../../shared/ipc/contract';
import type { Language, TokenView } from '../../../../shared/model/types';
import { locateToken } from '../../../../shared/model/locate-token';
import { crptPurposeOf } from '../../../../shared/kinds/crpt';
import { requireOwnConnection } from '../../providers/crpt/shared-connection';
import { message } from '../../../../shared/texts/messages';
import type { CertificateInfo } from '../../certificates/certificate-info';
import { listCryptoProCertificates } from '../../certificates/certmgr';
import { acceptedMismatchSetting, InnMismatchFailure, innMismatchOf, parseAcceptedMismatch } from '../../certificates/inn-match';
import { candidatePaths, locateCryptoProTool } from '../../signing/locate-cryptopro';
import { normaliseThumbprint } from '../../signing/cryptopro-signer';
import type { StoredSigningDefaults } from '../../vault/vault-schema';
import { readCertificateFile } from '../../certificates/parse-x509';
import { checkSignerFile } from '../../signing/signer-file';
import { crptAutoRefreshAllowed, isOfficialOrigin, originOf } from '../../../../shared/hosts';
import { AppFailure } from '../../errors';
import { requireConfirmedHost, typedHostConfirmation } from '../../hosts/host-guard';
import { createCrptService, type CrptService } from '../../providers/crpt/client';
import { findStand } from '../../providers/crpt/stands';
import { acceptChosenCryptoProTool } from '../../signing/cryptopro-choice';
import { createSigner, type SignerConfig } from '../../signing/create-signer';
import type { SignerPickerPort } from '../../ports';
import type { Signer } from '../../signing/signer';
import type { HandlerDeps } from '../handlers';
import type { Handlers } from '../router';

type Name = (typeof CRPT_REQUEST_NAMES)[number];

/** Optional wiring of the crpt handlers (tests, the harness): the service and the signers' environment. */
export interface CrptHandlerOptions {
  service?: (language: Language) => CrptService;
  /** The environment of the signing child processes (OPENSSL_CONF for the GOST engine); process.env by default. */
  signerEnv?: NodeJS.ProcessEnv;
}

const cancelledPicker: SignerPickerPort = { chooseCryptoProTool: async () => null, chooseSignerFile: async () => null };

/** The system name saved with every crpt token: where it goes. */
export const CRPT_SYSTEM_NAME = 'СУЗ clientToken';
export const CRPT_TRUE_API_SYSTEM_NAME = 'True API';

// toolPath: a program path older versions kept per token; listed so a refresh drops it, never runs it.
const OWN_SETTINGS = new Set([
  'purpose',
  'stand',
  'trueApiBase',
  'omsConnection',
  'inn',
  'signer',
  'certPath',
  'keyPath',
  'thumbprint',
  'toolPath',
  'autoRefresh',
  'autoRefreshFailed',
  'innMismatchAccepted',
]);

const sayFor = (language: Language) => (ru: string, en: string) => (language === 'ru' ? ru : en);

function facts(info: CertificateInfo): CrptCertificateFacts {
  return {
    thumbprint: info.thumbprint,
    owner: info.owner,
    organisation: info.organisation,
    taxId: info.taxId,
    ogrn: info.ogrn,
    person: info.person,
    issuer: info.issuer,
    validFrom: info.notBefore,
    validTo: info.notAfter,
    ...(info.hasPrivateKey === undefined ? {} : { hasPrivateKey: info.hasPrivateKey }),
  };
}

const sameThumbprint = (a: string, b: string) => a.replace(/[^0-9a-f]/gi, '').toUpperCase() === b.replace(/[^0-9a-f]/gi, '').toUpperCase();

/** The signer settings as the token record keeps them (paths and a thumbprint only, never a secret). */
function signerSettings(signer: CrptSignerInput): Record<string, string> {
  return signer.kind === 'openssl' ? { signer: 'openssl', certPath: signer.certPath, keyPath: signer.keyPath } : { signer: signer.kind, thumbprint: signer.thumbprint };
}

function signerFromSettings(settings: Record<string, string>): CrptSignerInput | null {
  const kind = settings.signer;
  if (kind === 'openssl' && settings.certPath && settings.keyPath) return { kind, certPath: settings.certPath, keyPath: settings.keyPath };
  if ((kind === 'cryptcp' || kind === 'csptest') && settings.thumbprint) return { kind, thumbprint: settings.thumbprint };
  return null;
}

/** The Честный знак requests: certificates, connection, token in one click. */
export function createCrptHandlers(deps: HandlerDeps): Pick<Handlers, Name> {
  const { vault, clock } = deps;
  const options: CrptHandlerOptions = deps.crpt ?? {};
  const language = () => vault.view().settings.language;
  const services = new Map<Language, CrptService>();
  const serviceFor = (lang: Language): CrptService => {
    let service = services.get(lang);
    if (!service) {
      service = options.service ? options.service(lang) : createCrptService({ clock, language: lang });
      services.set(lang, service);
    }
    return service;
  };

  const picker = deps.signerPicker ?? cancelledPicker;
  /** The folder the user chose in the native dialog; the only place besides the standard folders a program is run from. */
  const chosenFolder = () => vault.view().settings.cryptoProFolder;
  /** Certificate and key files the user picked in the native dialog during this run. */
  const pickedFiles = new Set<string>();

  /**
   * A file the core may read or give to openssl: picked by the user in the dialog, or
   * already stored on the record being renewed. A path the renderer merely names is refused.
   */
  function requirePickedFile(path: string, field: 'certPath' | 'keyPath', stored: Record<string, string> | undefined, lang: Language): void {
    if (pickedFiles.has(path) || (stored !== undefined && stored[field] === path)) return;
    throw new AppFailure('invalid_field', message('signer_file_not_chosen', lang), field);
  }
  function requirePickedSigner(signer: CrptSignerInput, stored: Record<string, string> | undefined, lang: Language): void {
    if (signer.kind !== 'openssl') return;
    requirePickedFile(signer.certPath, 'certPath', stored, lang);
    requirePickedFile(signer.keyPath, 'keyPath', stored, lang);
  }
  /** The files an organisation signed with last time (picked then, kept by the core): they may be used again. */
  function rememberedFiles(organisationId: string | undefined): Record<string, string> | undefined {
    if (organisationId === undefined) return undefined;
    const remembered = vault.signingDefaultsOf(organisationId);
    if (remembered?.signer !== 'openssl' || !remembered.certPath || !remembered.keyPath) return undefined;
    return { certPath: remembered.certPath, keyPath: remembered.keyPath };
  }
  /** A file the record being renewed or the organisation's last token used counts as picked. */
  function requirePickedSignerOf(signer: CrptSignerInput, record: Record<string, string> | undefined, organisationId: string, lang: Language): void {
    if (signer.kind !== 'openssl') return;
    const remembered = rememberedFiles(organisationId);
    const known = (field: 'certPath' | 'keyPath') => (remembered?.[field] === signer[field] ? remembered : record);
    requirePickedFile(signer.certPath, 'certPath', known('certPath'), lang);
    requirePickedFile(signer.keyPath, 'keyPath', known('keyPath'), lang);
  }

  const signerOf = (input: CrptSignerInput, lang: Language): Signer => {
    const folder = chosenFolder();
    const config: SignerConfig =
      input.kind === 'openssl'
        ? { kind: 'openssl', certPath: input.certPath, keyPath: input.keyPath }
        : { kind: input.kind, thumbprint: input.thumbprint, ...(folder ? { chosenFolder: folder } : {}) };
    return createSigner(config, { env: options.signerEnv ?? process.env, language: lang });
  };
  const listStore = async (lang: Language) => {
    const folder = chosenFolder();
    const where = folder ? { chosenFolder: folder } : {};
    try {
      await locateCryptoProTool('certmgr', { ...where, language: lang });
    } catch {
      // cryptcp may well be there: say that certmgr comes with CryptoPro CSP and where to choose its folder.
      throw new AppFailure('signer_unavailable', message('certmgr_missing_for_list', lang, { paths: candidatePaths('certmgr', where).join('; ') }));
    }
    return listCryptoProCertificates({ language: lang, ...where });
  };
  const toolFound = async (tool: 'cryptcp' | 'csptest' | 'certmgr'): Promise<boolean> => {
    const folder = chosenFolder();
    try {
      await locateCryptoProTool(tool, folder ? { chosenFolder: folder } : {});
      return true;
    } catch {
      return false;
    }
  };

  /**
   * The signing certificate, best effort: its ИНН is checked and its end remembered, but a token is
   * still worth getting when the store cannot be listed (certmgr missing): signing tells the rest.
   */
  async function signingCertificate(signer: CrptSignerInput, lang: Language): Promise<CertificateInfo | null> {
    try {
      if (signer.kind === 'openssl') return (await readCertificateFile(signer.certPath, lang))[0] ?? null;
      const list = await listStore(lang);
      return list.find((info) => sameThumbprint(info.thumbprint, signer.thumbprint)) ?? null;
    } catch (error) {
      // A missing, oversized or special file is the user's to fix now («Файл не найден»), not after a
      // refused signature; a certificate only openssl can parse still signs.
      if (signer.kind === 'openssl' && !(error instanceof AppFailure && error.code === 'certificate_unreadable')) throw error;
      return null;
    }
  }

  /** What the organisation's next token starts from: the stand and signer used now. */
  function signingDefaultsFor(input: ParsedRequest<'crptSetupConnection'>, trueApiBase: string): Omit<StoredSigningDefaults, 'savedAt'> {
    const stand = { stand: input.stand, ...(input.stand === 'custom' ? { trueApiBase } : {}) };
    if (input.signer.kind === 'openssl') return { ...stand, signer: 'openssl', certPath: input.signer.certPath, keyPath: input.signer.keyPath };
    const thumbprint = normaliseThumbprint(input.signer.thumbprint);
    return { ...stand, signer: input.signer.kind, ...(thumbprint ? { thumbprint } : {}) };
  }

  function findTokenView(tokenId: string): TokenView | undefined {
    return locateToken(vault.view(), tokenId)?.token;
  }

  function trueApiBaseOf(stand: string, custom: string, lang: Language): string {
    if (stand === 'sandbox' || stand === 'production') return findStand(stand)?.trueApiBase ?? custom;
    if (custom.trim() === '') throw new AppFailure('invalid_field', message('required', lang), 'trueApiBase');
    return custom.trim();
  }

  async function obtainAndSave(input: ParsedRequest<'crptSetupConnection'>, lang: Language, extraSettings: Record<string, string>): Promise<TokenView> {
    const say = sayFor(lang);
    const snapshot = vault.view();
    // Checked before asking for a token: a new token kills the previous one, so it must not be fetched and then lost.
    const organisation = snapshot.organisations.find((candidate) => candidate.id === input.organisationId);
    if (!organisation)
      throw new AppFailure('not_found', say('Организация не найдена: обновите экран и выберите её снова.', 'The organisation was not found: refresh and choose it again.'));
    if (input.replacesTokenId !== undefined && !organisation.tokens.some((token) => token.id === input.replacesTokenId)) {
      throw new AppFailure('not_found', say('Токен не найден: возможно, его удалили в другом окне.', 'The token was not found: it may have been deleted in another window.'));
    }
    const previous = input.replacesTokenId === undefined ? undefined : findTokenView(input.replacesTokenId);
    requirePickedSignerOf(input.signer, previous?.settings, organisation.id, lang);
    const trueApiBase = trueApiBaseOf(input.stand, input.trueApiBase, lang);
    // Before the challenge is fetched: a custom stand gets no signature until the user confirmed it.
    const confirmHost = requireSigningHost(input, trueApiBase, previous, lang);
    const inn = input.inn?.trim() || undefined;
    const purpose = input.purpose ?? 'suz';
    if (purpose === 'trueapi' && input.omsConnection.trim() !== '') {
      throw new AppFailure('invalid_field', message('crpt_true_api_no_oms_connection', lang), 'omsConnection');
    }
    // Before the sign-in too: the new token would already have killed the other record's.
    if (purpose === 'suz' && input.acceptSharedConnection !== true) {
      requireOwnConnection(snapshot, input.omsConnection, input.replacesTokenId, lang);
    }
    // The ИНН is checked before signing: a new token kills the organisation's previous one.
    const certificate = await signingCertificate(input.signer, lang);
    const mismatch = innMismatchOf(organisation.taxId, certificate, inn);
    const accepted = input.acceptInnMismatch;
    if (mismatch !== null && (accepted?.signedInn !== mismatch.signedInn || accepted.organisationInn !== mismatch.organisationInn)) {
      throw new InnMismatchFailure(mismatch, organisation.name, lang);
    }
    const signer = signerOf(input.signer, lang);
    const common = { trueApiBase, ...(inn ? { inn } : {}), signer };
    const token = await serviceFor(lang).signIn(purpose === 'trueapi' ? { ...common, purpose } : { ...common, purpose, omsConnection: input.omsConnection });
    const certificateExpiresAt = certificate?.notAfter || null;
    const settings: Record<string, string> = {
      purpose,
      stand: input.stand,
      trueApiBase,
      ...(purpose === 'suz' ? { omsConnection: input.omsConnection.trim().toLowerCase() } : {}),
      ...(inn ? { inn } : {}),
      ...signerSettings(input.signer),
      autoRefresh: input.autoRefresh ? 'on' : 'off',
      // The user's knowing acceptance stays on the record (and lets a refresh go on without asking again).
      ...(mismatch === null ? {} : { innMismatchAccepted: acceptedMismatchSetting(mismatch) }),
      ...extraSettings,
    };
    const saved = await vault.saveToken(
      {
        organisationId: input.organisationId,
        kind: 'crpt',
        label:
          input.label.trim() ||
          previous?.label ||
          (purpose === 'trueapi' ? say('Честный знак, True API', 'Честный знак, True API') : say('Честный знак, СУЗ', 'Честный знак, СУЗ')),
        systemName: purpose === 'trueapi' ? CRPT_TRUE_API_SYSTEM_NAME : CRPT_SYSTEM_NAME,
        techEmail: previous?.techEmail ?? '',
        secret: token.token,
        expiresAt: token.expiresAt,
        notes: previous?.notes ?? '',
        ...(input.replacesTokenId === undefined ? {} : { replacesTokenId: input.replacesTokenId }),
        settings,
        certificateExpiresAt,
      },
      {},
      confirmHost === null ? {} : { confirmHost },
    );
    try {
      vault.rememberSigningDefaults(organisation.id, signingDefaultsFor(input, trueApiBase));
    } catch {
      // Remembering is a convenience: the token is saved, which is what counts.
    }
    return saved;
  }

  /**
   * Where the signature may go: an official stand, the custom stand the user confirmed for
   * this record, or one typed just now in the set-up screen (its origin is returned, to be
   * stored as confirmed). Automatic refresh is only for the official stands.
   */
  function requireSigningHost(input: ParsedRequest<'crptSetupConnection'>, trueApiBase: string, previous: TokenView | undefined, lang: Language): string | null {
    const origin = originOf(trueApiBase);
    if (origin !== null && isOfficialOrigin(origin)) return null;
    if (input.autoRefresh) {
      throw new AppFailure('invalid_field', message('crpt_auto_refresh_official_only', lang, { host: origin ?? trueApiBase }), 'autoRefresh');
    }
    const typed = typedHostConfirmation(input.confirmTypedHost, trueApiBase, previous?.settings.trueApiBase);
    if (typed !== null) return typed;
    if (input.replacesTokenId === undefined) {
      throw new AppFailure('host_not_confirmed', message('host_not_confirmed_crpt', lang, { host: origin ?? trueApiBase }), 'trueApiBase');
    }
    requireConfirmedHost({ vault, tokenId: input.replacesTokenId, address: trueApiBase, sends: ['signature'], kind: 'crpt', language: lang });
    return null;
  }

  return {
    crptInspectCertificate: async (input) => {
      const lang = language();
      if (input.signer === 'openssl') {
        requirePickedFile(input.certPath, 'certPath', rememberedFiles(input.organisationId), lang);
        return { certificates: (await readCertificateFile(input.certPath, lang)).map(facts) };
      }
      const list = await listStore(lang);
      const wanted = input.thumbprint?.trim() ?? '';
      return { certificates: (wanted === '' ? list : list.filter((info) => sameThumbprint(info.thumbprint, wanted))).map(facts) };
    },

    crptSetupConnection: async (input) => obtainAndSave(input, language(), {}),

    crptRefreshToken: async ({ tokenId }) => {
      const lang = language();
      const say = sayFor(lang);
      const token = findTokenView(tokenId);
      if (!token)
        throw new AppFailure('not_found', say('Токен не найден: возможно, его удалили в другом окне.', 'The token was not found: it may have been deleted in another window.'));
      const settings = token.settings;
      const signer = signerFromSettings(settings);
      const purpose = crptPurposeOf(settings);
      if (token.kind !== 'crpt' || !signer || (purpose === 'suz' && !settings.omsConnection) || !settings.trueApiBase) {
        throw new AppFailure(
          'invalid_field',
          say(
            'У этого токена нет настроек подключения к Честному знаку: получите его заново через «Новый токен».',
            'This token has no Честный знак connection settings: get it again through «New token».',
          ),
        );
      }
      const stand = settings.stand === 'sandbox' || settings.stand === 'production' ? settings.stand : 'custom';
      return obtainAndSave(
        {
          organisationId: token.organisationId,
          label: token.label,
          purpose,
          stand,
          trueApiBase: settings.trueApiBase,
          omsConnection: purpose === 'suz' ? (settings.omsConnection ?? '') : '',
          ...(settings.inn ? { inn: settings.inn } : {}),
          signer,
          // A custom stand never refreshes by itself (a setting from an older vault or an import does not count).
          autoRefresh: settings.autoRefresh === 'on' && crptAutoRefreshAllowed(settings),
          replacesTokenId: token.id,
          // The record already uses this connection: a refresh is not the moment to ask again (its page shows the sharing).
          acceptSharedConnection: true,
          // A mismatch the user accepted for this record is not asked about again; another one is.
          ...(parseAcceptedMismatch(settings.innMismatchAccepted) ? { acceptInnMismatch: parseAcceptedMismatch(settings.innMismatchAccepted) } : {}),
        },
        lang,
        // Settings this feature does not write survive a refresh; a past auto-refresh failure does not.
        Object.fromEntries(Object.entries(settings).filter(([key]) => !OWN_SETTINGS.has(key))),
      );
    },

    crptSetAutoRefresh: async ({ tokenId, on }) => {
      const token = findTokenView(tokenId);
      if (!token) throw new AppFailure('not_found', message('not_found_token', language()));
      if (token.kind !== 'crpt') throw new AppFailure('invalid_field', message('unknown_request', language()), 'kind');
      if (on && !crptAutoRefreshAllowed(token.settings)) {
        const host = originOf(token.settings.trueApiBase ?? '') ?? token.settings.trueApiBase ?? '';
        throw new AppFailure('invalid_field', message('crpt_auto_refresh_official_only', language(), { host }), 'autoRefresh');
      }
      return vault.updateTokenSettings(tokenId, { autoRefresh: on ? 'on' : 'off', autoRefreshFailed: 'false' });
    },

    crptSetupDefaults: async ({ organisationId }) => {
      const lang = language();
      if (!vault.view().organisations.some((organisation) => organisation.id === organisationId)) {
        throw new AppFailure('not_found', message('not_found_organisation', lang));
      }
      const [cryptcp, csptest, certmgr] = await Promise.all([toolFound('cryptcp'), toolFound('csptest'), toolFound('certmgr')]);
      const remembered = vault.signingDefaultsOf(organisationId);
      const blank = { thumbprint: '', certPath: '', keyPath: '' };
      if (remembered) {
        return {
          cryptoProInstalled: cryptcp || csptest,
          certmgrInstalled: certmgr,
          signer: { ...blank, kind: remembered.signer, thumbprint: remembered.thumbprint ?? '', certPath: remembered.certPath ?? '', keyPath: remembered.keyPath ?? '' },
          stand: remembered.stand,
          trueApiBase: remembered.trueApiBase ?? '',
          remembered: true,
        };
      }
      // CryptoPro where it is installed (a Windows accountant's usual set-up), OpenSSL files otherwise.
      const kind = cryptcp ? 'cryptcp' : csptest ? 'csptest' : 'openssl';
      return { cryptoProInstalled: cryptcp || csptest, certmgrInstalled: certmgr, signer: { ...blank, kind }, stand: 'production', trueApiBase: '', remembered: false };
    },

    crptChooseCryptoProFolder: async () => {
      const lang = language();
      const path = await picker.chooseCryptoProTool();
      if (path === null) return { folder: null };
      const folder = await acceptChosenCryptoProTool(path, { language: lang });
      vault.updateAppPaths({ cryptoProFolder: folder });
      return { folder };
    },

    crptChooseSignerFile: async ({ which }) => {
      const path = await picker.chooseSignerFile(which);
      if (path === null) return { path: null };
      // Checked now, so the user hears about a folder, a device or a huge file right where they chose it.
      await checkSignerFile(path, language(), which === 'certificate' ? 'certPath' : 'keyPath');
      pickedFiles.add(path);
      return { path };
    },

    crptRegisterConnection: async (input) => {
      const lang = language();
      requirePickedSigner(input.signer, undefined, lang);
      const known = input.suzBase === 'sandbox' || input.suzBase === 'production' ? findStand(input.suzBase) : undefined;
      const suzBase = known?.suzBase ?? input.suzBase;
      const origin = originOf(suzBase);
      // No record to confirm it on: a custom СУЗ gets the signature and the key only when the user typed it just now.
      if (!(origin !== null && isOfficialOrigin(origin)) && input.confirmTypedHost !== true) {
        throw new AppFailure('host_not_confirmed', message('host_not_confirmed_crpt', lang, { host: origin ?? suzBase }), 'suzBase');
      }
      const registrationKey = input.registrationKey.trim() || known?.registrationKey || '';
      const result = await serviceFor(lang).registerConnection({
        suzBase,
        omsId: input.omsId,
        registrationKey,
        address: input.address,
        ...(input.name ? { name: input.name } : {}),
        signer: signerOf(input.signer, lang),
      });
      return { ...result };
    },
  };
}
