import { safeStorage } from 'electron';
import { createChoiceBox } from '../../core/keychain/choice-box';
import { refusingBox } from '../../core/keychain/refusing-box';
import type { SecretBox } from '../../core/ports';

/**
 * Secrets encrypted by the OS keychain (DPAPI, Keychain, libsecret/KWallet) through
 * safeStorage's async API, re-encrypted when Electron says the key has moved on.
 *
 * - No keychain at all: nothing is stored, and the user is told what to do.
 * - Linux `basic_text` (a fixed key, no real protection): nothing is stored until the
 *   user sets a vault passphrase or explicitly accepts weak storage (core/keychain).
 */
export async function createSafeStorageBox(dataDir: string): Promise<SecretBox> {
  if (!(await safeStorage.isAsyncEncryptionAvailable())) return refusingBox('keychain_unavailable');
  let reEncrypt = false;
  const osBox: SecretBox = {
    state: 'os-keychain',
    async encrypt(plain) {
      return (await safeStorage.encryptStringAsync(plain)).toString('base64');
    },
    async decrypt(cipher) {
      const { result, shouldReEncrypt } = await safeStorage.decryptStringAsync(Buffer.from(cipher, 'base64'));
      if (shouldReEncrypt) reEncrypt = true;
      return result;
    },
    takeReEncryptRequest() {
      const wanted = reEncrypt;
      reEncrypt = false;
      return wanted;
    },
  };
  if (process.platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text') {
    return createChoiceBox({ dataDir, weakBox: osBox });
  }
  return osBox;
}
