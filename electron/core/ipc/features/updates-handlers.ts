import type { UPDATES_REQUEST_NAMES } from '../../../../shared/ipc/features/updates-names';
import type { HandlerDeps } from '../handlers';
import type { Handlers } from '../router';

type Name = (typeof UPDATES_REQUEST_NAMES)[number];

/** The window's view of the app's own updates; every decision is the controller's. */
export function createUpdatesHandlers(deps: HandlerDeps): Pick<Handlers, Name> {
  const { updates } = deps;
  return {
    updatesGetState: () => updates.state(),
    updatesSetEnabled: ({ enabled }) => updates.setEnabled(enabled),
    updatesCheckNow: () => updates.checkNow(),
    updatesConsent: ({ version }) => updates.consent(version),
    updatesDismiss: ({ version }) => updates.dismiss(version),
  };
}
