import { uiOrgsRuScreens } from './ui-orgs-ru-screens';
import { uiOrgsRuStart } from './ui-orgs-ru-start';

/**
 * Interface texts of the vault transfer, the dashboard filters, the СМДО screen
 * and the ЕИС letter; merged under `orgs` in the renderer's i18n resources.
 */
// Two files so that the renderer's start loads only the dashboard's part (issue #12); the whole is the same object.

export const uiOrgsRu = { ...uiOrgsRuStart, ...uiOrgsRuScreens };

export type UiOrgsTexts = typeof uiOrgsRu;
