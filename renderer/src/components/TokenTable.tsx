import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { defaultRangeExtractor, useWindowVirtualizer } from '@tanstack/react-virtual';
import type { Range } from '@tanstack/react-virtual';
import type { TokenUrgency } from '../../../shared/kinds/token-urgency';
import type { TokenView } from '../../../shared/model/types';
import type { DashboardEntry } from '../lib/dashboard-entries';
import { CARD_LIST, useMediaQuery } from '../hooks/useMediaQuery';
import { useAppStore } from '../state/app-store';
import { useDashboardView } from '../state/dashboard-view';
import type { SortKey } from '../state/dashboard-view';
import { useLanguage } from '../hooks/useSettings';
import { GroupRow } from './GroupRow';
import { TokenRow } from './TokenRow';
import type { RowTools } from './TokenRow';

export interface TokenListItem {
  token: TokenView;
  organisationName: string;
  /** УНП/ИНН, so the search finds a client by it; '' when not entered. */
  organisationTaxId: string;
  /** Judged once per render of the list, for its order, the state filter and the row. */
  urgency: TokenUrgency;
  /** The search keys of its organisation, УНП/ИНН, name and system name, prepared once (TokenFilters). */
  searchText: string;
  /** Its signing certificate has ended or ends soon (the summary's «Сертификаты»). */
  certificate: boolean;
}

/**
 * Rows drawn beyond the screen on each side, so a quick scroll or an arrow key finds them ready. Every row
 * drawn is work on each search keystroke and filter: four cover a flick of the wheel without doubling it.
 */
const OVERSCAN = 4;
/**
 * A row's usual height before it is measured: most rows at desktop widths carry a date and the time left
 * (two lines in their expiry cell). Close guesses mean the first render draws about the rows that fit.
 */
const ROW_HEIGHT = { comfortable: 90, compact: 55 } as const;
/** A narrow window shows each token as a card (same rows and cells for screen readers), with space between. */
const CARD = { height: 150, gap: 8 } as const;
const HEADER_ROWS = 1;

const COLUMNS: { key: Exclude<SortKey, 'urgency'>; text: 'token' | 'organisation' | 'expires' | 'state' }[] = [
  { key: 'kind', text: 'token' },
  { key: 'organisation', text: 'organisation' },
  { key: 'expiry', text: 'expires' },
  { key: 'state', text: 'state' },
];

/**
 * The tokens (or groups of them), only the rows near the screen in the page: thousands of
 * tokens cost as much as the forty that fit on it. The table keeps its semantics for screen
 * readers through ARIA (aria-rowcount, aria-rowindex on every row), and the keyboard moves
 * row by row: one row is in the Tab order, the arrows move it, and that row stays in the page
 * while it has the focus, however far the list is scrolled.
 */
export function TokenTable({ entries, labelledBy }: { entries: DashboardEntry[]; labelledBy: string }) {
  const { t } = useTranslation();
  const navigate = useAppStore((state) => state.navigate);
  const density = useDashboardView((state) => state.density);
  const sort = useDashboardView((state) => state.sort);
  const sortBy = useDashboardView((state) => state.sortBy);
  const toggleGroup = useDashboardView((state) => state.toggleGroup);
  const language = useLanguage();
  const tools = useMemo<RowTools>(
    () => ({ t, language, navigate, toggleGroup, words: { copy: t('common.copy'), details: t('common.details'), needsToken: t('fleet.needsToken.badge') } }),
    [t, language, navigate, toggleGroup],
  );
  const bodyRef = useRef<HTMLDivElement>(null);
  const [scrollMargin, setScrollMargin] = useState(0);
  // The row in the Tab order, by key: it stays with its token when the list is filtered or re-sorted.
  const [activeKey, setActiveKey] = useState<string | null>(null);
  const found = activeKey === null ? -1 : entries.findIndex((entry) => entry.key === activeKey);
  const activeIndex = found === -1 ? 0 : found;
  const pendingFocus = useRef<string | null>(null);
  const cards = useMediaQuery(CARD_LIST);

  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      // The focused row stays mounted when scrolled away, so the focus is never dropped to the page.
      if (activeIndex < range.count && !indexes.includes(activeIndex)) indexes.push(activeIndex);
      return indexes;
    },
    [activeIndex],
  );

  const virtualizer = useWindowVirtualizer({
    count: entries.length,
    estimateSize: () => (cards ? CARD.height : ROW_HEIGHT[density]),
    gap: cards ? CARD.gap : 0,
    overscan: OVERSCAN,
    scrollMargin,
    rangeExtractor,
    getItemKey: (index) => entries[index]?.key ?? index,
    // The window's size from the start, so the first render already draws the rows of the first screen.
    initialRect: { width: window.innerWidth, height: window.innerHeight },
  });

  // Where the list starts in the page moves with the notices, drafts and filters above it: measured after
  // every render, and set only when it moved, so it settles at once. Measured once the frame is drawn, when
  // the page's layout is done and reading it costs nothing: measuring before would lay the page out once
  // more per change. Meanwhile the rows stand where they belong (their places count from the list's own
  // top); only which rows are drawn may be a few off for that frame, which the rows drawn beyond the screen cover.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useEffect(() => {
    const body = bodyRef.current;
    if (!body) return;
    const top = body.getBoundingClientRect().top + window.scrollY;
    if (Math.abs(top - scrollMargin) > 0.5) setScrollMargin(top);
  });

  useEffect(() => {
    const key = pendingFocus.current;
    if (key === null) return;
    const row = bodyRef.current?.querySelector<HTMLElement>(`[data-key="${CSS.escape(key)}"]`);
    if (row) {
      pendingFocus.current = null;
      row.focus();
    }
  });

  const moveTo = useCallback(
    (index: number) => {
      const target = entries[Math.max(0, Math.min(entries.length - 1, index))];
      if (!target) return;
      const targetIndex = entries.indexOf(target);
      setActiveKey(target.key);
      const row = bodyRef.current?.querySelector<HTMLElement>(`[data-key="${CSS.escape(target.key)}"]`);
      if (row) row.focus();
      else {
        pendingFocus.current = target.key;
        virtualizer.scrollToIndex(targetIndex, { align: 'center' });
      }
    },
    [entries, virtualizer],
  );

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const row = (event.target as HTMLElement).closest<HTMLElement>('[data-key]');
    if (!row || event.altKey || event.ctrlKey || event.metaKey) return;
    const index = entries.findIndex((entry) => entry.key === row.dataset.key);
    if (index === -1) return;
    const page = Math.max(1, Math.floor(window.innerHeight / ROW_HEIGHT[density]) - 2);
    const onRow = event.target === row;
    const moves: Record<string, number | undefined> = {
      ArrowDown: index + 1,
      ArrowUp: index - 1,
      PageDown: index + page,
      PageUp: index - page,
      Home: onRow ? 0 : undefined,
      End: onRow ? entries.length - 1 : undefined,
    };
    const next = moves[event.key];
    if (next !== undefined) {
      event.preventDefault();
      moveTo(next);
      return;
    }
    if (onRow && (event.key === 'Enter' || event.key === ' ')) {
      event.preventDefault();
      const entry = entries[index];
      if (entry?.type === 'token') navigate({ name: 'details', tokenId: entry.item.token.id });
      else if (entry?.type === 'group') toggleGroup(entry.organisationId);
    }
  };

  const onFocus = (event: React.FocusEvent<HTMLDivElement>) => {
    const key = (event.target as HTMLElement).closest<HTMLElement>('[data-key]')?.dataset.key;
    if (key !== undefined && key !== activeKey) setActiveKey(key);
  };

  const items = virtualizer.getVirtualItems();
  const headerCells = useMemo(
    () =>
      COLUMNS.map((column) => {
        const sorted = sort.key === column.key;
        return (
          <div key={column.key} role="columnheader" className={`token-cell token-cell-${column.key}`} aria-sort={sorted ? sort.direction : undefined}>
            <button type="button" className="sort-button" onClick={() => sortBy(column.key)}>
              {t(`dashboard.columns.${column.text}`)}
              <span className="sort-mark" aria-hidden="true">
                {sorted ? (sort.direction === 'ascending' ? '▲' : '▼') : '↕'}
              </span>
            </button>
          </div>
        );
      }),
    [sort, sortBy, t],
  );

  return (
    // The table hears the arrow keys of its rows (the rows are focusable; the table delegates for all of them).
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
    <div
      role="table"
      className={`token-table token-table-${density}${cards ? ' token-table-cards' : ''}`}
      aria-labelledby={labelledBy}
      aria-rowcount={entries.length + HEADER_ROWS}
      aria-describedby="token-table-keys"
      data-testid="token-table"
      onKeyDown={onKeyDown}
      onFocus={onFocus}
    >
      <p id="token-table-keys" className="visually-hidden">
        {t('dashboardView.keyboardHint')}
      </p>
      <div role="rowgroup" className="token-table-head">
        <div role="row" aria-rowindex={1} className="token-grid">
          {headerCells}
          <div role="columnheader" className="token-cell token-cell-actions">
            <span className="visually-hidden">{t('dashboard.columns.actions')}</span>
          </div>
        </div>
      </div>
      <div role="rowgroup" ref={bodyRef} className="token-table-body" style={{ height: virtualizer.getTotalSize() }}>
        {items.map((virtual) => {
          const entry = entries[virtual.index];
          if (!entry) return null;
          const shared = {
            index: virtual.index,
            rowIndex: virtual.index + HEADER_ROWS + 1,
            top: virtual.start - scrollMargin,
            tabbable: virtual.index === activeIndex,
            measure: virtualizer.measureElement,
            tools,
          };
          return entry.type === 'group' ? <GroupRow key={entry.key} entry={entry} {...shared} /> : <TokenRow key={entry.key} item={entry.item} {...shared} />;
        })}
      </div>
    </div>
  );
}
