import { useTranslation } from 'react-i18next';
import type { OrganisationView } from '../../../shared/model/types';
import { useAppStore } from '../state/app-store';
import { OrganisationItem } from './OrganisationItem';

/** The client organisations: add, rename, delete. */
export function OrganisationsSection({ organisations }: { organisations: OrganisationView[] }) {
  const { t } = useTranslation();
  const navigate = useAppStore((state) => state.navigate);
  const sorted = [...organisations].sort((a, b) => a.name.localeCompare(b.name, 'ru'));
  return (
    <section className="section" aria-labelledby="organisations-heading">
      <div className="section-head">
        <h2 id="organisations-heading">{t('organisations.heading')}</h2>
        <button type="button" className="button button-secondary" onClick={() => navigate({ name: 'organisation', organisationId: null })}>
          {t('organisations.add')}
        </button>
      </div>
      {sorted.length === 0 ? (
        <p className="muted">{t('organisations.none')}</p>
      ) : (
        <ul className="organisation-list">
          {sorted.map((organisation) => (
            <OrganisationItem key={organisation.id} organisation={organisation} />
          ))}
        </ul>
      )}
    </section>
  );
}
