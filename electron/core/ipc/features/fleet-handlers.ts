import type { FLEET_REQUEST_NAMES } from '../../../../shared/ipc/features/fleet-names';
import { message } from '../../../../shared/texts/messages';
import type { HandlerDeps } from '../handlers';
import type { Handlers } from '../router';

type Name = (typeof FLEET_REQUEST_NAMES)[number];

/** «Проверить уведомление» and the spreadsheet import. */
export function createFleetHandlers(deps: HandlerDeps): Pick<Handlers, Name> {
  const { vault } = deps;
  const language = () => vault.snapshot().settings.language;

  return {
    testNotification: () => {
      const lang = language();
      // Through the same port as the reminders, so what the user sees is what a reminder will look like.
      deps.notifier?.show({ title: message('test_notification_title', lang), body: message('test_notification_body', lang) }, () => undefined);
      return { shown: true };
    },
  };
}
