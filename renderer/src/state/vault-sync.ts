import { call, hasAssistant, onVaultChanged } from '../api';
import { useAppStore } from './app-store';

let started = false;
/** Raised by every vaultChanged event: an answer asked for before the latest event may be older than it. */
let eventsHeard = 0;

/**
 * Keeps the store's snapshot in step with the core: every vaultChanged event, and one request at start.
 * Called by main.tsx before React renders, so the request travels while React starts (the dashboard's
 * first render waits for it), and again by a «Повторить» after a failed start.
 */
export async function loadSnapshot(): Promise<void> {
  if (!hasAssistant()) return;
  if (!started) {
    started = true;
    onVaultChanged((snapshot) => {
      eventsHeard += 1;
      useAppStore.getState().setSnapshot(snapshot);
    });
  }
  const heardBefore = eventsHeard;
  const result = await call('getSnapshot', {});
  const { setSnapshot, setLoadError } = useAppStore.getState();
  // Each change sends the whole snapshot: once one came after the request left, it is at least as new as the answer.
  if (eventsHeard !== heardBefore) return;
  if (result.ok) setSnapshot(result.value);
  else setLoadError(result.error.message);
}
