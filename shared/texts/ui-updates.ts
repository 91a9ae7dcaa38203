/**
 * Interface texts of the app's own updates: the dashboard banner «Доступна версия …» and the
 * Settings section «Обновления приложения»; merged under `updates` in the renderer's i18n resources.
 */
import { uiUpdatesRu } from './ui-updates-ru';
import { uiUpdatesEn } from './ui-updates-en';

export type { UiUpdatesTexts } from './ui-updates-ru';
export const uiUpdates = { ru: uiUpdatesRu, en: uiUpdatesEn };
