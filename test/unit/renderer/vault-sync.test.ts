import { beforeEach, describe, expect, it, vi } from 'vitest';
import { buildAssistant } from '../../../shared/ipc/build-assistant';
import type { EventName, RequestName } from '../../../shared/ipc/channels';
import { DEFAULT_SETTINGS } from '../../../shared/model/types';
import type { VaultSnapshot } from '../../../shared/model/types';

/**
 * The renderer's first snapshot is asked for before React starts (main.tsx), so it can cross with a
 * vaultChanged event: the store must end with the newest state the core sent, never an older answer.
 * window.assistant is the IPC edge: a double built with the preload's own buildAssistant.
 */

function snapshotNamed(name: string): VaultSnapshot {
  return {
    organisations: [{ id: name, name, taxId: '', tokens: [] }],
    reminders: {},
    settings: DEFAULT_SETTINGS,
    encryption: 'os',
    notices: [],
    drafts: {},
  } as unknown as VaultSnapshot;
}

interface Edge {
  answer(result: unknown): void;
  emit(event: EventName, payload: unknown): void;
  asked: RequestName[];
}

function installAssistant(): Edge {
  const listeners = new Map<EventName, ((payload: unknown) => void)[]>();
  const pending: ((result: unknown) => void)[] = [];
  const asked: RequestName[] = [];
  const assistant = buildAssistant(
    (name) => {
      asked.push(name);
      return new Promise((resolve) => pending.push(resolve));
    },
    (event, listener) => {
      listeners.set(event, [...(listeners.get(event) ?? []), listener]);
      return () => undefined;
    },
  );
  vi.stubGlobal('window', { assistant });
  return {
    asked,
    answer: (result) => pending.shift()?.(result),
    emit: (event, payload) => listeners.get(event)?.forEach((listener) => listener(payload)),
  };
}

async function freshModules() {
  vi.resetModules();
  const sync = await import('../../../renderer/src/state/vault-sync');
  const { useAppStore } = await import('../../../renderer/src/state/app-store');
  return { loadSnapshot: sync.loadSnapshot, store: useAppStore };
}

describe('the first snapshot and the vaultChanged events', () => {
  beforeEach(() => vi.unstubAllGlobals());

  it('takes the answer when no change came meanwhile', async () => {
    const edge = installAssistant();
    const { loadSnapshot, store } = await freshModules();
    const loaded = loadSnapshot();
    expect(edge.asked).toEqual(['getSnapshot']);
    edge.answer({ ok: true, value: snapshotNamed('ответ') });
    await loaded;
    expect(store.getState().snapshot?.organisations[0]?.name).toBe('ответ');
  });

  it('keeps a change that arrived while the request was on its way, over the older answer', async () => {
    const edge = installAssistant();
    const { loadSnapshot, store } = await freshModules();
    const loaded = loadSnapshot();
    edge.emit('vaultChanged', snapshotNamed('изменение'));
    edge.answer({ ok: true, value: snapshotNamed('старый ответ') });
    await loaded;
    expect(store.getState().snapshot?.organisations[0]?.name).toBe('изменение');
  });

  it('follows every later change, and a retry after a failed start subscribes only once', async () => {
    const edge = installAssistant();
    const { loadSnapshot, store } = await freshModules();
    const failed = loadSnapshot();
    edge.answer({ ok: false, error: { code: 'vault_read_failed', message: 'Хранилище не читается' } });
    await failed;
    expect(store.getState().loadError).toBe('Хранилище не читается');
    const retried = loadSnapshot();
    edge.answer({ ok: true, value: snapshotNamed('после повтора') });
    await retried;
    expect(store.getState()).toMatchObject({ loadError: null });
    const setSnapshot = vi.spyOn(store.getState(), 'setSnapshot');
    edge.emit('vaultChanged', snapshotNamed('позже'));
    expect(store.getState().snapshot?.organisations[0]?.name).toBe('позже');
    expect(setSnapshot).toHaveBeenCalledTimes(1);
  });
});
