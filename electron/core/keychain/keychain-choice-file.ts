import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { writeFileAtomicSync } from '../vault/atomic-write';
import { KeychainRefusal } from './keychain-refusal';
import { acceptableParams } from './passphrase-key';
import type { PassphraseRecord } from './passphrase-key';

/**
 * The user's choice for a machine without a keychain, beside the vault
 * (keychain.json, mode 0600): the passphrase's salt, scrypt parameters and
 * verifier, or the date weak storage was accepted. It holds no key.
 */

export const KEYCHAIN_FILE_NAME = 'keychain.json';

export type KeychainChoiceRecord = { choice: 'passphrase'; passphrase: PassphraseRecord; setAt: string } | { choice: 'weak'; acceptedAt: string };

const base64 = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[A-Za-z0-9+/]+=*$/);
const schema = z.discriminatedUnion('choice', [
  z
    .object({
      version: z.literal(1),
      choice: z.literal('passphrase'),
      setAt: z.iso.datetime(),
      passphrase: z
        .object({
          salt: base64,
          verifier: base64,
          params: z.object({ N: z.number().int(), r: z.number().int(), p: z.number().int() }).strict(),
        })
        .strict(),
    })
    .strict(),
  z.object({ version: z.literal(1), choice: z.literal('weak'), acceptedAt: z.iso.datetime() }).strict(),
]);

/** The recorded choice; null when none was made. A damaged file is not taken for "no choice". */
export function readKeychainChoice(dataDir: string): KeychainChoiceRecord | null {
  const path = join(dataDir, KEYCHAIN_FILE_NAME);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new KeychainRefusal('keychain_file_unreadable', { file: path });
  }
  let parsed: z.infer<typeof schema>;
  try {
    parsed = schema.parse(JSON.parse(text));
  } catch {
    throw new KeychainRefusal('keychain_file_unreadable', { file: path });
  }
  if (parsed.choice === 'weak') return { choice: 'weak', acceptedAt: parsed.acceptedAt };
  if (!acceptableParams(parsed.passphrase.params)) throw new KeychainRefusal('keychain_file_unreadable', { file: path });
  return { choice: 'passphrase', passphrase: parsed.passphrase, setAt: parsed.setAt };
}

export function writeKeychainChoice(dataDir: string, record: KeychainChoiceRecord): void {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  writeFileAtomicSync(join(dataDir, KEYCHAIN_FILE_NAME), Buffer.from(`${JSON.stringify({ version: 1, ...record }, null, 2)}\n`, 'utf8'));
}
