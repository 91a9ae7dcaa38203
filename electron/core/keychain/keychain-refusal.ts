import type { KEYCHAIN_MESSAGES } from '../../../shared/texts/messages/keychain';

export type KeychainMessageCode = keyof typeof KEYCHAIN_MESSAGES;

/**
 * Why a SecretBox refused: a code of shared/texts/messages/keychain.ts that the
 * vault turns into the user's language. It never carries what it was given.
 */
export class KeychainRefusal extends Error {
  constructor(
    readonly code: KeychainMessageCode,
    readonly params: Record<string, string> = {},
  ) {
    super(code);
    this.name = 'KeychainRefusal';
  }
}
