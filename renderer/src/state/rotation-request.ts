import { create } from 'zustand';

interface RotationRequest {
  /** The record whose unfinished СМДО key rotation the user asked to finish; serial tells two asks apart. */
  tokenId: string | null;
  serial: number;
  ask(tokenId: string): void;
}

/** «Завершить смену ключа» on the red banner asks the record's key section to continue the rotation. */
export const useRotationRequest = create<RotationRequest>()((set) => ({
  tokenId: null,
  serial: 0,
  ask: (tokenId) => set((state) => ({ tokenId, serial: state.serial + 1 })),
}));
