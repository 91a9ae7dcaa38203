/**
 * Interface texts of reminder defaults per kind, the test notification, duplicate
 * organisations, records without a token and the spreadsheet import; merged under
 * `fleet` in the renderer's i18n resources.
 */
import { uiFleetRu } from './ui-fleet-ru';
import { uiFleetEn } from './ui-fleet-en';

export type { UiFleetTexts } from './ui-fleet-ru';
export const uiFleet = { ru: uiFleetRu, en: uiFleetEn };
