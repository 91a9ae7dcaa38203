import type { AssistantApi } from '../../shared/ipc/assistant-api';
import type { RequestName } from '../../shared/ipc/channels';
import type { EventPayloads, RequestInput, RequestOutput } from '../../shared/ipc/contract';
import type { Result } from '../../shared/ipc/result';
import type { VaultSnapshot } from '../../shared/model/types';
import { currentLanguage } from './i18n';

declare global {
  interface Window {
    /** Exposed by the Electron preload, or injected by the browser test harness. */
    assistant?: AssistantApi;
  }
}

/** True when the page runs without the core (opened directly in a browser). */
export function hasAssistant(): boolean {
  return typeof window.assistant === 'object' && window.assistant !== null;
}

/**
 * Calls the core. Never throws: a transport failure becomes an `internal`
 * result with a human sentence, like any other error.
 */
export async function call<N extends RequestName>(name: N, input: RequestInput<N>): Promise<Result<RequestOutput<N>>> {
  const assistant = window.assistant;
  if (!assistant) return internalError();
  try {
    const invoke = assistant[name] as (arg: RequestInput<N>) => Promise<Result<RequestOutput<N>>>;
    const result = await invoke(input);
    if (typeof result === 'object' && result !== null && 'ok' in result) return result;
  } catch (error) {
    console.error(`assistant.${name} failed`, error);
  }
  return internalError();
}

/** The core's messages are loaded only when one is needed here: they are not part of the dashboard's start. */
async function internalError(): Promise<Result<never>> {
  const { message } = await import('../../shared/texts/messages');
  return { ok: false, error: { code: 'internal', message: message('internal', currentLanguage()) } };
}

export function onVaultChanged(listener: (snapshot: EventPayloads['vaultChanged']) => void): () => void {
  const assistant = window.assistant;
  if (!assistant) return () => undefined;
  return assistant.on('vaultChanged', listener);
}

/** A notification or the tray asked to show a token (renew: open its renewal wizard). */
export function onOpenToken(listener: (payload: EventPayloads['openToken']) => void): () => void {
  const assistant = window.assistant;
  if (!assistant) return () => undefined;
  return assistant.on('openToken', listener);
}

/** What the core did with the secret it put on the clipboard: armed (with the wipe's moment), wiped, or left to the user's copy. */
export function onClipboardChanged(listener: (payload: EventPayloads['clipboardChanged']) => void): () => void {
  const assistant = window.assistant;
  if (!assistant) return () => undefined;
  return assistant.on('clipboardChanged', listener);
}

export type { VaultSnapshot };
