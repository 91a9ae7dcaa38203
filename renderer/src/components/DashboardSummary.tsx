import { useTranslation } from 'react-i18next';
import type { AttentionCounts } from '../../../shared/reminders/tray-model';
import type { StateFilter } from './TokenFilters';

const COUNTERS: { state: StateFilter; count: keyof AttentionCounts; text: 'expired' | 'soon' | 'certificates' | 'smdoKeys'; always: boolean }[] = [
  { state: 'expired', count: 'expired', text: 'expired', always: true },
  { state: 'soon', count: 'soon', text: 'soon', always: true },
  { state: 'certificate', count: 'certificates', text: 'certificates', always: false },
  { state: 'smdo-key', count: 'smdoKeys', text: 'smdoKeys', always: false },
];

/**
 * What needs attention, counted as the tray counts it (one shared function), each number a button
 * that shows just those tokens; pressed again, it shows all of them.
 */
export function DashboardSummary({ counts, state, onPick }: { counts: AttentionCounts; state: StateFilter | ''; onPick(state: StateFilter | ''): void }) {
  const { t } = useTranslation();
  return (
    <section className="dashboard-summary" aria-label={t('dashboardView.summary.label')} data-testid="dashboard-summary">
      <p className="summary-total">{counts.tokens > 0 ? t('dashboardView.summary.attention', { count: counts.tokens }) : t('dashboardView.summary.allClear')}</p>
      <ul className="summary-counters">
        {COUNTERS.filter((counter) => counter.always || counts[counter.count] > 0).map((counter) => {
          const pressed = state === counter.state;
          return (
            <li key={counter.state}>
              <button
                type="button"
                className={`summary-counter summary-counter-${counter.state}`}
                aria-pressed={pressed}
                title={t('dashboardView.summary.show')}
                onClick={() => onPick(pressed ? '' : counter.state)}
              >
                <span className="summary-word">{t(`dashboardView.summary.${counter.text}`)}</span> <span className="summary-number">{counts[counter.count]}</span>
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
