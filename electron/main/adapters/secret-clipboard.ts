/**
 * The extra clipboard formats that tell the OS and clipboard managers "this is a
 * password": keep it out of history, do not sync it to other devices. They ride
 * along with the text in one atomic clipboard write (Electron's raw
 * `osclipboard` custom format names the platform format). KeePassXC marks its
 * copies the same way.
 */

/** Electron's name for a raw platform clipboard format. */
export const osFormat = (name: string): string => `electron application/osclipboard;format="${name}"`;

/** A Windows DWORD 0 (little-endian): "no" for the history and cloud flags. */
const DWORD_ZERO = new Uint8Array(4);

/**
 * Windows: the first format excludes the copy from Win+V history, cloud clipboard and
 * clipboard monitors at once; the two DWORD flags say the same to older Windows 10 builds.
 * https://learn.microsoft.com/windows/win32/dataxchg/clipboard-formats#cloud-clipboard-and-clipboard-history-formats
 * macOS: the nspasteboard.org marker that clipboard managers and Universal Clipboard helpers honour.
 * Linux: KDE Klipper's (and wl-clip-persist's) password-manager hint.
 */
export function secretMarkers(platform: NodeJS.Platform): Record<string, Uint8Array<ArrayBuffer>> {
  switch (platform) {
    case 'win32':
      return {
        [osFormat('ExcludeClipboardContentFromMonitorProcessing')]: DWORD_ZERO,
        [osFormat('CanIncludeInClipboardHistory')]: DWORD_ZERO,
        [osFormat('CanUploadToCloudClipboard')]: DWORD_ZERO,
      };
    case 'darwin':
      return { [osFormat('org.nspasteboard.ConcealedType')]: new Uint8Array(0) };
    default:
      return { [osFormat('x-kde-passwordManagerHint')]: new TextEncoder().encode('secret') };
  }
}
