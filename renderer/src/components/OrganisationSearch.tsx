import { useTranslation } from 'react-i18next';

/** From this many organisations (an outsourcing accountant's list) a list of them gets a search box. */
export const ORGANISATION_SEARCH_FROM = 8;

interface OrganisationSearchProps {
  id: string;
  /** The id of the list it narrows. */
  controls: string;
  value: string;
  onChange(value: string): void;
  nothingFound: boolean;
  /** What to say when nothing matches; the default points to «Новая организация». */
  nothingFoundText?: string;
}

/** «Найти организацию»: by name or УНП/ИНН; says so when nothing matches. */
export function OrganisationSearch({ id, controls, value, onChange, nothingFound, nothingFoundText }: OrganisationSearchProps) {
  const { t } = useTranslation();
  return (
    <div className="field organisation-search">
      <label htmlFor={id} className="field-label">
        {t('newToken.findOrganisation')}
      </label>
      <input id={id} className="input" type="search" autoComplete="off" aria-controls={controls} value={value} onChange={(event) => onChange(event.target.value)} />
      {nothingFound ? (
        <p className="muted" role="status">
          {nothingFoundText ?? t('newToken.noOrganisationFound')}
        </p>
      ) : null}
    </div>
  );
}
