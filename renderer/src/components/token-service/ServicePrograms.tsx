import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TokenServiceView } from '../../../../shared/ipc/features/token-service-contract';
import { call } from '../../api';
import { useLanguage } from '../../hooks/useSettings';
import { formatLocal } from '../../lib/format';
import { useAppStore } from '../../state/app-store';
import { ConfirmDialog } from '../ConfirmDialog';
import type { ServiceRecord } from './service-records';

/** The programs given a key: what each may read, when it last asked, and «Отозвать». */
export function ServicePrograms({ view, records, onChange }: { view: TokenServiceView; records: ServiceRecord[]; onChange(view: TokenServiceView): void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const setError = useAppStore((state) => state.setError);
  const showStatus = useAppStore((state) => state.showStatus);
  const titles = new Map(records.map((record) => [record.id, record.title]));
  // A revoked key cannot come back and the program stops at once: ask before, as for deleting a record.
  const [revoking, setRevoking] = useState<{ programId: string; name: string } | null>(null);

  const revoke = async ({ programId, name }: { programId: string; name: string }) => {
    setRevoking(null);
    const result = await call('tokenServiceRevokeProgram', { programId });
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    onChange(result.value);
    showStatus(t('tokenService.revoked', { name }));
  };

  return (
    <>
      <h3 id="token-service-programs">{t('tokenService.programsHeading')}</h3>
      {view.programs.length === 0 ? (
        <p className="muted">{t('tokenService.noPrograms')}</p>
      ) : (
        <div className="table-frame">
          <table className="history-table" aria-labelledby="token-service-programs">
            <thead>
              <tr>
                <th scope="col">{t('tokenService.programName')}</th>
                <th scope="col">{t('tokenService.programTokens')}</th>
                <th scope="col">{t('tokenService.lastAccess')}</th>
                <th scope="col">{t('tokenService.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {view.programs.map((program) => (
                <tr key={program.id} data-testid="service-program">
                  <th scope="row">{program.name}</th>
                  <td>
                    <ul className="plain-list">
                      {program.tokenIds.map((id) => (
                        <li key={id}>{titles.get(id) ?? id}</li>
                      ))}
                    </ul>
                  </td>
                  <td>{program.lastAccessAt ? formatLocal(program.lastAccessAt, language) : t('tokenService.never')}</td>
                  <td>
                    <button
                      type="button"
                      className="button button-quiet-danger button-small"
                      aria-label={t('tokenService.revokeNamed', { name: program.name })}
                      onClick={() => setRevoking({ programId: program.id, name: program.name })}
                    >
                      {t('tokenService.revoke')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {revoking && (
        <ConfirmDialog
          title={t('tokenService.revokeConfirmTitle', { name: revoking.name })}
          confirmLabel={t('tokenService.revoke')}
          onConfirm={() => void revoke(revoking)}
          onCancel={() => setRevoking(null)}
        >
          <p>{t('tokenService.revokeConfirmBody')}</p>
        </ConfirmDialog>
      )}
    </>
  );
}
