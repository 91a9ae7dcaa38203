import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { TOKEN_KIND_IDS } from '../../../shared/model/types';
import type { Language, TokenKindId } from '../../../shared/model/types';
import { URGENCY_LABEL } from '../../../shared/model/urgency';
import { searchKey } from '../lib/search';
import type { Urgency } from '../../../shared/model/urgency';
import { useLanguage } from '../hooks/useSettings';
import { kindTitle } from '../lib/kind-basics';
import type { TokenListItem } from './TokenTable';

/** A token's state, or what the summary's counters pick: СМДО keys due for rotation, certificates ending. */
export type StateFilter = Urgency | 'smdo-key' | 'certificate';

export interface TokenFilter {
  text: string;
  kind: TokenKindId | '';
  state: StateFilter | '';
}

export const NO_FILTER: TokenFilter = { text: '', kind: '', state: '' };

const STATES: Urgency[] = ['expired', 'soon', 'ok', 'none'];
const ATTENTION_STATES = ['smdo-key', 'certificate'] as const;

function matchesState(item: TokenListItem, state: StateFilter): boolean {
  if (state === 'certificate') return item.certificate;
  if (state === 'smdo-key') return item.urgency.subject === 'key-rotation' && item.urgency.state === 'soon';
  return item.urgency.state === state;
}

/** What the search looks through, prepared once per token (not on every keystroke): its organisation, УНП/ИНН, name and system name. */
export function searchTextOf(values: readonly string[]): string {
  // NUL never comes from a keyboard, so a query cannot match across two values.
  return values.map(searchKey).join('\u0000');
}

/** The tokens the filter lets through, in the order given. */
export function filterTokens(items: TokenListItem[], filter: TokenFilter): TokenListItem[] {
  const needle = searchKey(filter.text);
  if (needle === '' && filter.kind === '' && filter.state === '') return items;
  return items.filter((item) => {
    if (filter.kind !== '' && item.token.kind !== filter.kind) return false;
    if (filter.state !== '' && !matchesState(item, filter.state)) return false;
    return needle === '' || item.searchText.includes(needle);
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
  searchRef,
  barRef,
}: {
  items: TokenListItem[];
  filter: TokenFilter;
  shown: number;
  onChange(filter: TokenFilter): void;
  /** Ctrl+F lands here: with a virtualised list, find-in-page would not see the rows off screen. */
  searchRef?: Ref<HTMLInputElement>;
  /** The sticky bar itself, measured so the table's column header sticks right under it. */
  barRef?: Ref<HTMLDivElement>;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const active = filter.text !== '' || filter.kind !== '' || filter.state !== '';
  return (
    <div className="token-filters" ref={barRef}>
      <fieldset className="choice-group">
        {/* Named for screen readers; on screen the three labelled fields speak for themselves, and the sticky bar stays low. */}
        <legend className="visually-hidden">{t('orgs.filters.legend')}</legend>
        <div className="field">
          <label htmlFor="filter-text" className="field-label">
            {t('orgs.filters.search')}
          </label>
          <input id="filter-text" ref={searchRef} type="search" className="input" value={filter.text} onChange={(event) => onChange({ ...filter, text: event.target.value })} />
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
          <select id="filter-state" className="input" value={filter.state} onChange={(event) => onChange({ ...filter, state: event.target.value as StateFilter | '' })}>
            <option value="">{t('orgs.filters.all')}</option>
            {STATES.map((state) => (
              <option key={state} value={state}>
                {URGENCY_LABEL[state][language]}
              </option>
            ))}
            {ATTENTION_STATES.map((state) => (
              <option key={state} value={state}>
                {t(`dashboardView.states.${state}`)}
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
