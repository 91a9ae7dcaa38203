import type { Language, OrganisationView, TokenView } from '../../../shared/model/types';
import { withoutLogin } from './stored-login';
import type { StoredOrganisation, StoredToken, VaultData } from './vault-schema';

/** What the renderer may see of stored records: everything but the ciphertexts (and never a login). */

/**
 * Enough of a secret's end to tell two tokens apart, never enough to matter: at
 * most 4 characters and at most a quarter of the secret, so a short secret is
 * never shown whole.
 */
export function hintFor(secret: string): string {
  const chars = Array.from(secret);
  const shown = Math.min(4, Math.floor(chars.length / 4));
  return `…${chars.slice(chars.length - shown).join('')}`;
}

export function toTokenView(token: StoredToken): TokenView {
  return {
    id: token.id,
    organisationId: token.organisationId,
    kind: token.kind,
    label: token.label,
    systemName: token.systemName,
    techEmail: token.techEmail,
    hint: token.hint,
    expiresAt: token.expiresAt,
    obtainedAt: token.obtainedAt,
    notes: token.notes,
    history: token.history.map(({ hint, obtainedAt, expiresAt, replacedAt }) => ({ hint, obtainedAt, expiresAt, replacedAt })),
    // A login not yet moved into loginCipher (the keychain was locked at start) still stays in the core.
    settings: withoutLogin(token.settings),
    certificateExpiresAt: token.certificateExpiresAt,
    smdoKeySetAt: token.smdoKeySetAt,
    edits: (token.edits ?? []).map((entry) => ({ ...entry })),
    // Only while a rotation is unfinished; the typed key stays in the core.
    ...(token.smdoRotation
      ? {
          smdoRotation: {
            stepIndex: token.smdoRotation.stepIndex,
            startedAt: token.smdoRotation.startedAt,
            savedAt: token.smdoRotation.savedAt,
            hasKey: token.smdoRotation.keyCipher !== undefined,
          },
        }
      : {}),
    ...(token.secretCipher === undefined ? { needsToken: true as const } : {}),
  };
}

function collator(language: Language): Intl.Collator {
  return new Intl.Collator(language === 'ru' ? 'ru' : 'en', { sensitivity: 'base', numeric: true });
}

export function toOrganisationView(organisation: StoredOrganisation, data: VaultData): OrganisationView {
  return organisationView(
    organisation,
    data.tokens.filter((token) => token.organisationId === organisation.id),
    collator(data.settings.language).compare,
    toTokenView,
  );
}

function organisationView(organisation: StoredOrganisation, tokens: StoredToken[], compare: Intl.Collator['compare'], viewOf: (token: StoredToken) => TokenView): OrganisationView {
  const sorted = tokens.sort((a, b) => compare(a.label, b.label) || a.id.localeCompare(b.id)).map(viewOf);
  return { id: organisation.id, name: organisation.name, taxId: organisation.taxId, tokens: sorted };
}

/**
 * Organisations in the order a person looks for them: by name, as their language sorts.
 * `viewOf` may hand out cached views (vault.ts keeps one per stored token object).
 */
export function organisationViews(data: VaultData, viewOf: (token: StoredToken) => TokenView = toTokenView): OrganisationView[] {
  const compare = collator(data.settings.language).compare;
  // Grouped once: thousands of tokens must not be scanned once per organisation.
  const byOrganisation = new Map<string, StoredToken[]>();
  for (const token of data.tokens) {
    const own = byOrganisation.get(token.organisationId);
    if (own) own.push(token);
    else byOrganisation.set(token.organisationId, [token]);
  }
  return [...data.organisations]
    .sort((a, b) => compare(a.name, b.name) || a.id.localeCompare(b.id))
    .map((organisation) => organisationView(organisation, byOrganisation.get(organisation.id) ?? [], compare, viewOf));
}
