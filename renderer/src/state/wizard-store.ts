import { create } from 'zustand';
import type { FieldId } from '../../../shared/kinds/types';
import type { TokenKindId } from '../../../shared/model/types';

/** One run of a wizard: where the user is and what they typed, kept across screens. */
export interface WizardSession {
  kind: TokenKindId;
  organisationId: string;
  /** The token being renewed; empty for a new token. */
  replacesTokenId: string;
  stepIndex: number;
  /**
   * The furthest step reached (a renewal starts there, with the steps before it done):
   * every step up to it can be opened again from the list of steps.
   */
  furthestStep: number;
  /** Exactly what the user typed; never cleared by validation. */
  values: Partial<Record<FieldId, string>>;
  /** Messages under the fields, already in the UI language. */
  errors: Partial<Record<FieldId, string>>;
  /** Ticked checks per step id. */
  checks: Record<string, boolean[]>;
  /** True after «Далее» was pressed with unticked checks on the current step. */
  checksError: boolean;
  /** A failure of saving or of opening the portal, shown as an alert in the wizard. */
  actionError: string | null;
}

interface WizardState {
  session: WizardSession | null;
  start(session: WizardSession): void;
  update(patch: Partial<WizardSession>): void;
  setValue(field: FieldId, value: string): void;
  setFieldError(field: FieldId, message: string | null): void;
  setCheck(stepId: string, index: number, count: number, checked: boolean): void;
  finish(): void;
}

export const useWizardStore = create<WizardState>()((set) => ({
  session: null,
  start: (session) => set({ session }),
  update: (patch) => set((state) => (state.session ? { session: { ...state.session, ...patch } } : state)),
  setValue: (field, value) => set((state) => (state.session ? { session: { ...state.session, values: { ...state.session.values, [field]: value } } } : state)),
  setFieldError: (field, message) =>
    set((state) => {
      if (!state.session) return state;
      const errors: WizardSession['errors'] = Object.fromEntries(Object.entries(state.session.errors).filter(([key]) => key !== field));
      if (message !== null) errors[field] = message;
      return { session: { ...state.session, errors } };
    }),
  setCheck: (stepId, index, count, checked) =>
    set((state) => {
      if (!state.session) return state;
      const current = state.session.checks[stepId] ?? Array.from({ length: count }, () => false);
      const next = current.map((value, position) => (position === index ? checked : value));
      const allTicked = next.every(Boolean);
      return {
        session: {
          ...state.session,
          checks: { ...state.session.checks, [stepId]: next },
          checksError: state.session.checksError && !allTicked,
        },
      };
    }),
  finish: () => set({ session: null }),
}));
