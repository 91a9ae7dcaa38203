import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ServiceProgramView, TokenServiceView } from '../../../../shared/ipc/features/token-service-contract';
import { serviceExamples } from '../../../../shared/token-service/examples';
import { call } from '../../api';
import { useAppStore } from '../../state/app-store';
import type { ServiceRecord } from './service-records';

/**
 * The key of a program just added, shown this once, with «Скопировать» and examples
 * that use the real port and the first token it may read.
 */
export function ProgramKey({
  program,
  programKey,
  view,
  records,
  onDone,
}: {
  program: ServiceProgramView;
  programKey: string;
  view: TokenServiceView;
  records: ServiceRecord[];
  onDone(): void;
}) {
  const { t } = useTranslation();
  const setError = useAppStore((state) => state.setError);
  const showStatus = useAppStore((state) => state.showStatus);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  const tokenId = program.tokenIds[0] ?? '';
  const tokenTitle = records.find((record) => record.id === tokenId)?.title ?? tokenId;
  const examples = serviceExamples(view.port, tokenId, programKey);

  const copy = async () => {
    const result = await call('tokenServiceCopyKey', { key: programKey });
    if (!result.ok) setError(result.error.message);
    else showStatus(result.value.clearsAfterSeconds > 0 ? t('tokenService.copied', { seconds: result.value.clearsAfterSeconds }) : t('tokenService.copiedNoWipe'));
  };

  const example = (id: string, label: string, text: string) => (
    <div className="field">
      <p id={id} className="field-label">
        {label}
      </p>
      <pre className="input-mono service-example" aria-labelledby={id}>
        {text}
      </pre>
    </div>
  );

  return (
    <div className="callout callout-ok" data-testid="program-key">
      <h3 id="program-key-heading" ref={heading} tabIndex={-1}>
        {t('tokenService.keyHeading', { name: program.name })}
      </h3>
      <p>{t('tokenService.keyOnce')}</p>
      <label htmlFor="program-key-value" className="field-label">
        {t('tokenService.keyLabel')}
      </label>
      <input id="program-key-value" className="input input-mono" readOnly value={programKey} onFocus={(event) => event.target.select()} />
      <div className="action-bar">
        <button type="button" className="button button-primary" onClick={() => void copy()}>
          {t('tokenService.copy')}
        </button>
      </div>
      <h4>{t('tokenService.examplesHeading')}</h4>
      <p>{t('tokenService.examplesBody', { token: tokenTitle, url: `http://127.0.0.1:${view.port}/v1/tokens/${tokenId}` })}</p>
      {view.status !== 'running' ? <p className="muted">{t('tokenService.exampleOff')}</p> : null}
      {example('example-curl', t('tokenService.exampleCurl'), examples.curl)}
      {example('example-powershell', t('tokenService.examplePowershell'), examples.powershell)}
      {example('example-1c', t('tokenService.exampleOneC'), examples.oneC)}
      <div className="action-bar">
        <button type="button" className="button button-secondary" onClick={onDone}>
          {t('tokenService.keyDone')}
        </button>
      </div>
    </div>
  );
}
