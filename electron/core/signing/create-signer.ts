import type { Language } from '../../../shared/model/types';
import { createCryptoProSigner } from './cryptopro-signer';
import { createOpensslSigner } from './openssl-signer';
import type { Signer } from './signer';

/** How the user chose to sign, as the settings and the wizard keep it (secrets passed separately). */
export type SignerConfig =
  { kind: 'openssl'; certPath: string; keyPath: string; keyPassword?: string } | { kind: 'cryptcp' | 'csptest'; thumbprint: string; chosenFolder?: string };

export interface SignerEnvironment {
  env?: NodeJS.ProcessEnv;
  language?: Language;
  timeoutMs?: number;
}

/** One entry point for the UI and the CLI: a Signer from the chosen backend. */
export function createSigner(config: SignerConfig, environment: SignerEnvironment = {}): Signer {
  if (config.kind === 'openssl') {
    return createOpensslSigner({ ...config, ...environment });
  }
  return createCryptoProSigner({ ...config, tool: config.kind, ...environment });
}
