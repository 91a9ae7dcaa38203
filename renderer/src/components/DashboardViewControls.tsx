import { useTranslation } from 'react-i18next';
import { useDashboardView } from '../state/dashboard-view';

/** Flat by urgency or grouped by organisation, and a compact density for long lists. */
export function DashboardViewControls() {
  const { t } = useTranslation();
  const layout = useDashboardView((state) => state.layout);
  const density = useDashboardView((state) => state.density);
  const sort = useDashboardView((state) => state.sort);
  const setLayout = useDashboardView((state) => state.setLayout);
  const setDensity = useDashboardView((state) => state.setDensity);
  const resetSort = useDashboardView((state) => state.resetSort);
  const byUrgency = layout === 'flat' && sort.key === 'urgency' && sort.direction === 'ascending';
  return (
    <div className="view-controls" role="group" aria-label={t('dashboardView.view.legend')}>
      <div className="segmented">
        <button
          type="button"
          className="segment"
          aria-pressed={byUrgency}
          onClick={() => {
            setLayout('flat');
            resetSort();
          }}
        >
          {t('dashboardView.view.flat')}
        </button>
        <button type="button" className="segment" aria-pressed={layout === 'grouped'} onClick={() => setLayout('grouped')}>
          {t('dashboardView.view.grouped')}
        </button>
      </div>
      <label className="checkbox-inline">
        <input type="checkbox" checked={density === 'compact'} onChange={(event) => setDensity(event.target.checked ? 'compact' : 'comfortable')} />
        {t('dashboardView.view.compact')}
      </label>
    </div>
  );
}
