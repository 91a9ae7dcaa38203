import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrganisationView } from '../../../shared/model/types';
import { call } from '../api';
import { useAppStore } from '../state/app-store';
import { ConfirmDialog } from './ConfirmDialog';

/** One organisation with its actions; deleting one with tokens asks first and says how many. */
export function OrganisationItem({ organisation }: { organisation: OrganisationView }) {
  const { t } = useTranslation();
  const navigate = useAppStore((state) => state.navigate);
  const setError = useAppStore((state) => state.setError);
  const showStatus = useAppStore((state) => state.showStatus);
  const [confirming, setConfirming] = useState(false);
  const nameId = `organisation-${organisation.id}`;
  const count = organisation.tokens.length;

  const remove = async () => {
    setConfirming(false);
    const result = await call('deleteOrganisation', { id: organisation.id });
    if (result.ok) showStatus(t('organisations.deleted', { name: organisation.name }));
    else setError(result.error.message);
  };

  return (
    <li className="organisation-item">
      <div className="organisation-text">
        <span id={nameId} className="organisation-name">
          {organisation.name}
        </span>
        <span className="muted">
          {organisation.taxId ? `${t('organisations.taxIdShort')} ${organisation.taxId} · ` : ''}
          {t('organisations.tokenCount', { count })}
        </span>
      </div>
      <div className="organisation-actions">
        <button type="button" className="button button-quiet" aria-describedby={nameId} onClick={() => navigate({ name: 'organisation', organisationId: organisation.id })}>
          {t('organisations.edit')}
        </button>
        <button type="button" className="button button-quiet button-quiet-danger" aria-describedby={nameId} onClick={() => (count > 0 ? setConfirming(true) : void remove())}>
          {t('common.delete')}
        </button>
      </div>
      {confirming ? (
        <ConfirmDialog
          title={t('organisations.confirmTitle', { name: organisation.name })}
          confirmLabel={t('organisations.confirmDelete')}
          onConfirm={() => void remove()}
          onCancel={() => setConfirming(false)}
        >
          <p>{t('organisations.confirmBody', { count })}</p>
          <p>{t('organisations.confirmPortal')}</p>
        </ConfirmDialog>
      ) : null}
    </li>
  );
}
