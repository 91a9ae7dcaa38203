import type { ORGS_REQUEST_NAMES } from '../../../../shared/ipc/features/orgs-names';
import type { HandlerDeps } from '../handlers';
import type { Handlers } from '../router';

type Name = (typeof ORGS_REQUEST_NAMES)[number];

/** The СМДО, ЕИС and vault export/import requests. */
export function createOrgsHandlers(_deps: HandlerDeps): Pick<Handlers, Name> {
  return {};
}
