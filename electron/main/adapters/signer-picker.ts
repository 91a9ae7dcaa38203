import { dialog } from 'electron';
import type { BrowserWindow, OpenDialogOptions } from 'electron';
import type { SignerPickerPort } from '../../core/ports';

/** The open dialogs' filters: what the user is offered first (the core still checks what comes back). */
export function signerDialogOptions(what: 'cryptopro' | 'certificate' | 'key', platform: NodeJS.Platform = process.platform): OpenDialogOptions {
  const properties: OpenDialogOptions['properties'] = ['openFile', 'dontAddToRecent'];
  if (what === 'cryptopro') {
    const title = 'Программа КриптоПро: cryptcp, csptest или certmgr';
    // Elsewhere the programs have no extension, which a filter cannot express.
    return platform === 'win32' ? { title, properties, filters: [{ name: 'КриптоПро (cryptcp, csptest, certmgr)', extensions: ['exe'] }] } : { title, properties };
  }
  if (what === 'certificate') {
    return {
      title: 'Файл сертификата',
      properties,
      filters: [
        { name: 'Сертификат', extensions: ['pem', 'crt', 'cer'] },
        { name: 'Все файлы', extensions: ['*'] },
      ],
    };
  }
  return {
    title: 'Файл закрытого ключа',
    properties,
    filters: [
      { name: 'Закрытый ключ', extensions: ['pem', 'key'] },
      { name: 'Все файлы', extensions: ['*'] },
    ],
  };
}

/**
 * Native open dialogs for what the signer runs or reads. They answer only the path the
 * user picked; the core decides whether it is acceptable (names, network paths, sizes).
 */
export function createSignerPicker(parent: () => BrowserWindow | null): SignerPickerPort {
  const pick = async (options: OpenDialogOptions): Promise<string | null> => {
    const window = parent();
    const choice = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
    const path = choice.filePaths[0];
    return choice.canceled || path === undefined ? null : path;
  };
  return {
    chooseCryptoProTool: () => pick(signerDialogOptions('cryptopro')),
    chooseSignerFile: (which) => pick(signerDialogOptions(which)),
  };
}
