/**
 * A way to make a CMS (PKCS#7) SignedData with the user's qualified certificate.
 * Every backend runs the OS crypto tool as a child process (execFile, an argument
 * array, never a shell string), so no private key ever enters this process.
 */

export type SignerKind = 'openssl' | 'cryptcp' | 'csptest';

export interface SignOptions {
  /**
   * true: the signature only; false: the signed data inside the CMS. Seed 004 allows
   * both for `/auth/simpleSignIn` and for the СУЗ registration's X-Signature; the app
   * signs the sign-in challenge attached and the registration body detached.
   */
  detached: boolean;
  /** Cancels the signing process. */
  signal?: AbortSignal;
}

export interface Signer {
  readonly kind: SignerKind;
  /** Signs the exact bytes; answers base64 of the DER CMS SignedData, one line, no headers. */
  sign(data: Uint8Array, options: SignOptions): Promise<string>;
}

/** Default for one signing process; a PIN dialog left unanswered must not hang forever. */
export const DEFAULT_SIGN_TIMEOUT_MS = 60_000;
