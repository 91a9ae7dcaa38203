// Runs in the page before the app's own scripts (bundled by bridge.ts, injected with
// page.addInitScript). It builds window.assistant with the very function the Electron
// preload uses, over Playwright bindings instead of ipcRenderer.
import { buildAssistant } from '../../../shared/ipc/build-assistant';
import type { EventName, RequestName } from '../../../shared/ipc/channels';

type Listener = (payload: unknown) => void;

interface HarnessWindow {
  /** Installed by page.exposeBinding: forwards to core.router.handle in Node. */
  __assistantInvoke(name: RequestName, payload: unknown): Promise<unknown>;
  /** Called by the harness (page.evaluate) for every core event. */
  __assistantEmit?: (event: EventName, payload: unknown) => void;
  assistant?: unknown;
}

const target = window as unknown as HarnessWindow;
const listeners = new Map<EventName, Set<Listener>>();

Object.defineProperty(target, '__assistantEmit', {
  value: (event: EventName, payload: unknown) => {
    for (const listener of [...(listeners.get(event) ?? [])]) {
      try {
        listener(payload);
      } catch (error) {
        console.error(`assistant listener for ${event} threw`, error);
      }
    }
  },
  enumerable: false,
  writable: false,
  configurable: false,
});

const assistant = buildAssistant(
  (name, input) => target.__assistantInvoke(name, input),
  (event, listener) => {
    const set = listeners.get(event) ?? new Set<Listener>();
    listeners.set(event, set);
    // A wrapper per subscription, so the same function subscribed twice is unsubscribed once.
    const wrapped: Listener = (payload) => listener(payload);
    set.add(wrapped);
    return () => {
      set.delete(wrapped);
    };
  },
);

// contextBridge.exposeInMainWorld makes the property read-only; do the same.
Object.defineProperty(target, 'assistant', { value: assistant, enumerable: true, writable: false, configurable: false });
