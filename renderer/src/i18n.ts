import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../shared/model/types';
import { uiRuStart } from '../../shared/texts/ui-ru-start';
import type { UiTexts } from '../../shared/texts/ui-ru';
import type { UiCrptTexts } from '../../shared/texts/ui-crpt';
import { uiOrgsRuStart } from '../../shared/texts/ui-orgs-ru-start';
import { uiKeychainRu } from '../../shared/texts/ui-keychain-ru';
import type { UiKeychainTexts } from '../../shared/texts/ui-keychain';
import type { UiOrgsTexts } from '../../shared/texts/ui-orgs';
import type { UiRecordsTexts } from '../../shared/texts/ui-records';
import { uiTrapsRu } from '../../shared/texts/ui-traps-ru';
import type { UiTrapsTexts } from '../../shared/texts/ui-traps';
import { uiCertsRuStart } from '../../shared/texts/ui-certs-ru-start';
import type { UiCertsTexts } from '../../shared/texts/ui-certs';
import type { UiTokenServiceTexts } from '../../shared/texts/ui-token-service';
import { uiFleetRuStart } from '../../shared/texts/ui-fleet-ru-start';
import type { UiFleetTexts } from '../../shared/texts/ui-fleet';
import { uiUpdatesRu } from '../../shared/texts/ui-updates-ru';
import type { UiUpdatesTexts } from '../../shared/texts/ui-updates';
import type { UiBackupsTexts } from '../../shared/texts/ui-backups';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: {
      translation: UiTexts & {
        crpt: UiCrptTexts;
        orgs: UiOrgsTexts;
        keychain: UiKeychainTexts;
        records: UiRecordsTexts;
        traps: UiTrapsTexts;
        certs: UiCertsTexts;
        tokenService: UiTokenServiceTexts;
        fleet: UiFleetTexts;
        updates: UiUpdatesTexts;
        backups: UiBackupsTexts;
      };
    };
  }
}

/**
 * Initialises i18next synchronously with the texts of the dashboard, in Russian (the language
 * until the settings arrive). The other screens' texts and the English base texts load on
 * demand (loadScreenTexts, applyLanguage), so that the start loads as little as it can (issue #12).
 */
export function initI18n(): void {
  void i18next.use(initReactI18next).init({
    resources: {
      ru: { translation: { ...uiRuStart, orgs: uiOrgsRuStart, keychain: uiKeychainRu, traps: uiTrapsRu, certs: uiCertsRuStart, fleet: uiFleetRuStart, updates: uiUpdatesRu } },
    },
    lng: 'ru',
    fallbackLng: 'ru',
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
    // Missing only while a bundle loads (and then the Russian one shows): never worth a warning.
    partialBundledLanguages: true,
  });
}

let screenTexts: Promise<void> | null = null;

/** The texts of the screens other than the dashboard (Честный знак, records, token service), in both languages; once. */
export function loadScreenTexts(): Promise<void> {
  screenTexts ??= import('./i18n-screens').then(({ screenTextBundles }) => {
    for (const [language, bundle] of Object.entries(screenTextBundles)) i18next.addResourceBundle(language, 'translation', bundle, true, true);
  });
  return screenTexts;
}

let englishTexts: Promise<void> | null = null;

function loadEnglish(): Promise<void> {
  englishTexts ??= import('./i18n-english').then(({ englishTexts: texts }) => {
    i18next.addResourceBundle('en', 'translation', texts, true, true);
  });
  return englishTexts;
}

export function currentLanguage(): Language {
  return i18next.language === 'en' ? 'en' : 'ru';
}

/**
 * Switches the UI language and the document's lang attribute (screen readers use it).
 * English switches once its texts are loaded: until then the Russian ones stay, never raw keys.
 */
export async function applyLanguage(language: Language): Promise<void> {
  if (language === 'en') await loadEnglish();
  switchTo(language);
}

function switchTo(language: Language): void {
  if (i18next.language !== language) void i18next.changeLanguage(language);
  document.documentElement.lang = language;
  // The window's title (Electron shows the page's <title>).
  document.title = i18next.t('app.name');
}
