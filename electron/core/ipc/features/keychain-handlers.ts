import { KEYCHAIN_PASSPHRASE_MIN } from '../../../../shared/ipc/features/keychain-contract';
import type { KEYCHAIN_REQUEST_NAMES } from '../../../../shared/ipc/features/keychain-names';
import { message } from '../../../../shared/texts/messages';
import { AppFailure } from '../../errors';
import { KeychainRefusal } from '../../keychain/keychain-refusal';
import type { KeychainChoice } from '../../ports';
import type { HandlerDeps } from '../handlers';
import type { Handlers } from '../router';

type Name = (typeof KEYCHAIN_REQUEST_NAMES)[number];

/**
 * The keychain choice on a machine without a system keychain. The passphrase lives
 * only for the length of the request: it goes to scrypt and nowhere else (no log,
 * no error message, no file).
 */
export function createKeychainHandlers(deps: HandlerDeps): Pick<Handlers, Name> {
  const { vault, secretBox } = deps;
  const language = () => vault.view().settings.language;

  const choice = (): KeychainChoice => {
    if (!secretBox.keychain) throw new AppFailure('invalid_payload', message('keychain_not_needed', language()));
    return secretBox.keychain;
  };
  /** Runs a choice; a refusal becomes the user's message, the field names where it belongs. */
  const run = async (action: () => Promise<void>, field?: string) => {
    try {
      await action();
    } catch (error) {
      if (error instanceof KeychainRefusal) throw new AppFailure('invalid_field', message(error.code, language(), error.params), field);
      throw error;
    }
    vault.encryptionChanged();
    return { encryption: secretBox.state };
  };

  return {
    keychainSetPassphrase: async ({ passphrase, confirmation }) => {
      const box = choice();
      const lang = language();
      // Characters as a person counts them, as the form does.
      if (Array.from(passphrase.normalize('NFC')).length < KEYCHAIN_PASSPHRASE_MIN || passphrase.trim() === '') {
        throw new AppFailure('invalid_field', message('keychain_passphrase_short', lang, { min: String(KEYCHAIN_PASSPHRASE_MIN) }), 'passphrase');
      }
      if (passphrase !== confirmation) throw new AppFailure('invalid_field', message('keychain_passphrase_mismatch', lang), 'confirmation');
      const answer = await run(() => box.setPassphrase(passphrase), 'passphrase');
      // Secrets stored weakly before the choice move under the passphrase now, backup included.
      await vault.reencryptSecrets();
      return answer;
    },
    keychainUnlock: async ({ passphrase }) => {
      const box = choice();
      return run(() => box.unlock(passphrase), 'passphrase');
    },
    keychainAcceptWeak: async () => {
      const box = choice();
      return run(() => box.acceptWeak());
    },
  };
}
