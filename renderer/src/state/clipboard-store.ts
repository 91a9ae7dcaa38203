import { create } from 'zustand';
import type { ClipboardState } from '../../../shared/model/clipboard-state';

interface ClipboardStore {
  /** The core's latest word about the secret it put on the clipboard; null before any copy. */
  state: ClipboardState | null;
  /** When the window heard it (its own clock): the countdown never starts from an older moment. */
  heardAt: number;
  /** The copy whose «wiped» line the user hid. */
  hiddenCopyId: number | null;
  heard(state: ClipboardState): void;
  hide(copyId: number): void;
}

/** What the core said about the clipboard (issue 10, point 16); an older copy's news never replaces a newer one's. */
export const useClipboardStore = create<ClipboardStore>()((set) => ({
  state: null,
  heardAt: 0,
  hiddenCopyId: null,
  heard: (state) => set((previous) => (previous.state && previous.state.copyId > state.copyId ? previous : { state, heardAt: Date.now() })),
  hide: (copyId) => set({ hiddenCopyId: copyId }),
}));
