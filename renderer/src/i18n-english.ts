import { uiEn } from '../../shared/texts/ui-en';
import { uiCertsEn } from '../../shared/texts/ui-certs-en';
import { uiFleetEn } from '../../shared/texts/ui-fleet-en';
import { uiKeychainEn } from '../../shared/texts/ui-keychain-en';
import { uiOrgsEn } from '../../shared/texts/ui-orgs-en';
import { uiTrapsEn } from '../../shared/texts/ui-traps-en';
import { uiUpdatesEn } from '../../shared/texts/ui-updates-en';

/** The English texts of the dashboard: a chunk of their own, loaded when the UI switches to English (i18n.ts). */
export const englishTexts = { ...uiEn, orgs: uiOrgsEn, keychain: uiKeychainEn, traps: uiTrapsEn, certs: uiCertsEn, fleet: uiFleetEn, updates: uiUpdatesEn };
