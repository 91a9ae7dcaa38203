/** Texts of the certificate list, the ИНН check and the certificate's expiry (issue 13), merged under `certs`. */
import { uiCertsRu } from './ui-certs-ru';
import { uiCertsEn } from './ui-certs-en';

export type { UiCertsTexts } from './ui-certs-ru';
export const uiCerts = { ru: uiCertsRu, en: uiCertsEn } as const;
