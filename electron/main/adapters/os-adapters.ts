import { clipboard, shell } from 'electron';
import type { ClipboardPort, ExternalOpener } from '../../core/ports';
import { allowedPortalUrl } from '../../../shared/portals';

export const electronClipboard: ClipboardPort = {
  readText: () => clipboard.readText(),
  writeText: (text) => clipboard.writeText(text),
};

/** Opens a portal in the user's browser; re-checks the allow-list at the last step before the OS. */
export const electronOpener: ExternalOpener = {
  async open(url) {
    const allowed = allowedPortalUrl(url);
    if (allowed) await shell.openExternal(allowed);
  },
};
