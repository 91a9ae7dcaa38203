import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EIS_CHECK_SETTINGS, EIS_GET_DOCS_IP_ENDPOINT_EXAMPLE, currentEisCheck } from '../../../../shared/kinds/eis-check-settings';
import type { TokenView } from '../../../../shared/model/types';
import { call } from '../../api';
import { useLanguage } from '../../hooks/useSettings';
import { formatLocal } from '../../lib/format';
import { useAppStore } from '../../state/app-store';
import { FormField } from '../FormField';
import { HostConfirmPrompt, hostQuestionOf } from '../HostConfirmPrompt';
import type { HostQuestion } from '../HostConfirmPrompt';

/**
 * «Проверка идентификатора»: the optional question to a getDocsIP-like ЕИС
 * service whether it accepts the stored identifier. The address is typed once
 * and remembered on the token; the verdict of the last check stays visible.
 */
export function EisIdentifierCheck({ token }: { token: TokenView }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const showStatus = useAppStore((state) => state.showStatus);
  const clearStatus = useAppStore((state) => state.clearStatus);
  const [endpoint, setEndpoint] = useState(token.settings[EIS_CHECK_SETTINGS.endpoint] ?? '');
  const [endpointProblem, setEndpointProblem] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [checking, setChecking] = useState(false);
  const [question, setQuestion] = useState<HostQuestion | null>(null);
  const last = currentEisCheck(token);

  const check = async () => {
    if (checking) return;
    setChecking(true);
    // A toast from an earlier check (maybe of another token) must not stand beside this verdict.
    clearStatus();
    // Typed here: a new address counts as confirmed by the user (the core ignores this for the stored one).
    const typed = endpoint.trim() !== (token.settings[EIS_CHECK_SETTINGS.endpoint] ?? '');
    const result = await call('eisCheck', { tokenId: token.id, endpoint, ...(typed ? { confirmTypedHost: true } : {}) });
    setChecking(false);
    setQuestion(result.ok ? null : hostQuestionOf(result.error));
    if (!result.ok && result.error.code === 'host_not_confirmed') {
      setEndpointProblem(null);
      setFailure(null);
      return;
    }
    if (!result.ok) {
      const aboutEndpoint = result.error.field === 'endpoint';
      setEndpointProblem(aboutEndpoint ? result.error.message : null);
      setFailure(aboutEndpoint ? null : result.error.message);
      if (aboutEndpoint) document.getElementById('eis-endpoint')?.focus();
      return;
    }
    setEndpointProblem(null);
    if (result.value.accepted) {
      setFailure(null);
      showStatus(t('orgs.eis.accepted'));
    } else {
      setFailure(result.value.reason);
    }
  };

  return (
    <section className="section" aria-labelledby="eis-check-heading">
      <h2 id="eis-check-heading">{t('orgs.eis.checkHeading')}</h2>
      <p>{t('orgs.eis.checkBody')}</p>
      <FormField
        id="eis-endpoint"
        label={t('orgs.eis.endpoint')}
        hint={t('orgs.eis.endpointHint', { example: EIS_GET_DOCS_IP_ENDPOINT_EXAMPLE })}
        error={endpointProblem}
        errorTestId="field-error-endpoint"
      >
        {(control) => (
          <input
            {...control}
            className="input mono"
            type="url"
            inputMode="url"
            spellCheck={false}
            autoComplete="off"
            value={endpoint}
            onChange={(event) => setEndpoint(event.target.value)}
          />
        )}
      </FormField>
      <div role="alert" className="alert-region">
        {failure ? (
          <div className="callout callout-error" data-testid="eis-check-failure">
            <p>{failure}</p>
          </div>
        ) : null}
      </div>
      {last && failure === null ? (
        <p className={last.outcome === 'accepted' ? 'field-hint' : 'callout callout-warning'} data-testid="eis-last-check">
          {t(last.outcome === 'accepted' ? 'orgs.eis.lastAccepted' : 'orgs.eis.lastRejected', { date: formatLocal(last.checkedAt, language) })}
        </p>
      ) : null}
      <button type="button" className="button button-secondary" aria-disabled={checking} onClick={() => void check()}>
        {checking ? t('orgs.eis.checking') : t('orgs.eis.check')}
      </button>
      {question ? <HostConfirmPrompt question={question} onConfirmed={() => void check()} /> : null}
    </section>
  );
}
