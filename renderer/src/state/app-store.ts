import { create } from 'zustand';
import type { TokenView, VaultSnapshot } from '../../../shared/model/types';
import { locateToken } from '../../../shared/model/locate-token';

/** Which screen is shown; each screen gets the ids it needs, nothing more. */
export type Screen =
  | { name: 'dashboard' }
  | { name: 'details'; tokenId: string }
  | { name: 'edit-record'; tokenId: string }
  | { name: 'new-token'; organisationId?: string }
  | { name: 'wizard' }
  | { name: 'done'; token: TokenView }
  | { name: 'organisation'; organisationId: string | null }
  | { name: 'settings' }
  | { name: 'import-sheet' }
  | { name: 'crpt'; organisationId: string }
  | { name: 'smdo'; organisationId: string };

export interface StatusMessage {
  text: string;
  /** Changes on every message so the same text twice is announced twice. */
  serial: number;
}

export interface AppState {
  snapshot: VaultSnapshot | null;
  /** Set when the first snapshot could not be loaded at all. */
  loadError: string | null;
  screen: Screen;
  busy: boolean;
  /** The last failed action's message, shown as an alert on the current screen. */
  error: string | null;
  /** Changes on every error set, so the same message twice is brought into view twice. */
  errorSerial: number;
  status: StatusMessage | null;
  setSnapshot(snapshot: VaultSnapshot): void;
  setLoadError(message: string | null): void;
  navigate(screen: Screen): void;
  setBusy(busy: boolean): void;
  setError(message: string | null): void;
  showStatus(text: string): void;
  clearStatus(): void;
}

export const useAppStore = create<AppState>()((set) => ({
  snapshot: null,
  loadError: null,
  screen: { name: 'dashboard' },
  busy: false,
  error: null,
  errorSerial: 0,
  status: null,
  setSnapshot: (snapshot) => set({ snapshot, loadError: null }),
  setLoadError: (loadError) => set({ loadError }),
  // A new screen starts without the previous screen's error or confirmation: a confirmation that belongs
  // to the new screen («Организация сохранена») is shown after navigating.
  navigate: (screen) => set({ screen, error: null, status: null }),
  setBusy: (busy) => set({ busy }),
  setError: (error) => set((state) => ({ error, errorSerial: error === null ? state.errorSerial : state.errorSerial + 1 })),
  showStatus: (text) => set((state) => ({ status: { text, serial: (state.status?.serial ?? 0) + 1 } })),
  clearStatus: () => set({ status: null }),
}));

/** Every token of every organisation, with its organisation. */
export function allTokens(snapshot: VaultSnapshot): { token: TokenView; organisationName: string; organisationTaxId: string }[] {
  return snapshot.organisations.flatMap((organisation) =>
    organisation.tokens.map((token) => ({ token, organisationName: organisation.name, organisationTaxId: organisation.taxId })),
  );
}

export function findToken(snapshot: VaultSnapshot, tokenId: string): TokenView | undefined {
  return locateToken(snapshot, tokenId)?.token;
}
