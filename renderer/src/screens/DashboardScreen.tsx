import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { VaultSnapshot } from '../../../shared/model/types';
import { tokenUrgency } from '../../../shared/kinds/token-urgency';
import type { TokenUrgency } from '../../../shared/kinds/token-urgency';
import { compareNames } from '../../../shared/model/compare-names';
import { certificateNeedsAttention, countAttention } from '../../../shared/reminders/tray-model';
import { DashboardSummary } from '../components/DashboardSummary';
import { DashboardTabs, panelId, tabId } from '../components/DashboardTabs';
import { DashboardViewControls } from '../components/DashboardViewControls';
import { DraftList } from '../components/DraftList';
import { EmptyState } from '../components/EmptyState';
import { ErrorAlert } from '../components/ErrorAlert';
import { NoticeBanner } from '../components/NoticeBanner';
import { OrganisationsSection } from '../components/OrganisationsSection';
import { SmdoRotationBanner } from '../components/orgs/SmdoRotationBanner';
import { ScreenHeading } from '../components/ScreenHeading';
import { TokenFilters, NO_FILTER, filterTokens, searchTextOf } from '../components/TokenFilters';
import type { TokenFilter } from '../components/TokenFilters';
import { TokenTable } from '../components/TokenTable';
import { UpdateBanner } from '../components/updates/UpdateBanner';
import type { TokenListItem } from '../components/TokenTable';
import { useNow } from '../hooks/useNow';
import { useLanguage, useSettings } from '../hooks/useSettings';
import { flatEntries, groupedEntries, sortItems } from '../lib/dashboard-entries';
import { allTokens, useAppStore } from '../state/app-store';
import { useDashboardView } from '../state/dashboard-view';

/** compareTokenUrgency's order as a key: expired first, then the nearest deadline, records without one last. */
function urgencySortKey(urgency: TokenUrgency): [number, number] {
  return [urgency.state === 'expired' ? 0 : 1, urgency.deadline === null ? Number.POSITIVE_INFINITY : Date.parse(urgency.deadline)];
}

function compareNumbers(a: number, b: number): number {
  return a === b ? 0 : a < b ? -1 : 1;
}

/** All tokens of all organisations, most urgent first (or as the user sorted and grouped them), with what to do next. */
export function DashboardScreen({ snapshot }: { snapshot: VaultSnapshot }) {
  const { t } = useTranslation();
  const now = useNow();
  const language = useLanguage();
  const navigate = useAppStore((state) => state.navigate);
  const settings = useSettings();
  const soonDays = settings.soonThresholdDays;
  const tab = useDashboardView((state) => state.tab);
  const setTab = useDashboardView((state) => state.setTab);
  const layout = useDashboardView((state) => state.layout);
  const sort = useDashboardView((state) => state.sort);
  const collapsed = useDashboardView((state) => state.collapsed);
  const items = useMemo<TokenListItem[]>(
    () =>
      allTokens(snapshot)
        .map((item) => ({
          ...item,
          urgency: tokenUrgency(item.token, now, soonDays),
          searchText: searchTextOf([item.organisationName, item.organisationTaxId, item.token.label, item.token.systemName]),
          certificate: certificateNeedsAttention(item.token, now, soonDays),
        }))
        // Most urgent first; the urgency's sort key is worked out once per token, not in every comparison (3 000 tokens).
        .map((item) => ({ item, key: urgencySortKey(item.urgency) }))
        .sort((a, b) => a.key[0] - b.key[0] || compareNumbers(a.key[1], b.key[1]) || compareNames(a.item.token.label, b.item.token.label))
        .map(({ item }) => item),
    [snapshot, now, soonDays],
  );
  const counts = useMemo(() => countAttention(items, now, soonDays), [items, now, soonDays]);
  const [filter, setFilter] = useState<TokenFilter>(NO_FILTER);
  // Each keystroke and choice changes the list in the same frame: the list draws only the rows on screen, so
  // that render is short even at 3 000 tokens, while a deferred one (useDeferredValue) is cut into slices that
  // on a slow computer take several frames to land (the bench: 140–270 ms with the CPU slowed 4×, now ≤ 110).
  const shown = useMemo(() => filterTokens(items, filter), [items, filter]);
  const sorted = useMemo(() => sortItems(shown, sort, language), [shown, sort, language]);
  const entries = useMemo(() => (layout === 'grouped' ? groupedEntries(sorted, collapsed) : flatEntries(sorted)), [layout, sorted, collapsed]);

  // The search replaces find-in-page, which cannot see the rows a virtualised list leaves out.
  const searchRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.key.toLowerCase() !== 'f') return;
      event.preventDefault();
      setTab('tokens');
      requestAnimationFrame(() => searchRef.current?.focus());
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [setTab]);

  // The column header sticks right under the sticky filters, whatever height they wrap to.
  const sectionRef = useRef<HTMLElement>(null);
  const barRef = useRef<HTMLDivElement>(null);
  const hasItems = items.length > 0;
  useLayoutEffect(() => {
    const bar = barRef.current;
    const section = sectionRef.current;
    if (!bar || !section) return undefined;
    const observer = new ResizeObserver(() => section.style.setProperty('--filters-height', `${bar.offsetHeight}px`));
    observer.observe(bar);
    return () => observer.disconnect();
  }, [hasItems, tab]);

  return (
    <>
      <div className="screen-head">
        <ScreenHeading>{t('dashboard.title')}</ScreenHeading>
        <div className="screen-head-actions">
          <button type="button" className="button button-secondary" onClick={() => navigate({ name: 'organisation', organisationId: null })}>
            {t('organisations.add')}
          </button>
          <button type="button" className="button button-secondary" onClick={() => navigate({ name: 'import-sheet' })}>
            {t('fleet.sheet.open')}
          </button>
          <button type="button" className="button button-primary button-large" onClick={() => navigate({ name: 'new-token' })}>
            {t('dashboard.getToken')}
          </button>
        </div>
      </div>
      <ErrorAlert />
      <SmdoRotationBanner snapshot={snapshot} />
      {snapshot.notices.map((notice) => (
        <NoticeBanner key={notice.id} notice={notice} />
      ))}
      <UpdateBanner />
      <DraftList snapshot={snapshot} />
      {hasItems ? (
        <DashboardSummary
          counts={counts}
          state={filter.state}
          onPick={(state) => {
            setTab('tokens');
            setFilter({ ...filter, state });
          }}
        />
      ) : null}
      <div className="dashboard-tabs-row">
        <DashboardTabs counts={{ tokens: items.length, organisations: snapshot.organisations.length }} />
        {tab === 'tokens' && hasItems ? <DashboardViewControls /> : null}
      </div>
      {tab === 'tokens' ? (
        <section ref={sectionRef} id={panelId('tokens')} role="tabpanel" className="section dashboard-panel" aria-labelledby={tabId('tokens')}>
          {/* The tab above already says «Токены»; the heading names the table and the section for screen readers. */}
          <h2 id="tokens-heading" className="visually-hidden">
            {t('dashboard.tokensHeading')}
          </h2>
          {hasItems ? <TokenFilters items={items} filter={filter} shown={shown.length} onChange={setFilter} searchRef={searchRef} barRef={barRef} /> : null}
          {!hasItems ? <EmptyState /> : shown.length > 0 ? <TokenTable entries={entries} labelledBy="tokens-heading" /> : null}
        </section>
      ) : (
        <div id={panelId('organisations')} role="tabpanel" className="dashboard-panel" aria-labelledby={tabId('organisations')}>
          <OrganisationsSection organisations={snapshot.organisations} />
        </div>
      )}
    </>
  );
}
