import type { SecretBox } from '../ports';
import { KeychainRefusal } from './keychain-refusal';
import type { KeychainMessageCode } from './keychain-refusal';

/** A box that stores nothing and reveals nothing: no keychain at all, or a damaged choice file. */
export function refusingBox(code: KeychainMessageCode, params: Record<string, string> = {}): SecretBox {
  return {
    state: 'unavailable',
    encrypt: () => Promise.reject(new KeychainRefusal(code, params)),
    decrypt: () => Promise.reject(new KeychainRefusal(code, params)),
  };
}
