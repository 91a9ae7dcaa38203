import type { LocalText } from '../../kinds/types';

/** The signing certificate checked against the organisation (issue 13, point 2). */
export const CERTIFICATE_MESSAGES = {
  certificate_inn_mismatch: {
    ru: 'ИНН в сертификате — {signed}, а у организации «{organisation}» — {expected}. Токен выдаётся на ИНН из сертификата и был бы сохранён не у той организации. Выберите сертификат этой организации или, если всё верно, подтвердите, что токен нужен именно так.',
    en: 'The certificate’s ИНН is {signed}, but the organisation «{organisation}» has ИНН {expected}. The token is issued for the certificate’s ИНН and would be saved under the wrong organisation. Choose this organisation’s certificate or, if this is right, confirm that you want the token anyway.',
  },
  certificate_inn_mismatch_mchd: {
    ru: 'ИНН из доверенности (МЧД) — {signed}, а у организации «{organisation}» — {expected}. Токен выдаётся на ИНН из МЧД и был бы сохранён не у той организации. Исправьте ИНН или, если всё верно, подтвердите, что токен нужен именно так.',
    en: 'The power of attorney’s (МЧД) ИНН is {signed}, but the organisation «{organisation}» has ИНН {expected}. The token is issued for the МЧД’s ИНН and would be saved under the wrong organisation. Correct the ИНН or, if this is right, confirm that you want the token anyway.',
  },
  certmgr_missing_for_list: {
    ru: 'Список сертификатов КриптоПро показывает программа certmgr, а она не найдена. certmgr входит в КриптоПро CSP: установите КриптоПро CSP или, если он установлен в другую папку, выберите его программу в настройках: «Настройки» → «Папка КриптоПро» → «Выбрать…». Где искали: {paths}.',
    en: 'The CryptoPro certificate list comes from the certmgr program, which was not found. certmgr is part of CryptoPro CSP: install CryptoPro CSP or, if it is installed elsewhere, choose its program in Settings: «Settings» → «CryptoPro folder» → «Choose…». Looked in: {paths}.',
  },
} as const satisfies Record<string, LocalText>;
