import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { smdo, smdoKeyRotationChecklist, smdoKeyRotationDueAt } from '../../../../shared/kinds/smdo';
import type { WizardStep } from '../../../../shared/kinds/types';
import type { TokenView } from '../../../../shared/model/types';
import { call } from '../../api';
import { useLanguage } from '../../hooks/useSettings';
import { formatLocal } from '../../lib/format';
import { local } from '../../lib/text';
import { useAppStore } from '../../state/app-store';
import { FormField } from '../FormField';
import { GuidedSteps } from './GuidedSteps';
import { SmdoCheckButton } from './SmdoCheckButton';

/** On the details of an СМДО record: when the key was set, «Проверить», and the guarded «Сменить ключ». */
export function SmdoKeySection({ token }: { token: TokenView }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const setError = useAppStore((state) => state.setError);
  const showStatus = useAppStore((state) => state.showStatus);
  const [rotating, setRotating] = useState(false);
  const [key, setKey] = useState('');
  const [problem, setProblem] = useState<string | undefined>();
  const keySpec = smdo.fields.find((field) => field.id === 'key');

  const saveNewKey = async () => {
    const result = await call('smdoSave', {
      organisationId: token.organisationId,
      label: token.label,
      login: token.settings.login ?? '',
      key,
      tokenUrl: token.settings.tokenUrl ?? '',
      replacesTokenId: token.id,
    });
    if (!result.ok) {
      if (result.error.field === 'key') {
        setProblem(result.error.message);
        document.getElementById('smdo-new-key')?.focus();
      } else {
        setError(result.error.message);
      }
      return;
    }
    setKey('');
    setRotating(false);
    const setAt = result.value.smdoKeySetAt ?? new Date().toISOString();
    showStatus(t('orgs.smdo.rotated', { due: formatLocal(smdoKeyRotationDueAt(new Date(setAt)).toISOString(), language) }));
  };

  const extra = (step: WizardStep) =>
    step.fields?.includes('key') ? (
      <div className="form narrow">
        <FormField
          id="smdo-new-key"
          label={keySpec ? local(keySpec.label, language) : 'Ключ'}
          hint={keySpec?.hint ? local(keySpec.hint, language) : undefined}
          error={problem}
          errorTestId="field-error-key"
        >
          {(control) => (
            <input
              {...control}
              type="password"
              className="input"
              autoComplete="off"
              value={key}
              onChange={(event) => {
                setKey(event.target.value);
                setProblem(undefined);
              }}
            />
          )}
        </FormField>
      </div>
    ) : null;

  return (
    <section className="section" aria-labelledby="smdo-key-heading">
      <h2 id="smdo-key-heading">{t('orgs.smdo.rotateTitle')}</h2>
      {token.smdoKeySetAt ? (
        <p>
          {t('orgs.smdo.keySetAt', {
            date: formatLocal(token.smdoKeySetAt, language),
            due: formatLocal(smdoKeyRotationDueAt(new Date(token.smdoKeySetAt)).toISOString(), language),
          })}
        </p>
      ) : null}
      {rotating ? (
        <GuidedSteps
          id="smdo-rotation"
          steps={smdoKeyRotationChecklist}
          extra={extra}
          finishLabel={t('orgs.smdo.rotateSave')}
          onFinish={saveNewKey}
          onCancel={() => setRotating(false)}
        />
      ) : (
        <div className="action-bar">
          <SmdoCheckButton tokenId={token.id} />
          <button type="button" className="button button-secondary" onClick={() => setRotating(true)}>
            {t('orgs.smdo.rotate')}
          </button>
        </div>
      )}
    </section>
  );
}
