import { memo } from 'react';
import type { TFunction } from 'i18next';
import type { Language } from '../../../shared/model/types';
import { describeTokenUrgency, urgencyLabel } from '../../../shared/kinds/token-urgency';
import { kindShortName } from '../../../shared/reminders/texts';
import { copyTokenWithStatus } from '../lib/copy-token';
import { formatDeadline } from '../lib/format';
import { kindTitle } from '../lib/kind-basics';
import type { AppState } from '../state/app-store';
import type { TokenListItem } from './TokenTable';
import { UrgencyBadgeIn } from './UrgencyBadge';
import { CertificateRowNote } from './crpt/CertificateRowNote';

export interface VirtualRowProps {
  /** Its place in the list (0-based), for the keyboard. */
  index: number;
  /** aria-rowindex: its place in the whole table, the header row being 1. */
  rowIndex: number;
  /** Pixels from the top of the table's body. */
  top: number;
  /** The one row in the Tab order. */
  tabbable: boolean;
  measure(element: Element | null): void;
  /** What every row needs from the app, given once by the table: hundreds of rows asking the stores each would cost every render. */
  tools: RowTools;
}

export interface RowTools {
  t: TFunction;
  language: Language;
  /** The words every row shows the same, translated once per table rather than once per row. */
  words: { copy: string; details: string; needsToken: string };
  navigate: AppState['navigate'];
  toggleGroup(organisationId: string): void;
}

/**
 * One token on the dashboard. The whole row opens the details with the mouse, Enter with the keyboard;
 * screen-reader users also have «Подробнее». Each button says whose token it acts on, so a list of
 * hundreds is not hundreds of identical «Скопировать».
 *
 * Memoised: a keystroke in the search re-renders the dashboard, but a row whose token (the same
 * object until the vault changes), urgency (judged once per minute) and place are the same is left alone.
 */
export const TokenRow = memo(function TokenRow({ item, index, rowIndex, top, tabbable, measure, tools }: { item: TokenListItem } & VirtualRowProps) {
  const { t, language, navigate, words } = tools;
  const { token, organisationName, urgency } = item;
  const name = token.label || token.systemName || kindTitle(token.kind, language);
  // The system name when it tells something the name and the kind do not («TPSClient · TPSClient» would not).
  const secondary = token.label && token.systemName && token.systemName !== token.label && token.systemName !== kindShortName(token.kind, language) ? token.systemName : '';
  const whose = { name, organisation: organisationName };

  const open = (event: React.MouseEvent) => {
    const target = event.target as Element | null;
    if (target?.closest('button, a, input, select, textarea')) return;
    if (window.getSelection()?.toString()) return; // the user is selecting text, not clicking
    navigate({ name: 'details', tokenId: token.id });
  };

  return (
    // The row is focusable for the arrow keys; its buttons do the same as Enter and a click for everyone else.
    // eslint-disable-next-line jsx-a11y/click-events-have-key-events -- Enter on the row is handled by the table (TokenTable)
    <div
      role="row"
      ref={measure}
      tabIndex={tabbable ? 0 : -1}
      aria-rowindex={rowIndex}
      data-index={index}
      data-key={token.id}
      data-testid="token-row"
      data-token-id={token.id}
      className={`token-grid token-row token-row-${urgency.state}`}
      style={{ transform: `translateY(${top}px)` }}
      onClick={open}
    >
      <div role="rowheader" className="token-cell token-cell-kind token-name-cell">
        <span className="token-name">{name}</span>
        {/* The short kind name keeps a row of a long list to two lines; the full one is on hover and in the details. */}
        <span className="token-kind" title={kindTitle(token.kind, language)}>
          {kindShortName(token.kind, language)}
          {secondary ? <span className="token-system"> · {secondary}</span> : null}
        </span>
      </div>
      <div role="cell" className="token-cell token-cell-organisation">
        {organisationName}
      </div>
      <div role="cell" className="token-cell token-cell-expiry">
        {urgency.deadline ? <span className="expiry-date">{formatDeadline(token.kind, urgency.deadline, language, urgency.subject === 'key-rotation')}</span> : null}
        <span className="time-left">{describeTokenUrgency(urgency, language)}</span>
        <CertificateRowNote token={token} t={t} language={language} />
      </div>
      <div role="cell" className="token-cell token-cell-state">
        <UrgencyBadgeIn state={urgency.state} label={urgencyLabel(urgency, language)} language={language} />
      </div>
      <div role="cell" className="token-cell token-cell-actions row-actions">
        {token.needsToken ? (
          // Imported from a table: nothing to copy until the token is obtained (the details page offers it).
          <span className="badge badge-none badge-needs-token">{words.needsToken}</span>
        ) : (
          <button type="button" className="button button-secondary" aria-label={t('dashboardView.row.copy', whose)} onClick={() => void copyTokenWithStatus(token)}>
            {words.copy}
          </button>
        )}
        <button type="button" className="button button-quiet" aria-label={t('dashboardView.row.details', whose)} onClick={() => navigate({ name: 'details', tokenId: token.id })}>
          {words.details}
        </button>
      </div>
    </div>
  );
});
