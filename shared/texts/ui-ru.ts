import { uiRuScreens } from './ui-ru-screens';
import { uiRuStart } from './ui-ru-start';

/**
 * Texts of the renderer's chrome (buttons, headings, hints), Russian first.
 * Token-kind content lives in the catalog as LocalText; validation and core
 * messages live in messages.ts. i18next interpolation: {{name}}; plurals use
 * the _one/_few/_many/_other suffixes (English keeps the same keys).
 */
// Two files so that the renderer's start loads only the dashboard's part (issue #12); the whole is the same object.
export const uiRu = { ...uiRuStart, ...uiRuScreens };

/** The shape every UI language must fill: the same keys as Russian. */
export type UiTexts = typeof uiRu;
