import type { FieldProblem } from '../validation/fields';
import type { TokenKindId } from '../model/types';
import type { KindSettings } from './settings-spec';

/** Text in both UI languages; Russian is the product's first language. */
export interface LocalText {
  ru: string;
  en: string;
}

/** The fields a wizard may collect; each maps onto a TokenRecord property. */
export type FieldId =
  | 'label'
  | 'systemName'
  | 'techEmail'
  | 'secret'
  | 'expiresAt'
  | 'notes'
  // СМДО (smdo.ts): the application's «логин» and «ключ» from «Безопасность»; the key is a secret.
  | 'login'
  | 'key';

export type FieldInput = 'text' | 'email' | 'secret' | 'portal-datetime' | 'multiline';

export interface FieldSpec {
  id: FieldId;
  label: LocalText;
  hint?: LocalText;
  placeholder?: string;
  /** The placeholder in English, where it differs (a date pattern). */
  placeholderEn?: string;
  input: FieldInput;
  required: boolean;
  /** A value the portal's procedure fixes (TPSClient's system name); the field is prefilled with it. */
  suggestedValue?: string;
}

export interface PortalLink {
  url: string;
  label: LocalText;
}

/** One screen of a wizard: what to do in the portal, what to check, what to type back. */
export interface WizardStep {
  id: string;
  title: LocalText;
  /** What to do, in order; rendered as paragraphs or a numbered list. */
  instructions: LocalText[];
  /** Things a careful colleague would make sure of before moving on; the user ticks them. */
  checks?: LocalText[];
  /** Pitfalls and warnings, shown prominently. */
  warnings?: LocalText[];
  portal?: PortalLink;
  /** Fields typed on this step, validated before the user may go on. */
  fields?: FieldId[];
}

/** Where a token is pasted once obtained. */
export interface Destination {
  program: string;
  /** The program's name in English, where it differs. */
  programEn?: string;
  where: LocalText;
  /** Whether this program takes a record with these settings (e.g. a True API token does not go to СУЗ); all when absent. */
  appliesTo?: (settings: Readonly<Record<string, string>>) => boolean;
}

export interface KindSpec {
  /**
   * A kind's own rule for a field, when the generic one does not fit (the СМДО
   * login, the ЕИС identifier); undefined falls back to the generic rule.
   */
  fieldRule?: (field: FieldId, value: string) => FieldProblem | null | undefined;
  id: TokenKindId;
  title: LocalText;
  summary: LocalText;
  country: 'BY' | 'RU';
  portalUrl: string;
  /** How long a fresh token lives, when the procedure fixes it. */
  lifetime: { months?: number; hours?: number; seconds?: number; note: LocalText };
  acquisition: 'manual' | 'automatic';
  /** The portal gives the validity as a date (ЕИС): shown as that date, never as a moment in the user's zone. */
  expiryIsDate?: boolean;
  destinations: Destination[];
  fields: FieldSpec[];
  steps: WizardStep[];
  /** The settings its tokens keep, and which of them an import may bring (settings-spec.ts). */
  settings: KindSettings;
}
