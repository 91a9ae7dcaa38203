import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TokenServiceView } from '../../../../shared/ipc/features/token-service-contract';
import type { VaultSnapshot } from '../../../../shared/model/types';
import { isServicePort } from '../../../../shared/token-service/limits';
import { call } from '../../api';
import { useAppStore } from '../../state/app-store';
import { FormField } from '../FormField';
import { AddProgram } from './AddProgram';
import { ServiceJournal } from './ServiceJournal';
import { ServicePrograms } from './ServicePrograms';
import { serviceRecords } from './service-records';

/** The journal and last accesses move while the page is open: asked again this often. */
const REFRESH_MS = 3_000;

/**
 * Settings → «Выдача токенов программам»: on/off, the port (with the test link), the
 * programs with their keys and the access journal. Every rule is the core's; the page
 * checks the port only to say what is wrong before asking.
 */
export function TokenServiceSection({ snapshot }: { snapshot: VaultSnapshot }) {
  const { t } = useTranslation();
  const setError = useAppStore((state) => state.setError);
  const showStatus = useAppStore((state) => state.showStatus);
  const [view, setView] = useState<TokenServiceView | null>(null);
  /** What the user typed; null: the field shows the stored port. */
  const [typedPort, setPort] = useState<string | null>(null);
  const [portError, setPortError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  /** The box as the user just set it, while the core starts or stops the service; null: as the core says. */
  const [switching, setSwitching] = useState<boolean | null>(null);

  useEffect(() => {
    let live = true;
    const load = () =>
      void call('tokenServiceState', {}).then((result) => {
        // Unchanged state keeps the same object: no re-render every few seconds for nothing.
        if (live && result.ok) setView((previous) => (previous && JSON.stringify(previous) === JSON.stringify(result.value) ? previous : result.value));
      });
    load();
    const timer = window.setInterval(load, REFRESH_MS);
    return () => {
      live = false;
      window.clearInterval(timer);
    };
  }, []);

  if (!view) return null;
  const port = typedPort ?? String(view.port);
  const records = serviceRecords(snapshot, snapshot.settings.language);

  const configure = async (patch: { enabled?: boolean; port?: number }) => {
    if (busy) return false;
    setBusy(true);
    const result = await call('tokenServiceConfigure', patch);
    setBusy(false);
    if (!result.ok) {
      if (result.error.field === 'port') {
        setPortError(result.error.message);
        document.getElementById('token-service-port')?.focus();
      } else setError(result.error.message);
      return false;
    }
    setPortError(null);
    setPort(null);
    setView(result.value);
    return true;
  };

  const toggle = async (enabled: boolean) => {
    const typed = /^\d{1,5}$/.test(port.trim()) ? Number(port.trim()) : NaN;
    // Switching on takes the port in the field when it is a good one.
    const patch = enabled && isServicePort(typed) ? { enabled, port: typed } : { enabled };
    setSwitching(enabled);
    const done = await configure(patch);
    setSwitching(null);
    if (done) showStatus(enabled ? t('tokenService.enabled', { url: `http://127.0.0.1:${patch.port ?? view.port}` }) : t('tokenService.disabled'));
  };

  const changePort = async () => {
    const typed = /^\d{1,5}$/.test(port.trim()) ? Number(port.trim()) : NaN;
    if (!isServicePort(typed)) {
      setPortError(t('tokenService.portRange'));
      document.getElementById('token-service-port')?.focus();
      return;
    }
    if (await configure({ port: typed })) showStatus(t('tokenService.portSaved', { port: typed }));
  };

  const problem = portError ?? view.problem;
  return (
    <section className="section" aria-labelledby="token-service-heading" data-testid="token-service">
      <h2 id="token-service-heading">{t('tokenService.heading')}</h2>
      <p>{t('tokenService.intro')}</p>
      <div className="check-item">
        <input
          id="token-service-enabled"
          type="checkbox"
          checked={switching ?? view.enabled}
          aria-busy={switching !== null || undefined}
          aria-describedby="token-service-enabled-hint"
          onChange={(event) => void toggle(event.target.checked)}
        />
        <label htmlFor="token-service-enabled">{t('tokenService.enable')}</label>
      </div>
      <p id="token-service-enabled-hint" className="field-hint">
        {t('tokenService.enableHint')}
      </p>
      <form
        className="form narrow"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void changePort();
        }}
      >
        <FormField id="token-service-port" label={t('tokenService.port')} hint={t('tokenService.portHint')} error={problem} errorTestId="field-error-port">
          {(control) => (
            <input
              {...control}
              type="text"
              inputMode="numeric"
              className="input input-number"
              value={port}
              autoComplete="off"
              onChange={(event) => {
                setPort(event.target.value);
                setPortError(null);
              }}
            />
          )}
        </FormField>
        <div className="action-bar">
          <button type="submit" className="button button-secondary">
            {t('tokenService.portSave')}
          </button>
        </div>
      </form>
      <p data-testid="token-service-status">
        <strong>
          {view.status === 'running' && view.url
            ? t('tokenService.statusRunning', { url: view.url })
            : view.status === 'failed'
              ? t('tokenService.statusFailed')
              : t('tokenService.statusOff')}
        </strong>
      </p>
      {view.status === 'running' ? (
        <p>
          <button
            type="button"
            className="button button-quiet"
            onClick={() => {
              void call('tokenServiceOpenHealth', {}).then((result) => {
                if (!result.ok) setError(result.error.message);
              });
            }}
          >
            {t('tokenService.health', { url: view.healthUrl })}
          </button>
        </p>
      ) : null}
      <ServicePrograms view={view} records={records} onChange={setView} />
      <AddProgram view={view} records={records} onAdded={setView} />
      <ServiceJournal journal={view.journal} records={records} />
    </section>
  );
}
