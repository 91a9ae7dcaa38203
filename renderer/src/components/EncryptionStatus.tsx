import { useTranslation } from 'react-i18next';
import type { EncryptionState } from '../../../shared/model/types';

const TONE: Record<EncryptionState, string> = {
  'os-keychain': 'callout-ok',
  'test-key': 'callout-info',
  'basic-text': 'callout-warning',
  unavailable: 'callout-error',
  passphrase: 'callout-ok',
  'passphrase-locked': 'callout-warning',
  'choice-needed': 'callout-warning',
};

/** How the secrets are protected on this machine, in words. */
export function EncryptionStatus({ state }: { state: EncryptionState }) {
  const { t } = useTranslation();
  return (
    <section className="section narrow" aria-labelledby="encryption-heading">
      <h2 id="encryption-heading">{t('encryption.heading')}</h2>
      <div className={`callout ${TONE[state]}`} data-testid="encryption-state" data-state={state}>
        <p>
          <strong>{t(`encryption.${state}.title`)}</strong>
        </p>
        <p>{t(`encryption.${state}.body`)}</p>
      </div>
    </section>
  );
}
