import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CrptCertificateFacts as Facts, CrptSignerInput, CrptStandChoice } from '../../../shared/ipc/features/crpt-contract';
import { originOf } from '../../../shared/hosts';
import { crpt, isCrptUuid, type CrptTokenPurpose } from '../../../shared/kinds/crpt';
import type { VaultSnapshot } from '../../../shared/model/types';
import type { InnMismatch } from '../../../shared/ipc/result';
import { message } from '../../../shared/texts/messages';
import { call } from '../api';
import { BackButton } from '../components/BackButton';
import { ErrorAlert } from '../components/ErrorAlert';
import { FormField } from '../components/FormField';
import { ScreenHeading } from '../components/ScreenHeading';
import { StepGuide } from '../components/StepGuide';
import { CrptCertificateFacts } from '../components/crpt/CrptCertificateFacts';
import { CrptPurposeChoice } from '../components/crpt/CrptPurposeChoice';
import { CrptSignerFields } from '../components/crpt/CrptSignerFields';
import { CrptSeparateDeviceAdvice } from '../components/crpt/CrptSeparateDeviceAdvice';
import { CrptSharedConnectionWarning, SHARED_ACCEPT_ID } from '../components/crpt/CrptSharedConnectionWarning';
import { describeConnectionUsers, recordsOnConnection } from '../../../shared/kinds/crpt-shared-connection';
import { InnMismatchPrompt } from '../components/crpt/InnMismatchPrompt';
import type { CrptSignerErrors, CrptSignerValues } from '../components/crpt/CrptSignerFields';
import { useLanguage } from '../hooks/useSettings';
import { local } from '../lib/text';
import { useAppStore } from '../state/app-store';
import { showThenFocus } from '../lib/focus-after';

type FieldName = 'trueApiBase' | 'omsConnection' | 'certPath' | 'keyPath' | 'thumbprint';
type Errors = Partial<Record<FieldName, string>>;

const STANDS: { id: CrptStandChoice; label: 'crpt.standSandbox' | 'crpt.standProduction' | 'crpt.standCustom' }[] = [
  { id: 'production', label: 'crpt.standProduction' },
  { id: 'sandbox', label: 'crpt.standSandbox' },
  { id: 'custom', label: 'crpt.standCustom' },
];

const FIELD_IDS: Record<FieldName, string> = {
  trueApiBase: 'crpt-true-api-base',
  omsConnection: 'crpt-oms-connection',
  certPath: 'crpt-cert-path',
  keyPath: 'crpt-key-path',
  thumbprint: 'crpt-thumbprint',
};

function signerInput(signer: CrptSignerValues): CrptSignerInput {
  return signer.kind === 'openssl'
    ? { kind: 'openssl', certPath: signer.certPath.trim(), keyPath: signer.keyPath.trim() }
    : { kind: signer.kind, thumbprint: signer.thumbprint.trim() };
}

/**
 * Честный знак in one click: say which token (СУЗ or True API), find omsConnection once
 * (СУЗ only), choose the stand and the signer, get the token.
 */
export function CrptScreen({ snapshot, organisationId }: { snapshot: VaultSnapshot; organisationId: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const navigate = useAppStore((state) => state.navigate);
  const setError = useAppStore((state) => state.setError);
  const showStatus = useAppStore((state) => state.showStatus);
  const clearStatus = useAppStore((state) => state.clearStatus);
  const organisation = snapshot.organisations.find((candidate) => candidate.id === organisationId);
  const [purpose, setPurpose] = useState<CrptTokenPurpose>('suz');
  const forSuz = purpose === 'suz';
  const [label, setLabel] = useState('');
  const [stand, setStand] = useState<CrptStandChoice>('production');
  const [trueApiBase, setTrueApiBase] = useState('');
  const [omsConnection, setOmsConnection] = useState('');
  const [autoRefresh, setAutoRefresh] = useState(false);
  const [inn, setInn] = useState('');
  const [signer, setSigner] = useState<CrptSignerValues>({ kind: 'openssl', certPath: '', keyPath: '', thumbprint: '' });
  const [errors, setErrors] = useState<Errors>({});
  const [certificates, setCertificates] = useState<Facts[] | null>(null);
  const [busy, setBusy] = useState<'inspect' | 'obtain' | null>(null);
  /** The core's refusal of a connection another record uses, and the user's knowing «go on». */
  const [sharedRefusal, setSharedRefusal] = useState<string | null>(null);
  const [sharedAccepted, setSharedAccepted] = useState(false);
  const sharing = forSuz && isCrptUuid(omsConnection) ? recordsOnConnection(snapshot, omsConnection) : [];
  const sharedText = !forSuz ? null : (sharedRefusal ?? (sharing.length > 0 ? message('crpt_shared_connection', language, { others: describeConnectionUsers(sharing) }) : null));
  const [mismatch, setMismatch] = useState<{ error: InnMismatch; message: string } | null>(null);
  const [startedFrom, setStartedFrom] = useState<'remembered' | 'cryptoPro' | null>(null);
  /** Set once the user changes the signer or the stand: the defaults, if they arrive later, must not undo it. */
  const touched = useRef(false);

  // Where this organisation left off (its last stand and signer), else CryptoPro when it is installed.
  useEffect(() => {
    let live = true;
    void call('crptSetupDefaults', { organisationId }).then((result) => {
      if (!live || !result.ok || touched.current) return;
      const defaults = result.value;
      setSigner(defaults.signer);
      setStand(defaults.stand);
      setTrueApiBase(defaults.trueApiBase);
      setStartedFrom(defaults.remembered ? 'remembered' : defaults.signer.kind === 'openssl' ? null : 'cryptoPro');
    });
    return () => {
      live = false;
    };
  }, [organisationId]);

  const signerErrors = (): CrptSignerErrors => {
    const required = t('crpt.required');
    if (signer.kind === 'openssl') {
      return { ...(signer.certPath.trim() ? {} : { certPath: required }), ...(signer.keyPath.trim() ? {} : { keyPath: required }) };
    }
    return signer.thumbprint.trim() ? {} : { thumbprint: required };
  };

  const focusFirst = (found: Errors) => {
    const first = (Object.keys(FIELD_IDS) as FieldName[]).find((name) => found[name]);
    if (first) document.getElementById(FIELD_IDS[first])?.focus();
  };

  const fail = (error: { code: string; message: string; field?: string }) => {
    if (error.code === 'crpt_shared_connection') {
      // Said next to the field, where the user can accept it; the focus goes to that choice.
      showThenFocus(() => setSharedRefusal(error.message), SHARED_ACCEPT_ID);
      return;
    }
    if (error.field && error.field in FIELD_IDS) {
      const found = { [error.field]: error.message } as Errors;
      setErrors(found);
      focusFirst(found);
    } else {
      setError(error.message);
    }
  };

  const inspect = async () => {
    if (busy) return;
    const found: Errors = signer.kind === 'openssl' ? (signer.certPath.trim() ? {} : { certPath: t('crpt.required') }) : {};
    setErrors(found);
    if (Object.keys(found).length > 0) return focusFirst(found);
    setBusy('inspect');
    setError(null);
    setCertificates(null);
    const result = await call(
      'crptInspectCertificate',
      signer.kind === 'openssl' ? { signer: 'openssl', certPath: signer.certPath.trim(), organisationId } : { signer: signer.kind, thumbprint: signer.thumbprint.trim() },
    );
    setBusy(null);
    if (result.ok) setCertificates(result.value.certificates);
    else fail(result.error);
  };

  const obtain = async (acceptInnMismatch?: Pick<InnMismatch, 'signedInn' | 'organisationInn'>) => {
    if (busy) return;
    const found: Errors = {
      ...(stand === 'custom' && trueApiBase.trim() === '' ? { trueApiBase: t('crpt.required') } : {}),
      ...(!forSuz ? {} : omsConnection.trim() === '' ? { omsConnection: t('crpt.required') } : isCrptUuid(omsConnection) ? {} : { omsConnection: t('crpt.omsConnectionInvalid') }),
      ...signerErrors(),
    };
    setErrors(found);
    if (Object.keys(found).length > 0) return focusFirst(found);
    setBusy('obtain');
    setError(null);
    setMismatch(null);
    showStatus(t('crpt.obtaining'));
    const result = await call('crptSetupConnection', {
      organisationId,
      label: label.trim(),
      purpose,
      stand,
      trueApiBase: stand === 'custom' ? trueApiBase.trim() : '',
      omsConnection: forSuz ? omsConnection.trim() : '',
      ...(inn.trim() ? { inn: inn.trim() } : {}),
      signer: signerInput(signer),
      // A custom stand refreshes only on a click; its address, typed here, counts as confirmed.
      autoRefresh: stand === 'custom' ? false : autoRefresh,
      ...(stand === 'custom' ? { confirmTypedHost: true } : {}),
      ...(forSuz && sharedText !== null && sharedAccepted ? { acceptSharedConnection: true } : {}),
      ...(acceptInnMismatch ? { acceptInnMismatch } : {}),
    });
    setBusy(null);
    if (!result.ok && result.error.code === 'certificate_inn_mismatch' && result.error.innMismatch) {
      clearStatus();
      return setMismatch({ error: result.error.innMismatch, message: result.error.message });
    }
    if (!result.ok) return fail(result.error);
    navigate({ name: 'details', tokenId: result.value.id });
    showStatus(t('crpt.saved'));
  };

  const openPortal = async (url: string) => {
    const result = await call('openPortal', { url });
    if (!result.ok) setError(result.error.message);
  };

  return (
    <>
      <BackButton />
      <ScreenHeading>{t('crpt.title')}</ScreenHeading>
      {organisation ? <p className="screen-subtitle">{organisation.name}</p> : null}
      <ErrorAlert />
      <p>{t('crpt.intro')}</p>

      <CrptPurposeChoice
        value={purpose}
        onChange={(next) => {
          setPurpose(next);
          setErrors({});
        }}
      />

      {forSuz ? (
        <section className="section" aria-labelledby="crpt-find-heading">
          <h2 id="crpt-find-heading">{t('crpt.findHeading')}</h2>
          {crpt.steps.map((step) => (
            <div key={step.id}>
              <h3>{local(step.title, language)}</h3>
              <StepGuide step={step} />
              {step.portal ? (
                <button type="button" className="button button-secondary" onClick={() => void openPortal(step.portal?.url ?? '')}>
                  {t('crpt.openPortal')}
                </button>
              ) : null}
            </div>
          ))}
        </section>
      ) : null}

      <form
        className="form"
        noValidate
        aria-busy={busy ? true : undefined}
        onSubmit={(event) => {
          event.preventDefault();
          void obtain();
        }}
      >
        <FormField id="crpt-label" label={t('crpt.label')} hint={t('crpt.labelHint')} errorTestId="field-error-label">
          {(control) => <input {...control} className="input" type="text" value={label} onChange={(event) => setLabel(event.target.value)} />}
        </FormField>

        <fieldset className="choice-group">
          <legend className="group-legend">{t('crpt.standLegend')}</legend>
          <ul className="radio-list">
            {STANDS.map((choice) => (
              <li key={choice.id}>
                <input
                  id={`crpt-stand-${choice.id}`}
                  type="radio"
                  name="crpt-stand"
                  value={choice.id}
                  checked={stand === choice.id}
                  onChange={() => {
                    touched.current = true;
                    setStand(choice.id);
                  }}
                />
                <label htmlFor={`crpt-stand-${choice.id}`}>{t(choice.label)}</label>
              </li>
            ))}
          </ul>
          {stand === 'custom' ? (
            <FormField id={FIELD_IDS.trueApiBase} label={t('crpt.customBase')} hint={t('crpt.customBaseHint')} error={errors.trueApiBase} errorTestId="field-error-trueApiBase">
              {(control) => (
                <input {...control} className="input input-mono" type="url" spellCheck={false} value={trueApiBase} onChange={(event) => setTrueApiBase(event.target.value)} />
              )}
            </FormField>
          ) : null}
        </fieldset>

        {forSuz ? <CrptSeparateDeviceAdvice /> : null}
        {forSuz ? (
          <FormField
            id={FIELD_IDS.omsConnection}
            label={t('crpt.omsConnection')}
            hint={t('crpt.omsConnectionHint')}
            error={errors.omsConnection}
            errorTestId="field-error-omsConnection"
            extra={sharedText === null ? null : <CrptSharedConnectionWarning text={sharedText} accepted={sharedAccepted} onAccept={setSharedAccepted} />}
            extraId="crpt-shared-connection-text"
          >
            {(control) => (
              <input
                {...control}
                className="input input-mono"
                type="text"
                spellCheck={false}
                value={omsConnection}
                onChange={(event) => {
                  setOmsConnection(event.target.value);
                  // Another connection: its own answer, its own choice.
                  setSharedRefusal(null);
                  setSharedAccepted(false);
                }}
              />
            )}
          </FormField>
        ) : null}

        <FormField id="crpt-inn" label={t('crpt.inn')} hint={t('crpt.innHint')} errorTestId="field-error-inn">
          {(control) => (
            <input
              {...control}
              className="input"
              type="text"
              inputMode="numeric"
              value={inn}
              onChange={(event) => {
                setInn(event.target.value);
                setMismatch(null);
              }}
            />
          )}
        </FormField>

        {startedFrom ? (
          <p className="callout callout-info" data-testid="crpt-started-from">
            {t(startedFrom === 'remembered' ? 'certs.remembered' : 'certs.cryptoProDefault')}
          </p>
        ) : null}
        <CrptSignerFields
          values={signer}
          errors={{ certPath: errors.certPath, keyPath: errors.keyPath, thumbprint: errors.thumbprint }}
          onChange={(next) => {
            touched.current = true;
            setSigner(next);
            setCertificates(null);
            setMismatch(null);
          }}
          onFieldError={(field, text) => setErrors((previous) => ({ ...previous, [field]: text }))}
        />
        <div className="action-bar">
          <button type="button" className="button button-secondary" aria-disabled={busy ? true : undefined} onClick={() => void inspect()}>
            {busy === 'inspect' ? t('crpt.inspecting') : t('crpt.inspect')}
          </button>
        </div>
        {certificates ? <CrptCertificateFacts certificates={certificates} /> : null}

        {forSuz ? (
          <div role="note" className="callout callout-warning" aria-label={t('crpt.warningTitle')}>
            <p className="callout-title">{t('crpt.warningTitle')}</p>
            <p>{message('crpt_token_replaces_previous', language)}</p>
            <p data-testid="crpt-static-tokens">{message('crpt_static_tokens_stop', language)}</p>
          </div>
        ) : null}
        <div className="check-item">
          <input
            id="crpt-auto-refresh"
            type="checkbox"
            checked={autoRefresh && stand !== 'custom'}
            disabled={stand === 'custom'}
            aria-describedby={stand === 'custom' ? 'crpt-auto-refresh-custom' : undefined}
            onChange={(event) => setAutoRefresh(event.target.checked)}
          />
          <label htmlFor="crpt-auto-refresh">{t('crpt.autoRefresh')}</label>
        </div>
        {stand === 'custom' ? (
          <p id="crpt-auto-refresh-custom" className="field-hint" data-testid="crpt-auto-refresh-custom">
            {message('crpt_auto_refresh_official_only', language, { host: originOf(trueApiBase) ?? (trueApiBase.trim() || '…') })}
          </p>
        ) : null}

        {mismatch ? (
          <InnMismatchPrompt
            mismatch={mismatch.error}
            message={mismatch.message}
            busy={busy === 'obtain'}
            onAccept={() => void obtain({ signedInn: mismatch.error.signedInn, organisationInn: mismatch.error.organisationInn })}
          />
        ) : null}
        <div className="action-bar">
          <button type="submit" className="button button-primary button-large" aria-disabled={busy ? true : undefined}>
            {busy === 'obtain' ? t('crpt.obtaining') : t('crpt.obtain')}
          </button>
        </div>
      </form>
    </>
  );
}
