// Runs in the page before the app's own scripts (bundled by bridge.ts, injected with
// page.addInitScript). It builds window.assistant with the very function the Electron
// preload uses, over Playwright bindings instead of ipcRenderer.
import { buildAssistant } from '../../../shared/ipc/build-assistant';
import type { EventName } from '../../../shared/ipc/channels';

type Listener = (payload: unknown) => void;

interface HarnessWindow {
  /** Set by the harness (standalone.ts): where to POST a request for core.router.handle in Node. */
  __assistantEndpoint: string;
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
  async (name, input) => {
    const response = await fetch(target.__assistantEndpoint, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ name, payload: input }),
    });
    const body = (await response.json()) as { answer?: unknown; error?: string };
    if (!response.ok) throw new Error(body.error ?? `request ${name} failed`);
    return body.answer;
  },
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
