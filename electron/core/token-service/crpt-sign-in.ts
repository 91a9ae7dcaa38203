import { AppFailure } from '../errors';
import type { Transport } from '../http/json-client';
import type { Clock } from '../ports';
import { createCrptService } from '../providers/crpt/client';
import type { Signer } from '../signing/signer';
import type { IssuedToken } from './token-broker';

/**
 * The one place the token service signs in at Честный знак. A СУЗ connection gets the
 * clientToken of its omsConnection; a True API one gets True API's own token
 * (`POST /auth/simpleSignIn` without omsConnection) once the crpt provider offers it:
 * switching is the `purpose` line below.
 */
export type CrptPurpose = 'suz' | 'trueapi';

export interface CrptTarget {
  purpose: CrptPurpose;
  trueApiBase: string;
  /** СУЗ only. */
  omsConnection?: string;
  inn?: string;
  signer: Signer;
}

export interface CrptSignInOptions {
  clock?: Pick<Clock, 'now'>;
  transport?: Transport;
}

export type CrptSignIn = (target: CrptTarget, signal: AbortSignal) => Promise<IssuedToken>;

export function createCrptSignIn(options: CrptSignInOptions = {}): CrptSignIn {
  const service = createCrptService({ ...(options.clock ? { clock: options.clock } : {}), ...(options.transport ? { transport: options.transport } : {}) });
  return async (target, signal) => {
    if (target.purpose === 'trueapi' || target.omsConnection === undefined) {
      throw new AppFailure('request_rejected', 'Токен True API (вход без omsConnection) эта версия ещё не получает; используйте подключение СУЗ.');
    }
    return service.getClientToken({
      trueApiBase: target.trueApiBase,
      omsConnection: target.omsConnection,
      signer: target.signer,
      signal,
      ...(target.inn ? { inn: target.inn } : {}),
    });
  };
}
