import { z } from 'zod';
import type { TokenView } from '../../model/types';
import type { ORGS_REQUEST_NAMES } from './orgs-names';

type Name = (typeof ORGS_REQUEST_NAMES)[number];

const id = z.string().min(1).max(64);
/** Long enough for any passphrase; the ≥10 characters rule is the core's (with a Russian message). */
const password = z.string().max(1024);

export const orgsRequestSchemas = {
  /** The whole vault, sealed under a password, through the save dialog. */
  exportVault: z.object({ password }).strict(),
  /** A file chosen in the open dialog, merged into the vault without duplicates. */
  importVault: z.object({ password }).strict(),
  /** The CSV list for an audit: no secrets. */
  exportAudit: z.object({}).strict(),
  /**
   * Saves (or, with replacesTokenId, rotates) the СМДО login and key; both are
   * stored encrypted and never come back to the renderer. A rotation may leave
   * the login out (or empty): the stored one is kept. A new record needs it.
   */
  smdoSave: z
    .object({
      organisationId: id,
      label: z.string().max(200),
      login: z.string().max(512).optional(),
      key: z.string().max(2048),
      tokenUrl: z.string().max(2048),
      notes: z.string().max(4000).optional(),
      replacesTokenId: id.optional(),
      /** True from the key-rotation form: the stored key pasted again is then refused (nothing was rotated). */
      rotation: z.boolean().optional(),
      /**
       * The setup wizard: the day the key was last updated on the portal, ДД.ММ.ГГГГ
       * (Minsk). The core checks it (field `keyUpdatedOn`) and counts the rotation
       * reminders from it; empty or absent means the key is new (now). A rotation ignores it.
       */
      keyUpdatedOn: z.string().max(64).optional(),
      /**
       * The user typed tokenUrl in this screen: a new address then counts as confirmed
       * (shared/hosts.ts). Ignored for the address the record already has (it may come from an import).
       */
      confirmTypedHost: z.boolean().optional(),
    })
    .strict(),
  /** Fetches a fresh Bearer token with the stored login and key. */
  smdoCheck: z.object({ tokenId: id }).strict(),
  /** Puts a live Bearer token on the clipboard: the cached one while it lasts, otherwise a fresh one. */
  smdoCopyAccessToken: z.object({ tokenId: id }).strict(),
  /** The stored СМДО login, shown on request or put on the clipboard (for the ВСЭД settings). */
  smdoLogin: z.object({ tokenId: id, action: z.enum(['reveal', 'copy']) }).strict(),
  /** The letter to the РИС administrator, put on the clipboard. */
  eisAdminLetter: z.object({ tokenId: id, includeIdentifier: z.boolean() }).strict(),
  /** Asks a getDocsIP-like SOAP endpoint whether it accepts the stored identifier; the endpoint is remembered on the token. */
  eisCheck: z.object({ tokenId: id, endpoint: z.string().max(2048), confirmTypedHost: z.boolean().optional() }).strict(),
} satisfies Record<Name, z.ZodType>;

export interface ImportCountsView {
  organisations: number;
  tokens: number;
}

export interface OrgsRequestOutputs {
  /** saved is false when the user cancelled the save dialog. */
  exportVault: { saved: boolean };
  /** imported is false (and the counts zero) when the user cancelled the open dialog. */
  importVault: { imported: boolean; added: ImportCountsView; updated: ImportCountsView; skipped: ImportCountsView };
  exportAudit: { saved: boolean };
  smdoSave: TokenView;
  smdoCheck: { ok: true; expiresAt: string };
  /** fromCache: the same token as a minute ago (the server was not asked). */
  smdoCopyAccessToken: { expiresAt: string; fromCache: boolean; clearsAfterSeconds: number };
  /** login only for reveal; clearsAfterSeconds only for copy. */
  smdoLogin: { login?: string; clearsAfterSeconds?: number };
  /** The letter as shown; clearsAfterSeconds is 0 when it holds no identifier (not cleared). */
  eisAdminLetter: { text: string; clearsAfterSeconds: number };
  /** accepted: the service let the request past its identifier check; otherwise reason says what to do. */
  eisCheck: EisCheckView;
}

export type EisCheckView = { checkedAt: string } & ({ accepted: true } | { accepted: false; reason: string });
