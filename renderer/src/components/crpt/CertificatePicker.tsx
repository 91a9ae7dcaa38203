import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { certificateDaysLeft, certificateExpiryText } from '../../../../shared/certificates/expiry';
import type { CrptCertificateFacts as Facts } from '../../../../shared/ipc/features/crpt-contract';
import { call } from '../../api';
import { useNow } from '../../hooks/useNow';
import { useLanguage } from '../../hooks/useSettings';
import { formatLocal } from '../../lib/format';
import { useAppStore } from '../../state/app-store';
import { FormField } from '../FormField';

const compact = (text: string) => text.toLowerCase().replace(/ё/g, 'е').replace(/[\s:]/g, '');

/** What the search looks at: owner, person, organisation, ИНН, ОГРН, thumbprint. */
function matches(certificate: Facts, query: string): boolean {
  const wanted = compact(query);
  if (wanted === '') return true;
  return [certificate.owner, certificate.person ?? '', certificate.organisation, certificate.taxId, certificate.ogrn ?? '', certificate.thumbprint].some((part) =>
    compact(part).includes(wanted),
  );
}

/** «истекает через 30 дней», coloured as the dashboard colours a token: soon within 30 days, expired after the end. */
export function CertificateExpiry({ validTo }: { validTo: string }) {
  const language = useLanguage();
  const now = useNow();
  const days = certificateDaysLeft(validTo, now);
  const state = Date.parse(validTo) <= now.getTime() ? 'expired' : days < 30 ? 'soon' : 'ok';
  return <span className={`certificate-expiry certificate-expiry-${state}`}>{certificateExpiryText(validTo, now, language)}</span>;
}

/**
 * «Выбрать сертификат»: the CryptoPro store as a list (owner, organisation, ИНН, ОГРН, thumbprint,
 * valid to and how long is left), with a search. The core lists the store (certmgr); the page
 * only shows it and hands the chosen thumbprint back.
 */
export function CertificatePicker({ signer, thumbprint, onPick }: { signer: 'cryptcp' | 'csptest'; thumbprint: string; onPick(thumbprint: string): void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const setError = useAppStore((state) => state.setError);
  const [list, setList] = useState<Facts[] | null>(null);
  const [loading, setLoading] = useState(false);
  const [query, setQuery] = useState('');
  const [chosen, setChosen] = useState<Facts | null>(null);
  const headingId = useId();
  const searchRef = useRef<HTMLInputElement>(null);
  const openerRef = useRef<HTMLButtonElement>(null);
  const shown = useMemo(() => (list ?? []).filter((certificate) => matches(certificate, query)), [list, query]);
  /** Where the focus goes once the list has opened (the search) or closed after a pick (the button). */
  const focusNext = useRef<'search' | 'opener' | null>(null);
  useEffect(() => {
    const target = focusNext.current === 'search' ? searchRef.current : focusNext.current === 'opener' ? openerRef.current : null;
    focusNext.current = null;
    target?.focus();
  }, [list]);
  const current = chosen !== null && compact(chosen.thumbprint) === compact(thumbprint) ? chosen : null;

  const load = async () => {
    if (loading) return;
    setLoading(true);
    setError(null);
    const result = await call('crptInspectCertificate', { signer });
    setLoading(false);
    if (!result.ok) return setError(result.error.message);
    // The search is where a keyboard user continues.
    focusNext.current = 'search';
    setList(result.value.certificates);
    setQuery('');
  };

  const pick = (certificate: Facts) => {
    setChosen(certificate);
    onPick(certificate.thumbprint);
    focusNext.current = 'opener';
    setList(null);
  };

  return (
    <div className="certificate-picker">
      <div className="action-bar">
        <button ref={openerRef} type="button" className="button button-secondary" aria-disabled={loading ? true : undefined} onClick={() => void load()}>
          {loading ? t('certs.loading') : t('certs.choose')}
        </button>
        {list !== null ? (
          <button type="button" className="button button-quiet" onClick={() => setList(null)}>
            {t('certs.close')}
          </button>
        ) : null}
      </div>
      {current ? (
        <p className="certificate-chosen" data-testid="certificate-chosen">
          {t('certs.chosen', { owner: current.owner || current.thumbprint })} · {t('certs.inn')} <span className="mono">{current.taxId || '—'}</span> ·{' '}
          {t('certs.validTo').toLowerCase()} {formatLocal(current.validTo, language)} (<CertificateExpiry validTo={current.validTo} />)
        </p>
      ) : null}
      {list !== null ? (
        <section className="certificate-list" aria-labelledby={headingId} data-testid="certificate-list">
          <h3 id={headingId}>{t('certs.listHeading')}</h3>
          <p>{t('certs.listIntro')}</p>
          {list.length === 0 ? (
            <p>{t('certs.none')}</p>
          ) : (
            <>
              <FormField id="certificate-search" label={t('certs.search')} hint={t('certs.searchHint')} errorTestId="field-error-certificate-search">
                {(control) => (
                  <input
                    {...control}
                    ref={searchRef}
                    className="input"
                    type="search"
                    autoComplete="off"
                    spellCheck={false}
                    value={query}
                    onChange={(event) => setQuery(event.target.value)}
                  />
                )}
              </FormField>
              <p role="status" className="field-hint" data-testid="certificate-count">
                {t('certs.found', { count: shown.length, total: list.length })}
              </p>
              {shown.length === 0 ? <p>{t('certs.nothingFound')}</p> : null}
              <ul className="certificate-items">
                {shown.map((certificate) => {
                  const selected = compact(certificate.thumbprint) === compact(thumbprint);
                  const owner = certificate.owner || certificate.organisation || certificate.thumbprint;
                  return (
                    <li key={certificate.thumbprint} className={selected ? 'certificate-item certificate-item-selected' : 'certificate-item'} data-testid="certificate-item">
                      <p className="certificate-owner">{owner}</p>
                      <dl className="facts certificate-facts">
                        {certificate.person && certificate.person !== owner ? (
                          <>
                            <dt>{t('certs.owner')}</dt>
                            <dd>{certificate.person}</dd>
                          </>
                        ) : null}
                        {certificate.organisation && certificate.organisation !== owner ? (
                          <>
                            <dt>{t('certs.organisation')}</dt>
                            <dd>{certificate.organisation}</dd>
                          </>
                        ) : null}
                        <dt>{t('certs.inn')}</dt>
                        <dd className="mono">{certificate.taxId || '—'}</dd>
                        <dt>{t('certs.ogrn')}</dt>
                        <dd className="mono">{certificate.ogrn || '—'}</dd>
                        <dt>{t('certs.thumbprint')}</dt>
                        <dd className="mono certificate-thumbprint">{certificate.thumbprint}</dd>
                        <dt>{t('certs.validTo')}</dt>
                        <dd>
                          {formatLocal(certificate.validTo, language)} <CertificateExpiry validTo={certificate.validTo} />
                        </dd>
                      </dl>
                      {certificate.hasPrivateKey === false ? <p className="field-hint">{t('certs.noKey')}</p> : null}
                      <button
                        type="button"
                        className={selected ? 'button button-primary' : 'button button-secondary'}
                        aria-pressed={selected}
                        aria-label={t('certs.pickNamed', { owner, date: formatLocal(certificate.validTo, language) })}
                        onClick={() => pick(certificate)}
                      >
                        {selected ? t('certs.picked') : t('certs.pick')}
                      </button>
                    </li>
                  );
                })}
              </ul>
            </>
          )}
        </section>
      ) : null}
    </div>
  );
}
