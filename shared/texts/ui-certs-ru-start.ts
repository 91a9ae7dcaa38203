// The dashboard's part of ui-certs-ru.ts: what the renderer's start loads (issue #12); the rest is in ui-certs-ru-screens.ts.
/** Texts of the certificate list, the ИНН check and the certificate's expiry (issue 13), merged under `certs`. */
export const uiCertsRuStart = {
  dashboardCertificate: 'Сертификат {{text}}',
} as const;
