import type { TFunction } from 'i18next';
import { certificateDaysLeft, certificateExpiryText } from '../../../../shared/certificates/expiry';
import type { Language, TokenView } from '../../../../shared/model/types';
import { formatLocal } from '../../lib/format';

/** Days before its end from which a signing certificate is named in its token's row: its first reminder. */
const SHOWN_FROM_DAYS = 30;

/**
 * «Сертификат истекает через 12 дней» under a token's expiry on the dashboard, once the signing
 * certificate is within its first reminder: a row says what will stop the next token.
 */
export function CertificateRowNote({ token, t, language }: { token: Pick<TokenView, 'certificateExpiresAt'>; t: TFunction; language: Language }) {
  const notAfter = token.certificateExpiresAt;
  // The row's «now» is the list's (re-rendered every minute); a day's precision is all this needs.
  const now = new Date();
  if (!notAfter || certificateDaysLeft(notAfter, now) >= SHOWN_FROM_DAYS) return null;
  const ended = Date.parse(notAfter) <= now.getTime();
  return (
    <span className={`token-certificate certificate-expiry-${ended ? 'expired' : 'soon'}`} title={formatLocal(notAfter, language)} data-testid="token-certificate">
      {t('certs.dashboardCertificate', { text: certificateExpiryText(notAfter, now, language) })}
    </span>
  );
}
