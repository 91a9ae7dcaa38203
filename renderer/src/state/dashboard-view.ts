import { create } from 'zustand';

/** How the dashboard shows the tokens; kept while the app runs, so coming back from a token's details finds the same view. */
export type DashboardLayout = 'flat' | 'grouped';
export type DashboardDensity = 'comfortable' | 'compact';
export type DashboardTab = 'tokens' | 'organisations';
/** urgency: the app's own order (most pressing first); the others are the sortable columns. */
export type SortKey = 'urgency' | 'kind' | 'organisation' | 'expiry' | 'state';
export type SortDirection = 'ascending' | 'descending';

export interface DashboardSort {
  key: SortKey;
  direction: SortDirection;
}

export const URGENCY_SORT: DashboardSort = { key: 'urgency', direction: 'ascending' };

interface DashboardViewState {
  layout: DashboardLayout;
  density: DashboardDensity;
  tab: DashboardTab;
  sort: DashboardSort;
  /** Organisation ids whose group is collapsed in the grouped view. */
  collapsed: Readonly<Record<string, boolean>>;
  setLayout(layout: DashboardLayout): void;
  setDensity(density: DashboardDensity): void;
  setTab(tab: DashboardTab): void;
  /** A column header pressed: that column ascending, or the other way round when it already sorts by it. */
  sortBy(key: Exclude<SortKey, 'urgency'>): void;
  resetSort(): void;
  toggleGroup(organisationId: string): void;
}

export const useDashboardView = create<DashboardViewState>()((set) => ({
  layout: 'flat',
  density: 'comfortable',
  tab: 'tokens',
  sort: URGENCY_SORT,
  collapsed: {},
  setLayout: (layout) => set({ layout }),
  setDensity: (density) => set({ density }),
  setTab: (tab) => set({ tab }),
  sortBy: (key) =>
    set((state) => ({
      sort: { key, direction: state.sort.key === key && state.sort.direction === 'ascending' ? 'descending' : 'ascending' },
    })),
  resetSort: () => set({ sort: URGENCY_SORT }),
  toggleGroup: (organisationId) =>
    set((state) => ({
      collapsed: state.collapsed[organisationId]
        ? Object.fromEntries(Object.entries(state.collapsed).filter(([id]) => id !== organisationId))
        : { ...state.collapsed, [organisationId]: true },
    })),
}));
