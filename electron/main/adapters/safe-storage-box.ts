import { safeStorage } from 'electron';
import type { EncryptionState } from '../../../shared/model/types';
import type { SecretBox } from '../../core/ports';

/** Maps what Electron reports to what the UI tells the user. */
function encryptionState(available: boolean): EncryptionState {
  if (!available) return 'unavailable';
  if (process.platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text') return 'basic-text';
  return 'os-keychain';
}

/** Secrets encrypted by the OS keychain (DPAPI, Keychain, libsecret/KWallet) through safeStorage's async API. */
export async function createSafeStorageBox(): Promise<SecretBox> {
  const state = encryptionState(await safeStorage.isAsyncEncryptionAvailable());
  return {
    state,
    async encrypt(plain) {
      return (await safeStorage.encryptStringAsync(plain)).toString('base64');
    },
    async decrypt(cipher) {
      return (await safeStorage.decryptStringAsync(Buffer.from(cipher, 'base64'))).result;
    },
  };
}
