import { uiFleetRuScreens } from './ui-fleet-ru-screens';
import { uiFleetRuStart } from './ui-fleet-ru-start';

/**
 * Interface texts of reminder defaults per kind, the test notification, duplicate
 * organisations, records without a token and the spreadsheet import; merged under
 * `fleet` in the renderer's i18n resources.
 */
// Two files so that the renderer's start loads only the dashboard's part (issue #12); the whole is the same object.

export const uiFleetRu = { ...uiFleetRuStart, ...uiFleetRuScreens };

export type UiFleetTexts = typeof uiFleetRu;
