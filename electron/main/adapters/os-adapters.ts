import { clipboard, ClipboardItem, shell } from 'electron';
import type { ClipboardPort, ExternalOpener } from '../../core/ports';
import { allowedPortalUrl } from '../../../shared/portals';
import { secretMarkers } from './secret-clipboard';

export const electronClipboard: ClipboardPort = {
  readText: () => clipboard.readText(),
  writeText: (text) => clipboard.writeText(text),
  async writeSecret(secret) {
    const markers = Object.fromEntries(
      Object.entries(secretMarkers(process.platform)).map(([format, bytes]) => [format, new Blob([bytes])]),
    );
    // One item, one write: the text and its markers reach the OS atomically, never the text alone.
    await clipboard.write([new ClipboardItem({ 'text/plain': secret, ...markers })]);
  },
};

/** Opens a portal in the user's browser; re-checks the allow-list at the last step before the OS. */
export const electronOpener: ExternalOpener = {
  async open(url) {
    const allowed = allowedPortalUrl(url);
    if (allowed) await shell.openExternal(allowed);
  },
};
