import { useTranslation } from 'react-i18next';
import type { CrptCertificateFacts as Facts } from '../../../../shared/ipc/features/crpt-contract';
import { useLanguage } from '../../hooks/useSettings';
import { formatLocal } from '../../lib/format';
import { CertificateExpiry } from './CertificatePicker';

/** What «Проверить сертификат» found: owner, organisation, ИНН, ОГРН, valid to and how long is left. */
export function CrptCertificateFacts({ certificates }: { certificates: Facts[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <section className="section" aria-labelledby="crpt-certificate-heading" data-testid="crpt-certificate">
      <h2 id="crpt-certificate-heading">{t('crpt.certificateHeading')}</h2>
      {certificates.length === 0 ? <p>{t('crpt.certNone')}</p> : null}
      {certificates.map((certificate) => (
        <dl className="facts" key={certificate.thumbprint}>
          <dt>{t('crpt.certOwner')}</dt>
          <dd>{certificate.owner || '—'}</dd>
          <dt>{t('crpt.certOrganisation')}</dt>
          <dd>{certificate.organisation || '—'}</dd>
          <dt>{t('crpt.certInn')}</dt>
          <dd className="mono">{certificate.taxId || '—'}</dd>
          {certificate.ogrn ? (
            <>
              <dt>{t('certs.ogrn')}</dt>
              <dd className="mono">{certificate.ogrn}</dd>
            </>
          ) : null}
          <dt>{t('crpt.certValidTo')}</dt>
          <dd>
            {formatLocal(certificate.validTo, language)} <CertificateExpiry validTo={certificate.validTo} />
          </dd>
        </dl>
      ))}
    </section>
  );
}
