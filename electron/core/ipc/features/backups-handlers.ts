import type { BACKUPS_REQUEST_NAMES } from '../../../../shared/ipc/features/backups-names';
import type { HandlerDeps } from '../handlers';
import type { Handlers } from '../router';

type Name = (typeof BACKUPS_REQUEST_NAMES)[number];

/** Settings → «Резервные копии»; every decision is the backup controller's. */
export function createBackupsHandlers(deps: HandlerDeps): Pick<Handlers, Name> {
  const { backups, clipboard, vault } = deps;
  return {
    backupsGetState: () => backups.state(),
    backupsSetEnabled: ({ enabled }) => backups.setEnabled(enabled),
    backupsChooseFolder: () => backups.chooseFolder(),
    backupsSetKeep: ({ keep }) => backups.setKeep(keep),
    backupsMakeNow: () => backups.makeNow(),
    backupsRevealPassword: async () => ({ password: await backups.revealPassword() }),
    backupsCopyPassword: async () => {
      const clearsAfterSeconds = vault.snapshot().settings.clipboardClearSeconds;
      await clipboard.copy(await backups.revealPassword(), clearsAfterSeconds);
      return { clearsAfterSeconds };
    },
    backupsSetPassword: ({ password }) => backups.setPassword(password),
    backupsRestore: ({ name, password }) => backups.restore(name, password),
  };
}
