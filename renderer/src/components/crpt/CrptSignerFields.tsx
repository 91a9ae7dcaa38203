import { useTranslation } from 'react-i18next';
import { FormField } from '../FormField';

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

/** The signer choice: OpenSSL files (paths typed in, the renderer has no file dialogs) or a CryptoPro thumbprint. */
export function CrptSignerFields({
  values,
  errors,
  onChange,
}: {
  values: CrptSignerValues;
  errors: CrptSignerErrors;
  onChange(values: CrptSignerValues): void;
}) {
  const { t } = useTranslation();
  const set = (patch: Partial<CrptSignerValues>) => onChange({ ...values, ...patch });
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
          <FormField id="crpt-cert-path" label={t('crpt.certPath')} hint={t('crpt.certPathHint')} error={errors.certPath} errorTestId="field-error-certPath">
            {(control) => <input {...control} className="input input-mono" type="text" spellCheck={false} value={values.certPath} onChange={(event) => set({ certPath: event.target.value })} />}
          </FormField>
          <FormField id="crpt-key-path" label={t('crpt.keyPath')} hint={t('crpt.keyPathHint')} error={errors.keyPath} errorTestId="field-error-keyPath">
            {(control) => <input {...control} className="input input-mono" type="text" spellCheck={false} value={values.keyPath} onChange={(event) => set({ keyPath: event.target.value })} />}
          </FormField>
        </>
      ) : (
        <FormField id="crpt-thumbprint" label={t('crpt.thumbprint')} hint={t('crpt.thumbprintHint')} error={errors.thumbprint} errorTestId="field-error-thumbprint">
          {(control) => <input {...control} className="input input-mono" type="text" spellCheck={false} value={values.thumbprint} onChange={(event) => set({ thumbprint: event.target.value })} />}
        </FormField>
      )}
    </fieldset>
  );
}
