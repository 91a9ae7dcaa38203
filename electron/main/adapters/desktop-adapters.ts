import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { app, dialog, Notification } from 'electron';
import type { BrowserWindow } from 'electron';
import { readRegularFile } from '../../core/files/read-regular-file';
import type { FileOpenerPort, FileSaverPort, NotifierPort } from '../../core/ports';

/** Electron notifications; kept referenced until closed, or Windows may drop the click handler. */
export function createNotifier(iconPath: string): NotifierPort {
  const alive = new Set<Notification>();
  return {
    show({ title, body }, onClick) {
      if (!Notification.isSupported()) return;
      const notification = new Notification({ title, body, icon: iconPath, silent: false });
      alive.add(notification);
      notification.on('click', () => {
        alive.delete(notification);
        onClick();
      });
      notification.on('close', () => alive.delete(notification));
      notification.show();
    },
  };
}

/** A save dialog in the user's Documents folder, then the file written there. */
export function createFileSaver(parent: () => BrowserWindow | null): FileSaverPort {
  return {
    async saveText(suggestedName, content, filter) {
      const options = { defaultPath: join(app.getPath('documents'), suggestedName), filters: [filter] };
      const window = parent();
      const choice = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
      if (choice.canceled || !choice.filePath) return false;
      await writeFile(choice.filePath, content, 'utf8');
      return true;
    },
  };
}

/**
 * An open dialog in the user's Documents folder, then the chosen file read whole if it
 * is a regular file within the size limit (a FIFO or /dev/zero is refused); null when cancelled.
 */
export function createFileOpener(parent: () => BrowserWindow | null): FileOpenerPort {
  return {
    async openFile(filter, limits) {
      const options = { defaultPath: app.getPath('documents'), filters: [filter], properties: ['openFile' as const] };
      const window = parent();
      const choice = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
      const path = choice.filePaths[0];
      if (choice.canceled || path === undefined) return null;
      return readRegularFile(path, limits.maxBytes);
    },
  };
}
