import { useTranslation } from 'react-i18next';
import type { TokenView } from '../../../../shared/model/types';
import { useLanguage } from '../../hooks/useSettings';
import { formatLocal } from '../../lib/format';
import { CertificateExpiry } from './CertificatePicker';

/** Lines of the details' facts about the signing certificate: its end, and an ИНН mismatch the user accepted. */
export function CertificateFactLines({ token }: { token: TokenView }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const accepted = /^(\d{10}|\d{12})\/(\d{10}|\d{12})$/.exec(token.settings.innMismatchAccepted ?? '');
  return (
    <>
      {token.certificateExpiresAt ? (
        <>
          <dt>{t('certs.detailsCertificate')}</dt>
          <dd data-testid="certificate-expires">
            {formatLocal(token.certificateExpiresAt, language)} <CertificateExpiry validTo={token.certificateExpiresAt} />
          </dd>
        </>
      ) : null}
      {accepted ? (
        <>
          <dt>{t('certs.detailsMismatch')}</dt>
          <dd data-testid="certificate-inn-accepted">{t('certs.detailsMismatchValue', { signed: accepted[1], expected: accepted[2] })}</dd>
        </>
      ) : null}
    </>
  );
}
