import type { HostConfirmation, HostPayload } from '../../../shared/hosts';
import { originOf } from '../../../shared/hosts';
import type { AppError } from '../../../shared/ipc/result';
import type { Language } from '../../../shared/model/types';
import { message } from '../../../shared/texts/messages';
import { AppFailure } from '../errors';
import type { Vault } from '../vault/vault';

/** A request refused because its credentials would go to a host the user has not confirmed; the answer names the host. */
export class HostNotConfirmed extends AppFailure {
  constructor(
    readonly confirm: HostConfirmation,
    text: string,
  ) {
    super('host_not_confirmed', text);
  }

  override toAppError(): AppError {
    return { ...super.toAppError(), confirm: this.confirm };
  }
}

const QUESTION = {
  smdo: 'host_not_confirmed_smdo',
  eis: 'host_not_confirmed_eis',
  crpt: 'host_not_confirmed_crpt',
} as const;

export interface HostCheck {
  vault: Pick<Vault, 'hostConfirmed'>;
  tokenId: string;
  /** Where the request is about to go. */
  address: string;
  /** What it would carry there, for the question. */
  sends: HostPayload[];
  kind: keyof typeof QUESTION;
  language: Language;
}

/**
 * Called before anything leaves: throws HostNotConfirmed unless the address's
 * host is official or confirmed for this record. Nothing is sent, signed or revealed before.
 */
export function requireConfirmedHost(check: HostCheck): string {
  const origin = originOf(check.address);
  if (origin !== null && check.vault.hostConfirmed(check.tokenId, origin)) return origin;
  const shown = origin ?? check.address;
  throw new HostNotConfirmed({ tokenId: check.tokenId, origin: shown, sends: check.sends }, message(QUESTION[check.kind], check.language, { host: shown }));
}

/**
 * The origin an address typed in the same screen confirms, or null. The user's
 * typing counts only when the request says so and the address is new for the
 * record: the address it already holds may have come from an import, and
 * re-sending it proves nothing.
 */
export function typedHostConfirmation(confirmTypedHost: boolean | undefined, address: string, storedAddress: string | undefined): string | null {
  if (confirmTypedHost !== true) return null;
  const origin = originOf(address);
  if (origin === null) return null;
  if (storedAddress !== undefined && originOf(storedAddress) === origin) return null;
  return origin;
}
