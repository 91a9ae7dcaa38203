import { useTranslation } from 'react-i18next';
import { TOKEN_KIND_IDS } from '../../../shared/model/types';
import type { Language, TokenKindId } from '../../../shared/model/types';
import { URGENCY_LABEL } from '../../../shared/model/urgency';
import { matchesSearch } from '../lib/search';
import type { Urgency } from '../../../shared/model/urgency';
import { useLanguage } from '../hooks/useSettings';
import { kindTitle } from '../lib/kinds';
import type { TokenListItem } from './TokenTable';

export interface TokenFilter {
  text: string;
  kind: TokenKindId | '';
  state: Urgency | '';
}

export const NO_FILTER: TokenFilter = { text: '', kind: '', state: '' };

const STATES: Urgency[] = ['expired', 'soon', 'ok', 'none'];

/** The tokens the filter lets through, in the order given. */
export function filterTokens(items: TokenListItem[], filter: TokenFilter): TokenListItem[] {
  return items.filter(({ token, organisationName, organisationTaxId, urgency }) => {
    if (filter.kind !== '' && token.kind !== filter.kind) return false;
    if (filter.state !== '' && urgency.state !== filter.state) return false;
    return matchesSearch(filter.text, [organisationName, organisationTaxId, token.label, token.systemName]);
  });
}

function kindOptions(items: TokenListItem[], language: Language): { id: TokenKindId; title: string }[] {
  const present = new Set(items.map((item) => item.token.kind));
  return TOKEN_KIND_IDS.filter((id) => present.has(id)).map((id) => ({ id, title: kindTitle(id, language) }));
}

/** Search by organisation or name, and filters by kind and by state; the count is announced politely. */
export function TokenFilters({
  items,
  filter,
  shown,
  onChange,
}: {
  items: TokenListItem[];
  filter: TokenFilter;
  shown: number;
  onChange(filter: TokenFilter): void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const active = filter.text !== '' || filter.kind !== '' || filter.state !== '';
  return (
    <div className="token-filters">
      <fieldset className="choice-group">
        {/* Named for screen readers; on screen the three labelled fields speak for themselves, and the sticky bar stays low. */}
        <legend className="visually-hidden">{t('orgs.filters.legend')}</legend>
        <div className="field">
          <label htmlFor="filter-text" className="field-label">
            {t('orgs.filters.search')}
          </label>
          <input id="filter-text" type="search" className="input" value={filter.text} onChange={(event) => onChange({ ...filter, text: event.target.value })} />
        </div>
        <div className="field">
          <label htmlFor="filter-kind" className="field-label">
            {t('orgs.filters.kind')}
          </label>
          <select id="filter-kind" className="input" value={filter.kind} onChange={(event) => onChange({ ...filter, kind: event.target.value as TokenKindId | '' })}>
            <option value="">{t('orgs.filters.all')}</option>
            {kindOptions(items, language).map((option) => (
              <option key={option.id} value={option.id}>
                {option.title}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-state" className="field-label">
            {t('orgs.filters.state')}
          </label>
          <select id="filter-state" className="input" value={filter.state} onChange={(event) => onChange({ ...filter, state: event.target.value as Urgency | '' })}>
            <option value="">{t('orgs.filters.all')}</option>
            {STATES.map((state) => (
              <option key={state} value={state}>
                {URGENCY_LABEL[state][language]}
              </option>
            ))}
          </select>
        </div>
        {active ? (
          <button type="button" className="button button-quiet" onClick={() => onChange(NO_FILTER)}>
            {t('orgs.filters.reset')}
          </button>
        ) : null}
      </fieldset>
      <p role="status" className="muted" data-testid="filter-count">
        {active ? (shown === 0 ? t('orgs.filters.none') : t('orgs.filters.count', { shown, total: items.length })) : ''}
      </p>
    </div>
  );
}
