import { uiBackups } from '../../shared/texts/ui-backups';
import { uiCrpt } from '../../shared/texts/ui-crpt';
import { uiRecords } from '../../shared/texts/ui-records';
import { uiCertsRuScreens } from '../../shared/texts/ui-certs-ru-screens';
import { uiFleetRuScreens } from '../../shared/texts/ui-fleet-ru-screens';
import { uiOrgsRuScreens } from '../../shared/texts/ui-orgs-ru-screens';
import { uiRuScreens } from '../../shared/texts/ui-ru-screens';
import { uiTokenService } from '../../shared/texts/ui-token-service';

/** The texts only screens other than the dashboard use: a chunk of their own, loaded with the first of them (i18n.ts). */
export const screenTextBundles = {
  ru: {
    ...uiRuScreens,
    orgs: uiOrgsRuScreens,
    certs: uiCertsRuScreens,
    fleet: uiFleetRuScreens,
    crpt: uiCrpt.ru,
    records: uiRecords.ru,
    tokenService: uiTokenService.ru,
    backups: uiBackups.ru,
  },
  en: { crpt: uiCrpt.en, records: uiRecords.en, tokenService: uiTokenService.en, backups: uiBackups.en },
};
