import { memo } from 'react';
import { URGENCY_LABEL } from '../../../shared/model/urgency';
import type { DashboardEntry } from '../lib/dashboard-entries';
import type { VirtualRowProps } from './TokenRow';
import { UrgencyBadgeIn } from './UrgencyBadge';

/** An organisation's heading in the grouped view: its name, how many tokens, its worst state; it folds and unfolds its tokens. */
export const GroupRow = memo(function GroupRow({ entry, index, rowIndex, top, tabbable, measure, tools }: { entry: Extract<DashboardEntry, { type: 'group' }> } & VirtualRowProps) {
  const { t, language, toggleGroup } = tools;
  return (
    <div
      role="row"
      ref={measure}
      tabIndex={tabbable ? 0 : -1}
      aria-rowindex={rowIndex}
      data-index={index}
      data-key={entry.key}
      data-testid="group-row"
      data-organisation-id={entry.organisationId}
      className={`token-group-row token-row-${entry.worst}`}
      style={{ transform: `translateY(${top}px)` }}
    >
      <div role="rowheader" aria-colspan={5} className="token-group-cell">
        <button
          type="button"
          className="group-toggle"
          aria-expanded={entry.expanded}
          aria-label={t('dashboardView.group.toggle', { name: entry.organisationName, count: entry.count, state: URGENCY_LABEL[entry.worst][language] })}
          onClick={() => toggleGroup(entry.organisationId)}
        >
          <span className="group-chevron" aria-hidden="true">
            {entry.expanded ? '▾' : '▸'}
          </span>
          <span className="group-name">{entry.organisationName}</span>
          <span className="group-count">{entry.count}</span>
        </button>
        <UrgencyBadgeIn state={entry.worst} language={language} />
      </div>
    </div>
  );
});
