import { app, dialog } from 'electron';
import type { BrowserWindow, OpenDialogOptions } from 'electron';
import type { FolderPickerPort } from '../../core/ports';

/** The backups' folder dialog, starting in Documents; the core checks that the answer is a folder. */
export function createFolderPicker(parent: () => BrowserWindow | null): FolderPickerPort {
  return {
    async chooseFolder() {
      const options: OpenDialogOptions = {
        title: 'Папка для резервных копий',
        defaultPath: app.getPath('documents'),
        properties: ['openDirectory', 'createDirectory', 'dontAddToRecent'],
      };
      const window = parent();
      const choice = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
      const path = choice.filePaths[0];
      return choice.canceled || path === undefined ? null : path;
    },
  };
}
