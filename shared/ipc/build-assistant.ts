import { EVENT_NAMES, REQUEST_NAMES } from './channels';
import type { EventName, RequestName } from './channels';
import type { AssistantApi } from './assistant-api';

/**
 * Builds window.assistant from the contract's names over any transport: the
 * Electron preload passes ipcRenderer-based functions, the browser test harness
 * passes Playwright bindings. Both therefore expose exactly the same surface.
 */
export function buildAssistant(
  invoke: (name: RequestName, input: unknown) => Promise<unknown>,
  subscribe: (event: EventName, listener: (payload: unknown) => void) => () => void,
): AssistantApi {
  const api: Record<string, unknown> = {};
  for (const name of REQUEST_NAMES) {
    api[name] = (input: unknown) => invoke(name, input);
  }
  api.on = (event: EventName, listener: (payload: unknown) => void) => {
    if (!(EVENT_NAMES as readonly string[]).includes(event)) throw new Error(`Unknown event ${String(event)}`);
    return subscribe(event, listener);
  };
  return Object.freeze(api) as AssistantApi;
}
