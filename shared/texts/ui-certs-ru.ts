import { uiCertsRuScreens } from './ui-certs-ru-screens';
import { uiCertsRuStart } from './ui-certs-ru-start';

/** Texts of the certificate list, the ИНН check and the certificate's expiry (issue 13), merged under `certs`. */
// Two files so that the renderer's start loads only the dashboard's part (issue #12); the whole is the same object.

export const uiCertsRu = { ...uiCertsRuStart, ...uiCertsRuScreens };

export type UiCertsTexts = { [K in keyof typeof uiCertsRu]: string };
