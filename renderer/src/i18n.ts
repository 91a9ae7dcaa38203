import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../shared/model/types';
import { uiEn } from '../../shared/texts/ui-en';
import { uiRu } from '../../shared/texts/ui-ru';
import type { UiTexts } from '../../shared/texts/ui-ru';
import { uiCrpt } from '../../shared/texts/ui-crpt';
import type { UiCrptTexts } from '../../shared/texts/ui-crpt';
import { uiOrgs } from '../../shared/texts/ui-orgs';
import { uiKeychain } from '../../shared/texts/ui-keychain';
import type { UiKeychainTexts } from '../../shared/texts/ui-keychain';
import type { UiOrgsTexts } from '../../shared/texts/ui-orgs';
import { uiRecords } from '../../shared/texts/ui-records';
import type { UiRecordsTexts } from '../../shared/texts/ui-records';
import { uiTraps } from '../../shared/texts/ui-traps';
import type { UiTrapsTexts } from '../../shared/texts/ui-traps';
import { uiCerts } from '../../shared/texts/ui-certs';
import type { UiCertsTexts } from '../../shared/texts/ui-certs';
import { uiTokenService } from '../../shared/texts/ui-token-service';
import type { UiTokenServiceTexts } from '../../shared/texts/ui-token-service';
import { uiFleet } from '../../shared/texts/ui-fleet';
import type { UiFleetTexts } from '../../shared/texts/ui-fleet';
import { uiUpdates } from '../../shared/texts/ui-updates';
import type { UiUpdatesTexts } from '../../shared/texts/ui-updates';
import { uiBackups } from '../../shared/texts/ui-backups';
import type { UiBackupsTexts } from '../../shared/texts/ui-backups';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: UiTexts & { crpt: UiCrptTexts; orgs: UiOrgsTexts; keychain: UiKeychainTexts; records: UiRecordsTexts; traps: UiTrapsTexts; certs: UiCertsTexts; tokenService: UiTokenServiceTexts; fleet: UiFleetTexts; updates: UiUpdatesTexts; backups: UiBackupsTexts } };
  }
}

/** Initialises i18next synchronously with the bundled texts; Russian until the settings arrive. */
export function initI18n(): void {
  void i18next.use(initReactI18next).init({
    resources: {
      ru: { translation: { ...uiRu, crpt: uiCrpt.ru, orgs: uiOrgs.ru, keychain: uiKeychain.ru, records: uiRecords.ru, traps: uiTraps.ru, certs: uiCerts.ru, tokenService: uiTokenService.ru, fleet: uiFleet.ru, updates: uiUpdates.ru, backups: uiBackups.ru } },
      en: { translation: { ...uiEn, crpt: uiCrpt.en, orgs: uiOrgs.en, keychain: uiKeychain.en, records: uiRecords.en, traps: uiTraps.en, certs: uiCerts.en, tokenService: uiTokenService.en, fleet: uiFleet.en, updates: uiUpdates.en, backups: uiBackups.en } },
    },
    lng: 'ru',
    fallbackLng: 'ru',
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
}

export function currentLanguage(): Language {
  return i18next.language === 'en' ? 'en' : 'ru';
}

/** Switches the UI language and the document's lang attribute (screen readers use it). */
export function applyLanguage(language: Language): void {
  if (i18next.language !== language) void i18next.changeLanguage(language);
  document.documentElement.lang = language;
  // The window's title (Electron shows the page's <title>).
  document.title = i18next.t('app.name');
}
