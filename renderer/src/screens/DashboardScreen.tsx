import { useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { VaultSnapshot } from '../../../shared/model/types';
import { compareTokenUrgency, tokenUrgency } from '../../../shared/kinds/token-urgency';
import { compareNames } from '../../../shared/model/compare-names';
import { DraftList } from '../components/DraftList';
import { EmptyState } from '../components/EmptyState';
import { ErrorAlert } from '../components/ErrorAlert';
import { NoticeBanner } from '../components/NoticeBanner';
import { OrganisationsSection } from '../components/OrganisationsSection';
import { ScreenHeading } from '../components/ScreenHeading';
import { TokenFilters, NO_FILTER, filterTokens } from '../components/TokenFilters';
import type { TokenFilter } from '../components/TokenFilters';
import { TokenTable } from '../components/TokenTable';
import { useNow } from '../hooks/useNow';
import { useSettings } from '../hooks/useSettings';
import { allTokens, useAppStore } from '../state/app-store';

/** All tokens of all organisations, most urgent first, with what to do next. */
export function DashboardScreen({ snapshot }: { snapshot: VaultSnapshot }) {
  const { t } = useTranslation();
  const now = useNow();
  const navigate = useAppStore((state) => state.navigate);
  const settings = useSettings();
  const soonDays = settings.soonThresholdDays;
  const items = useMemo(
    () =>
      allTokens(snapshot)
        .map((item) => ({ ...item, urgency: tokenUrgency(item.token, now, soonDays) }))
        .sort((a, b) => compareTokenUrgency(a.urgency, b.urgency) || compareNames(a.token.label, b.token.label)),
    [snapshot, now, soonDays],
  );
  const [filter, setFilter] = useState<TokenFilter>(NO_FILTER);
  // The fields answer at once; the list of hundreds of rows follows when the browser has a moment.
  const deferredFilter = useDeferredValue(filter);
  const shown = useMemo(() => filterTokens(items, deferredFilter), [items, deferredFilter]);

  return (
    <>
      <div className="screen-head">
        <ScreenHeading>{t('dashboard.title')}</ScreenHeading>
        <button type="button" className="button button-primary button-large" onClick={() => navigate({ name: 'new-token' })}>
          {t('dashboard.getToken')}
        </button>
      </div>
      <ErrorAlert />
      {snapshot.notices.map((notice) => (
        <NoticeBanner key={notice.id} notice={notice} />
      ))}
      <DraftList snapshot={snapshot} />
      <section className="section" aria-labelledby="tokens-heading">
        <h2 id="tokens-heading">{t('dashboard.tokensHeading')}</h2>
        {items.length > 0 ? <TokenFilters items={items} filter={filter} shown={shown.length} onChange={setFilter} /> : null}
        {items.length === 0 ? <EmptyState /> : shown.length > 0 ? <TokenTable items={shown} labelledBy="tokens-heading" /> : null}
      </section>
      <OrganisationsSection organisations={snapshot.organisations} />
    </>
  );
}
