import { contextBridge, ipcRenderer } from 'electron';
import { buildAssistant } from '../../shared/ipc/build-assistant';
import { eventChannel, requestChannel } from '../../shared/ipc/channels';

// The renderer gets exactly one object, built from the contract's names; no ipcRenderer, no Node.
contextBridge.exposeInMainWorld(
  'assistant',
  buildAssistant(
    (name, input) => ipcRenderer.invoke(requestChannel(name), input),
    (event, listener) => {
      const channel = eventChannel(event);
      const wrapped = (_event: unknown, payload: unknown) => listener(payload);
      ipcRenderer.on(channel, wrapped);
      return () => {
        ipcRenderer.removeListener(channel, wrapped);
      };
    },
  ),
);
