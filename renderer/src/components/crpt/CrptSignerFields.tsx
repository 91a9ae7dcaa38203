import { useTranslation } from 'react-i18next';
import { call } from '../../api';
import { FormField } from '../FormField';
import { CertificatePicker } from './CertificatePicker';

export type CrptSignerKind = 'openssl' | 'cryptcp' | 'csptest';

export interface CrptSignerValues {
  kind: CrptSignerKind;
  certPath: string;
  keyPath: string;
  thumbprint: string;
}

export type CrptSignerErrors = Partial<Record<'certPath' | 'keyPath' | 'thumbprint', string>>;

const KINDS: { id: CrptSignerKind; label: 'crpt.signerOpenssl' | 'crpt.signerCryptcp' | 'crpt.signerCsptest' }[] = [
  { id: 'openssl', label: 'crpt.signerOpenssl' },
  { id: 'cryptcp', label: 'crpt.signerCryptcp' },
  { id: 'csptest', label: 'crpt.signerCsptest' },
];

type FileField = 'certPath' | 'keyPath';

/**
 * The signer choice: OpenSSL files or a CryptoPro certificate, picked from the store's list
 * («Выбрать сертификат») or typed as a thumbprint. The files are picked in
 * main's native dialog (the core accepts no path the page merely names); the page only
 * shows what was picked.
 */
export function CrptSignerFields({
  values,
  errors,
  onChange,
  onFieldError,
}: {
  values: CrptSignerValues;
  errors: CrptSignerErrors;
  onChange(values: CrptSignerValues): void;
  /** A refusal of the core for a picked file (missing, too big, not a regular file), shown next to it. */
  onFieldError(field: FileField, message: string | undefined): void;
}) {
  const { t } = useTranslation();
  const set = (patch: Partial<CrptSignerValues>) => onChange({ ...values, ...patch });
  const choose = async (field: FileField) => {
    const result = await call('crptChooseSignerFile', { which: field === 'certPath' ? 'certificate' : 'key' });
    if (!result.ok) return onFieldError(field, result.error.message);
    if (result.value.path === null) return;
    onFieldError(field, undefined);
    set({ [field]: result.value.path });
  };
  const fileField = (field: FileField, id: string, label: string, hint: string, button: string) => (
    <FormField id={id} label={label} hint={hint} error={errors[field]} errorTestId={`field-error-${field}`}>
      {(control) => (
        <div className="input-with-button">
          <input {...control} className="input input-mono" type="text" readOnly placeholder={t('crpt.notChosen')} value={values[field]} />
          <button type="button" className="button button-secondary" onClick={() => void choose(field)}>
            {button}
          </button>
        </div>
      )}
    </FormField>
  );
  return (
    <fieldset className="choice-group">
      <legend className="group-legend">{t('crpt.signerLegend')}</legend>
      <ul className="radio-list">
        {KINDS.map((kind) => (
          <li key={kind.id}>
            <input id={`crpt-signer-${kind.id}`} type="radio" name="crpt-signer" value={kind.id} checked={values.kind === kind.id} onChange={() => set({ kind: kind.id })} />
            <label htmlFor={`crpt-signer-${kind.id}`}>{t(kind.label)}</label>
          </li>
        ))}
      </ul>
      {values.kind === 'openssl' ? (
        <>
          {fileField('certPath', 'crpt-cert-path', t('crpt.certPath'), t('crpt.certPathHint'), t('crpt.chooseCertificate'))}
          {fileField('keyPath', 'crpt-key-path', t('crpt.keyPath'), t('crpt.keyPathHint'), t('crpt.chooseKey'))}
        </>
      ) : (
        <>
          <CertificatePicker signer={values.kind} thumbprint={values.thumbprint} onPick={(thumbprint) => set({ thumbprint })} />
          <FormField id="crpt-thumbprint" label={t('crpt.thumbprint')} hint={t('crpt.thumbprintHint')} error={errors.thumbprint} errorTestId="field-error-thumbprint">
            {(control) => (
              <input
                {...control}
                className="input input-mono"
                type="text"
                spellCheck={false}
                value={values.thumbprint}
                onChange={(event) => set({ thumbprint: event.target.value })}
              />
            )}
          </FormField>
        </>
      )}
    </fieldset>
  );
}
