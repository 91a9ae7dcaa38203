import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrganisationView } from '../../../shared/model/types';
import { matchesSearch } from '../lib/search';
import { OrganisationItem } from './OrganisationItem';
import { ORGANISATION_SEARCH_FROM, OrganisationSearch } from './OrganisationSearch';
import { compareNames } from '../../../shared/model/compare-names';

/** The client organisations: change one (name and УНП/ИНН), delete, get a token for one. */
export function OrganisationsSection({ organisations }: { organisations: OrganisationView[] }) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const sorted = [...organisations].sort((a, b) => compareNames(a.name, b.name));
  const searchable = sorted.length >= ORGANISATION_SEARCH_FROM;
  const shown = searchable ? sorted.filter((organisation) => matchesSearch(query, [organisation.name, organisation.taxId])) : sorted;
  return (
    <section className="section" aria-labelledby="organisations-heading">
      {/* «Добавить организацию» is in the dashboard's head, in reach from either tab. */}
      <h2 id="organisations-heading">{t('organisations.heading')}</h2>
      {searchable ? (
        <OrganisationSearch
          id="organisations-search"
          controls="organisations-list"
          value={query}
          onChange={setQuery}
          nothingFound={shown.length === 0}
          nothingFoundText={t('organisations.noneFound')}
        />
      ) : null}
      {sorted.length === 0 ? (
        <p className="muted">{t('organisations.none')}</p>
      ) : (
        <ul id="organisations-list" className="organisation-list">
          {shown.map((organisation) => (
            <OrganisationItem key={organisation.id} organisation={organisation} />
          ))}
        </ul>
      )}
    </section>
  );
}
