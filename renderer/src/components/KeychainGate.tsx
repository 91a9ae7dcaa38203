import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { KEYCHAIN_PASSPHRASE_MIN } from '../../../shared/ipc/features/keychain-limits';
import type { EncryptionState } from '../../../shared/model/types';
import { call } from '../api';
import { useAppStore } from '../state/app-store';
import { FormField } from './FormField';
import { ScreenHeading } from './ScreenHeading';

/** The states in which no token can be stored or shown until the user acts here. */
export function needsKeychainChoice(state: EncryptionState): state is 'choice-needed' | 'passphrase-locked' {
  return state === 'choice-needed' || state === 'passphrase-locked';
}

type Field = 'passphrase' | 'confirm';
type Problems = Partial<Record<Field, string>>;

const length = (text: string) => Array.from(text.normalize('NFC')).length;
const focus = (field: Field) => document.getElementById(`keychain-${field}`)?.focus();

/**
 * Shown instead of the app on Linux without a keychain: either the first choice
 * (a vault passphrase, typed twice, or explicit weak storage) or, after a start,
 * the passphrase. The passphrase goes to the core once and is then forgotten here.
 */
export function KeychainGate({ state }: { state: 'choice-needed' | 'passphrase-locked' }) {
  const { t } = useTranslation();
  const setError = useAppStore((store) => store.setError);
  const [values, setValues] = useState<Record<Field, string>>({ passphrase: '', confirm: '' });
  const [problems, setProblems] = useState<Problems>({});
  const [busy, setBusy] = useState(false);
  const locked = state === 'passphrase-locked';

  const report = (found: Problems): boolean => {
    setProblems(found);
    const first = (['passphrase', 'confirm'] as const).find((field) => found[field]);
    if (first) focus(first);
    return first !== undefined;
  };

  /** Runs a request; null from the action means the form itself found a problem and nothing was sent. */
  const run = async (action: () => Promise<{ ok: true } | { ok: false; error: { message: string; field?: string } } | null>) => {
    if (busy) return;
    setBusy(true);
    try {
      const result = await action();
      if (result === null) return;
      if (result.ok) {
        setValues({ passphrase: '', confirm: '' });
        setProblems({});
      } else if (result.error.field === 'passphrase' || result.error.field === 'confirmation') {
        report({ [result.error.field === 'confirmation' ? 'confirm' : 'passphrase']: result.error.message });
      } else {
        setError(result.error.message);
      }
    } finally {
      setBusy(false);
    }
  };

  const submit = () =>
    run(async () => {
      const { passphrase, confirm } = values;
      if (locked) {
        if (report(passphrase === '' ? { passphrase: t('keychain.passphraseMissing') } : {})) return null;
        return call('keychainUnlock', { passphrase });
      }
      const found: Problems = {
        ...(length(passphrase) < KEYCHAIN_PASSPHRASE_MIN || passphrase.trim() === '' ? { passphrase: t('keychain.tooShort', { min: KEYCHAIN_PASSPHRASE_MIN }) } : {}),
        ...(confirm !== passphrase ? { confirm: t('keychain.mismatch') } : {}),
      };
      if (report(found)) return null;
      return call('keychainSetPassphrase', { passphrase, confirmation: confirm });
    });

  const field = (name: Field, label: string, hint?: string) => (
    <FormField id={`keychain-${name}`} label={label} hint={hint} error={problems[name]} errorTestId={`field-error-keychain-${name}`}>
      {(control) => (
        <input
          {...control}
          type="password"
          className="input"
          value={values[name]}
          autoComplete={locked ? 'current-password' : 'new-password'}
          onChange={(event) => {
            const text = event.target.value;
            setValues((previous) => ({ ...previous, [name]: text }));
            if (problems[name]) setProblems((previous) => ({ ...previous, [name]: undefined }));
          }}
        />
      )}
    </FormField>
  );

  return (
    <>
      <ScreenHeading>{t(locked ? 'keychain.unlockHeading' : 'keychain.choiceHeading')}</ScreenHeading>
      <p>{t(locked ? 'keychain.unlockBody' : 'keychain.choiceBody')}</p>
      <form
        className="form section narrow"
        aria-labelledby={locked ? undefined : 'keychain-passphrase-heading'}
        aria-busy={busy || undefined}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        {locked ? null : (
          <>
            <h2 id="keychain-passphrase-heading">{t('keychain.passphraseHeading')}</h2>
            <p>{t('keychain.passphraseBody')}</p>
          </>
        )}
        {field('passphrase', t('keychain.passphrase'), locked ? undefined : t('keychain.passphraseHint', { min: KEYCHAIN_PASSPHRASE_MIN }))}
        {locked ? null : field('confirm', t('keychain.confirm'))}
        <div>
          <button type="submit" className="button button-primary" aria-disabled={busy}>
            {t(locked ? 'keychain.unlock' : 'keychain.setPassphrase')}
          </button>
          {busy ? <span role="status"> {t('keychain.working')}</span> : null}
        </div>
      </form>
      {locked ? null : (
        <section className="section narrow" aria-labelledby="keychain-weak-heading">
          <h2 id="keychain-weak-heading">{t('keychain.weakHeading')}</h2>
          <p>{t('keychain.weakBody')}</p>
          <button type="button" className="button" aria-disabled={busy} onClick={() => void run(() => call('keychainAcceptWeak', {}))}>
            {t('keychain.acceptWeak')}
          </button>
        </section>
      )}
    </>
  );
}
