import type { CRPT_REQUEST_NAMES } from '../../../../shared/ipc/features/crpt-names';
import type { HandlerDeps } from '../handlers';
import type { Handlers } from '../router';

type Name = (typeof CRPT_REQUEST_NAMES)[number];

/** The Честный знак requests: certificates, connection, token in one click. */
export function createCrptHandlers(_deps: HandlerDeps): Pick<Handlers, Name> {
  return {};
}
