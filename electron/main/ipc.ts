import type { BrowserWindow, IpcMain } from 'electron';
import { EVENT_NAMES, REQUEST_NAMES, eventChannel, requestChannel } from '../../shared/ipc/channels';
import { fail } from '../../shared/ipc/result';
import { message } from '../../shared/texts/messages';
import type { Core } from '../core/app-core';
import { isAllowedSender } from './security-policy';

/**
 * The only place that touches ipcMain (lint enforces it). Every request is
 * answered only after its sender frame is checked against the app's own origin;
 * the router then validates the payload.
 */
export function bindIpc(ipcMain: IpcMain, core: Core, windows: () => BrowserWindow[]): () => void {
  for (const name of REQUEST_NAMES) {
    ipcMain.handle(requestChannel(name), (event, payload: unknown) => {
      if (!isAllowedSender(event.senderFrame)) {
        return fail({ code: 'unknown_request', message: message('foreign_sender', core.vault.view().settings.language) });
      }
      return core.router.handle(name, payload);
    });
  }
  const unsubscribers = EVENT_NAMES.map((event) =>
    core.on(event, (payload) => {
      for (const window of windows()) {
        if (!window.isDestroyed()) window.webContents.send(eventChannel(event), payload);
      }
    }),
  );
  return () => {
    for (const name of REQUEST_NAMES) ipcMain.removeHandler(requestChannel(name));
    for (const unsubscribe of unsubscribers) unsubscribe();
  };
}
