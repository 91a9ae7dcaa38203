import { useEffect } from 'react';
import { create } from 'zustand';
import type { UpdateState } from '../../../shared/updates/update-state';
import { call, hasAssistant } from '../api';

interface UpdateStore {
  /** The core's update state; null until the first answer. */
  state: UpdateState | null;
  set(state: UpdateState): void;
}

/** The app's own update state, as the core last told it; the core decides everything. */
export const useUpdateStore = create<UpdateStore>()((set) => ({
  state: null,
  set: (state) => set({ state }),
}));

let subscribers = 0;
let stopListening: (() => void) | null = null;

/**
 * The update state for a component: asks the core once when the first component needs it
 * and follows its updateStateChanged events while any such component is shown.
 */
export function useUpdateState(): UpdateState | null {
  const state = useUpdateStore((store) => store.state);
  useEffect(() => {
    if (!hasAssistant()) return undefined;
    subscribers += 1;
    if (subscribers === 1) {
      stopListening = window.assistant?.on('updateStateChanged', (next) => useUpdateStore.getState().set(next)) ?? null;
      void call('updatesGetState', {}).then((result) => {
        if (result.ok) useUpdateStore.getState().set(result.value);
      });
    }
    return () => {
      subscribers -= 1;
      if (subscribers === 0) {
        stopListening?.();
        stopListening = null;
      }
    };
  }, []);
  return state;
}
