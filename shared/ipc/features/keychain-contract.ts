import { z } from 'zod';
import type { EncryptionState } from '../../model/types';
import type { KEYCHAIN_REQUEST_NAMES } from './keychain-names';

type Name = (typeof KEYCHAIN_REQUEST_NAMES)[number];

export { KEYCHAIN_PASSPHRASE_MIN } from './keychain-limits';
/** Long enough for any passphrase; the minimum is the core's rule, with a Russian message. */
const passphrase = z.string().max(1024);

export const keychainRequestSchemas = {
  /** Sets the vault passphrase (sent once, never stored); the core checks the length and the confirmation. */
  keychainSetPassphrase: z.object({ passphrase, confirmation: passphrase }).strict(),
  /** Unlocks the vault after a start with the passphrase set earlier. */
  keychainUnlock: z.object({ passphrase }).strict(),
  /** The explicit choice to keep secrets weakly protected (no keychain, no passphrase). */
  keychainAcceptWeak: z.object({}).strict(),
} satisfies Record<Name, z.ZodType>;

export interface KeychainRequestOutputs {
  keychainSetPassphrase: { encryption: EncryptionState };
  keychainUnlock: { encryption: EncryptionState };
  keychainAcceptWeak: { encryption: EncryptionState };
}
