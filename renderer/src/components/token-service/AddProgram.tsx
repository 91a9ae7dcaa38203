import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ServiceProgramView, TokenServiceView } from '../../../../shared/ipc/features/token-service-contract';
import { call } from '../../api';
import { useAppStore } from '../../state/app-store';
import { FormField } from '../FormField';
import { ProgramKey } from './ProgramKey';
import type { ServiceRecord } from './service-records';

type Problems = { name?: string; tokenIds?: string };

/**
 * «Добавить программу»: a name and the records it may read. The key comes back once and
 * lives only in this component's state: leaving the page forgets it.
 */
export function AddProgram({ view, records, onAdded }: { view: TokenServiceView; records: ServiceRecord[]; onAdded(view: TokenServiceView): void }) {
  const { t } = useTranslation();
  const setError = useAppStore((state) => state.setError);
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const [chosen, setChosen] = useState<string[]>([]);
  const [problems, setProblems] = useState<Problems>({});
  const [issued, setIssued] = useState<{ program: ServiceProgramView; key: string } | null>(null);

  if (issued) {
    return (
      <ProgramKey
        program={issued.program}
        programKey={issued.key}
        view={view}
        records={records}
        onDone={() => {
          setIssued(null);
          document.getElementById('token-service-add')?.focus();
        }}
      />
    );
  }

  if (!open) {
    return (
      <div className="action-bar">
        <button id="token-service-add" type="button" className="button button-secondary" onClick={() => setOpen(true)}>
          {t('tokenService.add')}
        </button>
      </div>
    );
  }

  const submit = async () => {
    // The core checks the name and the choice and says what is wrong, next to the field.
    const result = await call('tokenServiceAddProgram', { name, tokenIds: chosen });
    if (!result.ok) {
      const field = result.error.field;
      if (field === 'name' || field === 'tokenIds') {
        setProblems({ [field]: result.error.message });
        document.getElementById(field === 'name' ? 'service-program-name' : 'service-program-tokens')?.focus();
      } else setError(result.error.message);
      return;
    }
    setProblems({});
    setIssued({ program: result.value.program, key: result.value.key });
    onAdded(result.value.state);
    setOpen(false);
    setName('');
    setChosen([]);
  };

  const hasCrpt = records.some((record) => record.kind === 'crpt' && chosen.includes(record.id));
  return (
    <form
      className="form narrow"
      noValidate
      aria-labelledby="service-program-heading"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <h3 id="service-program-heading">{t('tokenService.addHeading')}</h3>
      <FormField id="service-program-name" label={t('tokenService.name')} hint={t('tokenService.nameHint')} error={problems.name} errorTestId="field-error-name">
        {(control) => <input {...control} type="text" className="input" value={name} autoComplete="off" onChange={(event) => setName(event.target.value)} />}
      </FormField>
      <fieldset
        id="service-program-tokens"
        className={problems.tokenIds ? 'choice-group field-invalid' : 'choice-group'}
        tabIndex={-1}
        aria-describedby={problems.tokenIds ? 'service-program-tokens-error' : undefined}
      >
        <legend className="group-legend">{t('tokenService.tokensLegend')}</legend>
        {records.length === 0 ? <p className="muted">{t('tokenService.noTokens')}</p> : null}
        {records.map((record) => (
          <div className="check-item" key={record.id}>
            <input
              id={`service-token-${record.id}`}
              type="checkbox"
              checked={chosen.includes(record.id)}
              onChange={(event) => setChosen((previous) => (event.target.checked ? [...previous, record.id] : previous.filter((id) => id !== record.id)))}
            />
            <label htmlFor={`service-token-${record.id}`}>{record.title}</label>
          </div>
        ))}
        {problems.tokenIds ? (
          <p id="service-program-tokens-error" className="field-error" data-testid="field-error-tokenIds">
            <span aria-hidden="true" className="field-error-symbol">
              ✕
            </span>{' '}
            {problems.tokenIds}
          </p>
        ) : null}
      </fieldset>
      {hasCrpt ? <p className="callout callout-info">{t('tokenService.crptNote')}</p> : null}
      <div className="action-bar">
        <button type="submit" className="button button-primary">
          {t('tokenService.create')}
        </button>
        <button
          type="button"
          className="button button-secondary"
          onClick={() => {
            setOpen(false);
            setProblems({});
          }}
        >
          {t('tokenService.cancel')}
        </button>
      </div>
    </form>
  );
}
