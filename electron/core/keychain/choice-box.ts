import type { EncryptionState } from '../../../shared/model/types';
import type { KeychainChoice, SecretBox } from '../ports';
import { AesSecretBox } from '../vault/aes-secret-box';
import { readKeychainChoice, writeKeychainChoice } from './keychain-choice-file';
import type { KeychainChoiceRecord } from './keychain-choice-file';
import { KeychainRefusal } from './keychain-refusal';
import { keyFromPassphrase, newPassphraseKey } from './passphrase-key';
import type { ScryptParams } from './passphrase-key';
import { refusingBox } from './refusing-box';

/** Ciphertexts under the passphrase key (AesSecretBox's format); safeStorage's are plain base64, never with a colon. */
const PASSPHRASE_CIPHER = /^v1:/;

export interface ChoiceBoxOptions {
  dataDir: string;
  /** safeStorage under its fixed `basic_text` key: obfuscation, used only once the user accepted it. */
  weakBox: SecretBox;
  now?: () => Date;
  /** Tests only: cheaper scrypt parameters. */
  scryptParams?: ScryptParams;
}

/**
 * A SecretBox for Linux without a system keychain. Nothing is encrypted until the
 * user chooses: a vault passphrase (scrypt → AES-256-GCM, asked once per start) or,
 * explicitly, weak storage under safeStorage's fixed key. Secrets written weakly
 * before a passphrase existed stay readable and are re-encrypted under it.
 */
class ChoiceSecretBox implements SecretBox {
  private record: KeychainChoiceRecord | null;
  private passphraseBox: AesSecretBox | null = null;
  private reEncryptWanted = false;
  readonly keychain: KeychainChoice;

  constructor(
    record: KeychainChoiceRecord | null,
    private readonly options: ChoiceBoxOptions,
  ) {
    this.record = record;
    this.keychain = {
      setPassphrase: (passphrase) => this.setPassphrase(passphrase),
      unlock: (passphrase) => this.unlock(passphrase),
      acceptWeak: () => this.acceptWeak(),
    };
  }

  get state(): EncryptionState {
    if (this.record === null) return 'choice-needed';
    if (this.record.choice === 'weak') return 'basic-text';
    return this.passphraseBox ? 'passphrase' : 'passphrase-locked';
  }

  async encrypt(plain: string): Promise<string> {
    if (this.passphraseBox) return this.passphraseBox.encrypt(plain);
    if (this.record?.choice === 'weak') return this.options.weakBox.encrypt(plain);
    throw this.notReady();
  }

  async decrypt(cipher: string): Promise<string> {
    if (PASSPHRASE_CIPHER.test(cipher)) {
      if (!this.passphraseBox) throw this.notReady();
      return this.passphraseBox.decrypt(cipher);
    }
    // Stored weakly (before a choice existed, or under accepted weak storage): readable as before.
    const plain = await this.options.weakBox.decrypt(cipher);
    if (this.passphraseBox) this.reEncryptWanted = true;
    return plain;
  }

  takeReEncryptRequest(): boolean {
    const wanted = this.reEncryptWanted || (this.options.weakBox.takeReEncryptRequest?.() ?? false);
    this.reEncryptWanted = false;
    return wanted;
  }

  private notReady(): KeychainRefusal {
    return new KeychainRefusal(this.record?.choice === 'passphrase' ? 'keychain_locked' : 'keychain_choice_required');
  }

  private async setPassphrase(passphrase: string): Promise<void> {
    if (this.record?.choice === 'passphrase') throw new KeychainRefusal('keychain_already_chosen');
    const { key, record } = await newPassphraseKey(passphrase, this.options.scryptParams);
    const chosen: KeychainChoiceRecord = { choice: 'passphrase', passphrase: record, setAt: this.now() };
    writeKeychainChoice(this.options.dataDir, chosen);
    this.record = chosen;
    this.passphraseBox = new AesSecretBox(key);
    key.fill(0);
    // Whatever was stored weakly before moves under the passphrase.
    this.reEncryptWanted = true;
  }

  private async unlock(passphrase: string): Promise<void> {
    const record = this.record;
    if (record?.choice !== 'passphrase') throw new KeychainRefusal('keychain_already_chosen');
    if (this.passphraseBox) return;
    const key = await keyFromPassphrase(passphrase, record.passphrase);
    if (!key) throw new KeychainRefusal('keychain_wrong_passphrase');
    this.passphraseBox = new AesSecretBox(key);
    key.fill(0);
  }

  private async acceptWeak(): Promise<void> {
    if (this.record !== null) throw new KeychainRefusal('keychain_already_chosen');
    const chosen: KeychainChoiceRecord = { choice: 'weak', acceptedAt: this.now() };
    writeKeychainChoice(this.options.dataDir, chosen);
    this.record = chosen;
  }

  private now(): string {
    return (this.options.now?.() ?? new Date()).toISOString();
  }
}

export function createChoiceBox(options: ChoiceBoxOptions): SecretBox {
  let record: KeychainChoiceRecord | null;
  try {
    record = readKeychainChoice(options.dataDir);
  } catch (error) {
    if (error instanceof KeychainRefusal) return refusingBox(error.code, error.params);
    throw error;
  }
  return new ChoiceSecretBox(record, options);
}
