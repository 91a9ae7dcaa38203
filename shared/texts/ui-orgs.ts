/**
 * Interface texts of the vault transfer, the dashboard filters, the СМДО screen
 * and the ЕИС letter; merged under `orgs` in the renderer's i18n resources.
 */
import { uiOrgsRu } from './ui-orgs-ru';
import { uiOrgsEn } from './ui-orgs-en';

export type { UiOrgsTexts } from './ui-orgs-ru';
export const uiOrgs = { ru: uiOrgsRu, en: uiOrgsEn };
