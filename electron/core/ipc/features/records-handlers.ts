import type { RECORDS_REQUEST_NAMES } from '../../../../shared/ipc/features/records-names';
import type { ParsedRequest } from '../../../../shared/ipc/contract';
import { isCrptUuid } from '../../../../shared/kinds/crpt';
import { getKind } from '../../../../shared/kinds/catalog';
import type { KindSpec } from '../../../../shared/kinds/types';
import { locateToken } from '../../../../shared/model/locate-token';
import type { Language, TokenView } from '../../../../shared/model/types';
import { editableFields, editableSettings } from '../../../../shared/records/editable';
import { crptAutoRefreshAllowed } from '../../../../shared/hosts';
import { isEndpointAddress } from '../../../../shared/kinds/settings-spec';
import { message } from '../../../../shared/texts/messages';
import { parsePortalDateTime } from '../../../../shared/time/portal-time';
import { validateField, validatePortalExpiry, validateTaxId } from '../../../../shared/validation/fields';
import type { FieldProblem } from '../../../../shared/validation/fields';
import { AppFailure } from '../../errors';
import { requireOwnConnection } from '../../providers/crpt/shared-connection';
import { findStand, normaliseBaseUrl } from '../../providers/crpt/stands';
import { smdoTokenUrlFromBase } from '../../providers/smdo/token-url';
import type { RecordPatch } from '../../vault/record-edits';
import type { HandlerDeps } from '../handlers';
import type { Handlers } from '../router';

type Name = (typeof RECORDS_REQUEST_NAMES)[number];
type Changes = ParsedRequest<'updateRecord'>['changes'];

const TEXT_FIELDS = ['label', 'systemName', 'techEmail', 'notes'] as const;

function refuse(problem: FieldProblem, language: Language): never {
  throw new AppFailure('invalid_field', message(problem.code, language, problem.params), problem.field);
}

function notEditable(field: string, language: Language): never {
  refuse({ field, code: 'record_field_not_editable', params: { field } }, language);
}

/** The non-secret fields, trimmed and checked by the wizard's own rules; a value left as it was is not checked again. */
function textPatch(kind: KindSpec, token: TokenView, changes: Changes, now: Date, language: Language): RecordPatch {
  const allowed = new Set<string>(editableFields(kind));
  const patch: RecordPatch = {};
  for (const field of TEXT_FIELDS) {
    const value = changes[field];
    if (value === undefined) continue;
    if (!allowed.has(field)) notEditable(field, language);
    const trimmed = value.trim();
    if (trimmed === token[field]) continue;
    const problem = validateField(kind, field, trimmed, now);
    if (problem) refuse(problem, language);
    patch[field] = trimmed;
  }
  if (changes.expiresAt !== undefined) {
    if (!allowed.has('expiresAt')) notEditable('expiresAt', language);
    const expiry = expiryPatch(kind, token, changes.expiresAt.trim(), now, language);
    if (expiry !== undefined) patch.expiresAt = expiry;
  }
  return patch;
}

/** The expiry as the portal prints it; undefined when it names the stored moment (an expired record may keep its date). */
function expiryPatch(kind: KindSpec, token: TokenView, text: string, now: Date, language: Language): string | null | undefined {
  if (text === '') {
    if (kind.fields.some((field) => field.id === 'expiresAt' && field.required)) refuse({ field: 'expiresAt', code: 'required' }, language);
    return token.expiresAt === null ? undefined : null;
  }
  const parsed = parsePortalDateTime(text);
  if (parsed.ok && token.expiresAt !== null && parsed.instant.getTime() === Date.parse(token.expiresAt)) return undefined;
  const checked = validatePortalExpiry(kind, text, now);
  if (!('instant' in checked)) refuse(checked, language);
  return checked.instant.toISOString();
}

/** Connection settings, each by its kind's rule and normalised as the set-up screens save them. */
function settingsPatch(kind: KindSpec, token: TokenView, given: Record<string, string>, language: Language): Record<string, string> {
  const allowed = new Set(editableSettings(kind.id));
  for (const key of Object.keys(given)) if (!allowed.has(key)) notEditable(key, language);
  const value = (key: string) => given[key]?.trim();
  const patch: Record<string, string> = {};
  switch (kind.id) {
    case 'smdo': {
      const typed = value('tokenUrl');
      if (typed === undefined) break;
      const tokenUrl = smdoTokenUrlFromBase(typed);
      if (tokenUrl === null) refuse({ field: 'tokenUrl', code: 'smdo_server_url' }, language);
      patch.tokenUrl = tokenUrl;
      break;
    }
    case 'eis': {
      const typed = value('checkEndpoint');
      if (typed === undefined) break;
      if (typed !== '' && !isEndpointAddress(typed)) refuse({ field: 'checkEndpoint', code: 'eis_endpoint' }, language);
      patch.checkEndpoint = typed;
      break;
    }
    case 'crpt':
      Object.assign(patch, crptSettingsPatch(token, value, language));
      break;
    default:
      break;
  }
  return patch;
}

function crptSettingsPatch(token: TokenView, value: (key: string) => string | undefined, language: Language): Record<string, string> {
  const patch: Record<string, string> = {};
  const stand = value('stand') ?? token.settings.stand ?? 'custom';
  if (stand !== 'sandbox' && stand !== 'production' && stand !== 'custom') refuse({ field: 'stand', code: 'record_stand_choice' }, language);
  if (value('stand') !== undefined) patch.stand = stand;
  const known = stand === 'custom' ? undefined : findStand(stand);
  if (known) {
    // A known stand's address is the instruction's, whatever the page sent.
    if (value('stand') !== undefined || value('trueApiBase') !== undefined) patch.trueApiBase = known.trueApiBase;
  } else if (value('stand') !== undefined || value('trueApiBase') !== undefined) {
    const base = normaliseBaseUrl(value('trueApiBase') ?? token.settings.trueApiBase ?? '');
    if (base === null) refuse({ field: 'trueApiBase', code: 'crpt_stand_url', params: { example: 'https://markirovka.crpt.ru/api/v3/true-api' } }, language);
    patch.trueApiBase = base;
  }
  const oms = value('omsConnection');
  if (oms !== undefined) {
    if (!isCrptUuid(oms)) {
      refuse({ field: 'omsConnection', code: 'crpt_uuid_format', params: { field: 'omsConnection', hint: message('crpt_oms_connection_hint', language) } }, language);
    }
    patch.omsConnection = oms.toLowerCase();
  }
  const inn = value('inn');
  if (inn !== undefined) {
    if (inn !== '' && (!/^(\d{10}|\d{12})$/.test(inn) || validateTaxId(inn) !== null)) refuse({ field: 'inn', code: 'crpt_inn_format' }, language);
    patch.inn = inn;
  }
  // Unattended signing only towards an official stand (issue #9): a custom address switches it off.
  const after = { ...token.settings, ...patch };
  if (after.autoRefresh === 'on' && !crptAutoRefreshAllowed(after)) patch.autoRefresh = 'off';
  return patch;
}

/** «Изменить» on a record: the wizard's rules, the kind's list of what may change, the record's organisation. */
export function createRecordsHandlers(deps: HandlerDeps): Pick<Handlers, Name> {
  const { vault, clock } = deps;
  const language = () => vault.view().settings.language;

  return {
    updateRecord: async ({ organisationId, tokenId, changes, acceptSharedConnection }) => {
      const lang = language();
      const located = locateToken(vault.view(), tokenId);
      // Another organisation's record is treated as missing: the page cannot move or reach records through it.
      if (!located || located.organisation.id !== organisationId) throw new AppFailure('not_found', message('not_found_token', lang));
      const token = located.token;
      const kind = getKind(token.kind);
      if (!kind) throw new AppFailure('invalid_field', message('unknown_request', lang), 'kind');
      const patch = textPatch(kind, token, changes, clock.now(), lang);
      if (changes.settings) patch.settings = settingsPatch(kind, token, changes.settings, lang);
      // Moving a record onto a connection another record uses makes their tokens kill each other (issue 10, point 18).
      const oms = patch.settings?.omsConnection;
      if (kind.id === 'crpt' && oms !== undefined && oms !== token.settings.omsConnection && acceptSharedConnection !== true) {
        requireOwnConnection(vault.view(), oms, tokenId, lang);
      }
      // Notes are kept in clear: they may not quote a secret of the vault (issue #10, point 13).
      if (patch.notes !== undefined && (await vault.quotesAnySecret(patch.notes, [], tokenId))) {
        refuse({ field: 'notes', code: 'notes_contain_secret' }, lang);
      }
      return vault.editToken(tokenId, organisationId, patch);
    },
  };
}
