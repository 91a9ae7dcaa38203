import { useRef } from 'react';
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DashboardTab } from '../state/dashboard-view';
import { useDashboardView } from '../state/dashboard-view';

const TABS: DashboardTab[] = ['tokens', 'organisations'];

export const tabId = (tab: DashboardTab) => `dashboard-tab-${tab}`;
export const panelId = (tab: DashboardTab) => `dashboard-panel-${tab}`;

/** Tokens and organisations side by side as tabs: the clients are one keystroke away, not below every token. */
export function DashboardTabs({ counts }: { counts: Record<DashboardTab, number> }) {
  const { t } = useTranslation();
  const tab = useDashboardView((state) => state.tab);
  const setTab = useDashboardView((state) => state.setTab);
  const refs = useRef<Partial<Record<DashboardTab, HTMLButtonElement | null>>>({});
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    const index = TABS.indexOf(tab);
    const next = event.key === 'ArrowRight' ? TABS[(index + 1) % TABS.length] : event.key === 'ArrowLeft' ? TABS[(index + TABS.length - 1) % TABS.length] : undefined;
    if (!next) return;
    event.preventDefault();
    setTab(next);
    refs.current[next]?.focus();
  };
  return (
    <div role="tablist" className="dashboard-tabs" aria-label={t('dashboardView.tabs.label')}>
      {TABS.map((name) => (
        <button
          key={name}
          ref={(element) => {
            refs.current[name] = element;
          }}
          type="button"
          role="tab"
          id={tabId(name)}
          aria-selected={tab === name}
          aria-controls={panelId(name)}
          tabIndex={tab === name ? 0 : -1}
          className="dashboard-tab"
          onClick={() => setTab(name)}
          onKeyDown={onKeyDown}
        >
          {t(`dashboardView.tabs.${name}`)} <span className="tab-count">{counts[name]}</span>
        </button>
      ))}
    </div>
  );
}
