import { clipboard, ClipboardItem, shell } from 'electron';
import type { ClipboardPort, ExternalOpener } from '../../core/ports';
import { allowedPortalUrl } from '../../../shared/portals';
import { allowedHealthUrl } from '../../../shared/token-service/health-url';
import { secretMarkers } from './secret-clipboard';

export const electronClipboard: ClipboardPort = {
  readText: () => clipboard.readText(),
  writeText: (text) => clipboard.writeText(text),
  async writeSecret(secret) {
    const markers = Object.fromEntries(Object.entries(secretMarkers(process.platform)).map(([format, bytes]) => [format, new Blob([bytes])]));
    // One item, one write: the text and its markers reach the OS atomically, never the text alone.
    await clipboard.write([new ClipboardItem({ 'text/plain': secret, ...markers })]);
  },
};

/**
 * Opens a portal in the user's browser, or the token service's own /v1/health on 127.0.0.1
 * (the test link in Settings); re-checks both at the last step before the OS.
 */
export const electronOpener: ExternalOpener = {
  async open(url) {
    const allowed = allowedPortalUrl(url) ?? allowedHealthUrl(url);
    if (allowed) await shell.openExternal(allowed);
  },
};
