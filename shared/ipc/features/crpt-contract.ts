import { z } from 'zod';
import { CRPT_PURPOSES } from '../../kinds/crpt';
import type { TokenView } from '../../model/types';
import type { CRPT_REQUEST_NAMES } from './crpt-names';

type Name = (typeof CRPT_REQUEST_NAMES)[number];

const id = z.string().min(1).max(64);
const path = z.string().min(1).max(4096);
const thumbprint = z.string().max(128);

/**
 * How the user signs. File paths (which the core accepts only when the user picked them in
 * its native dialog) and a thumbprint. No program path: CryptoPro is found in its standard
 * folders or in the folder chosen in main's dialog. No key password or PIN ever crosses IPC,
 * so none can reach the vault (unencrypted keys, or a CSP that remembers the PIN).
 */
export const crptSignerSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('openssl'), certPath: path, keyPath: path }).strict(),
  z.object({ kind: z.enum(['cryptcp', 'csptest']), thumbprint: thumbprint.min(1) }).strict(),
]);
export type CrptSignerInput = z.infer<typeof crptSignerSchema>;

export const CRPT_STAND_IDS = ['sandbox', 'production', 'custom'] as const;
export type CrptStandChoice = (typeof CRPT_STAND_IDS)[number];

/** What the UI shows of a certificate (no key material). */
export interface CrptCertificateFacts {
  thumbprint: string;
  owner: string;
  organisation: string;
  /** The ИНН Честный знак authorises (ИНН ЮЛ when there is one). */
  taxId: string;
  /** ОГРН or ОГРНИП; empty when the certificate has none. */
  ogrn?: string;
  /** Surname and given names of the person, when present. */
  person?: string;
  /** The certification authority (issuer's CN). */
  issuer?: string;
  validFrom: string;
  validTo: string;
  hasPrivateKey?: boolean;
}

/**
 * What the set-up screen starts from for an organisation: the signer and stand it used last
 * time (kept per organisation in the vault), else CryptoPro when its programs are installed.
 */
export interface CrptSetupDefaults {
  /** Whether cryptcp or csptest was found (standard folder or the folder chosen in Settings). */
  cryptoProInstalled: boolean;
  /** Whether certmgr, which lists the store, was found. */
  certmgrInstalled: boolean;
  /** The signer to start with: the remembered one, else CryptoPro when installed, else OpenSSL (empty fields are for the user to fill). */
  signer: { kind: CrptSignerInput['kind']; thumbprint: string; certPath: string; keyPath: string };
  stand: CrptStandChoice;
  /** The custom True API address, when the remembered stand is custom. */
  trueApiBase: string;
  /** Whether `signer` and `stand` are what this organisation used last time. */
  remembered: boolean;
}

/** The user's knowing acceptance of one certificate/organisation ИНН pair that do not match. */
export const innMismatchAcceptanceSchema = z.object({ signedInn: z.string().regex(/^(\d{10}|\d{12})$/), organisationInn: z.string().regex(/^(\d{10}|\d{12})$/) }).strict();

export const crptRequestSchemas = {
  crptInspectCertificate: z.discriminatedUnion('signer', [
    /** organisationId: a certificate file this organisation signed with last time may be read again without a new pick. */
    z.object({ signer: z.literal('openssl'), certPath: path, organisationId: id.optional() }).strict(),
    z.object({ signer: z.enum(['cryptcp', 'csptest']), thumbprint: thumbprint.optional() }).strict(),
  ]),
  /** Opens main's native dialog for cryptcp, csptest or certmgr; the core checks the file and remembers its folder. */
  crptChooseCryptoProFolder: z.object({}).strict(),
  /** Opens main's native dialog for the OpenSSL signer's certificate or key; only picked files are then accepted. */
  crptChooseSignerFile: z.object({ which: z.enum(['certificate', 'key']) }).strict(),
  /** What the set-up screen of this organisation starts with (see CrptSetupDefaults). */
  crptSetupDefaults: z.object({ organisationId: id }).strict(),
  crptSetupConnection: z
    .object({
      organisationId: id,
      label: z.string().max(200),
      /** СУЗ clientToken (needs omsConnection) or the True API token (omsConnection left empty); `suz` when absent. */
      purpose: z.enum(CRPT_PURPOSES).optional(),
      stand: z.enum(CRPT_STAND_IDS),
      /** Used when stand is custom; the known stands' bases are filled in by the core. */
      trueApiBase: z.string().max(2048),
      omsConnection: z.string().max(64),
      inn: z.string().max(12).optional(),
      signer: crptSignerSchema,
      autoRefresh: z.boolean(),
      replacesTokenId: id.optional(),
      /** The user typed the custom trueApiBase in this screen: a new address then counts as confirmed (shared/hosts.ts). */
      confirmTypedHost: z.boolean().optional(),
      /** The user knowingly accepts an omsConnection another record already uses (their tokens kill each other). */
      acceptSharedConnection: z.boolean().optional(),
      /** The user saw certificate_inn_mismatch for exactly these numbers and still wants the token. */
      acceptInnMismatch: innMismatchAcceptanceSchema.optional(),
    })
    .strict(),
  crptRefreshToken: z.object({ tokenId: id }).strict(),
  /** Switches automatic refresh of an existing token on or off (and forgets a past failure). */
  crptSetAutoRefresh: z.object({ tokenId: id, on: z.boolean() }).strict(),
  crptRegisterConnection: z
    .object({
      suzBase: z.string().max(2048),
      omsId: z.string().max(64),
      registrationKey: z.string().max(256),
      address: z.string().max(1000),
      name: z.string().max(256).optional(),
      signer: crptSignerSchema,
      /** The user typed a custom suzBase in this screen: the signature and the registration key may go there. */
      confirmTypedHost: z.boolean().optional(),
    })
    .strict(),
} satisfies Record<Name, z.ZodType>;

export interface CrptRequestOutputs {
  /** openssl: the certificates of the file; CryptoPro: the store's list (filtered by thumbprint when given). */
  crptInspectCertificate: { certificates: CrptCertificateFacts[] };
  crptSetupConnection: TokenView;
  crptRefreshToken: TokenView;
  crptSetAutoRefresh: TokenView;
  crptRegisterConnection: { status: 'SUCCESS' | 'REJECTED'; omsConnection?: string; name?: string; rejectionReason?: string };
  /** The remembered folder, or null when the dialog was cancelled (the setting is then unchanged). */
  crptChooseCryptoProFolder: { folder: string | null };
  /** The picked file, or null when the dialog was cancelled. */
  crptChooseSignerFile: { path: string | null };
  crptSetupDefaults: CrptSetupDefaults;
}
