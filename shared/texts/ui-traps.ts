/**
 * Interface texts of the traps a user fell into (issue 10, points 15–17): the route at the
 * start of a renewal and the steps that can be opened again, the clipboard's countdown, and
 * an СМДО key rotation left unfinished. Merged under `traps` in the renderer's i18n resources.
 */
import { uiTrapsRu } from './ui-traps-ru';
import { uiTrapsEn } from './ui-traps-en';

export type { UiTrapsTexts } from './ui-traps-ru';
export const uiTraps = { ru: uiTrapsRu, en: uiTrapsEn };
