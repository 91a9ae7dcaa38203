import { memo, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { TokenView } from '../../../shared/model/types';
import { describeTokenUrgency, urgencyLabel } from '../../../shared/kinds/token-urgency';
import type { TokenUrgency } from '../../../shared/kinds/token-urgency';
import { kindShortName } from '../../../shared/reminders/texts';
import { useLanguage } from '../hooks/useSettings';
import { copyTokenWithStatus } from '../lib/actions';
import { formatDeadline } from '../lib/format';
import { kindTitle } from '../lib/kinds';
import { useAppStore } from '../state/app-store';
import { UrgencyBadge } from './UrgencyBadge';

/**
 * One token on the dashboard. The whole row opens the details with the mouse;
 * keyboard and screen-reader users have the «Подробнее» button for the same thing.
 *
 * Memoised: a keystroke in the search re-renders the dashboard, but a row whose token
 * (the same object until the vault changes), organisation name and urgency (judged once
 * per minute by the dashboard) are the same
 * is left alone. With 300 tokens re-rendering every row cost ~90 ms per keystroke,
 * most of it formatting dates (test/bench/dashboard.bench.ts).
 */
export const TokenRow = memo(function TokenRow({ token, organisationName, urgency }: { token: TokenView; organisationName: string; urgency: TokenUrgency }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const navigate = useAppStore((state) => state.navigate);
  const rowRef = useRef<HTMLTableRowElement>(null);
  const name = token.label || token.systemName || kindTitle(token.kind, language);
  // The system name when it tells something the name and the kind do not («TPSClient · TPSClient» would not).
  const secondary =
    token.label && token.systemName && token.systemName !== token.label && token.systemName !== kindShortName(token.kind, language) ? token.systemName : '';

  useEffect(() => {
    const row = rowRef.current;
    if (!row) return undefined;
    const open = (event: MouseEvent) => {
      const target = event.target as Element | null;
      if (target?.closest('button, a, input, select, textarea')) return;
      if (window.getSelection()?.toString()) return; // the user is selecting text, not clicking
      navigate({ name: 'details', tokenId: token.id });
    };
    row.addEventListener('click', open);
    return () => row.removeEventListener('click', open);
  }, [navigate, token.id]);

  return (
    <tr ref={rowRef} className={`token-row token-row-${urgency.state}`} data-testid="token-row" data-token-id={token.id}>
      <th scope="row" className="token-name-cell">
        <span className="token-name">{name}</span>
        {/* The short kind name keeps a row of a long list to two lines; the full one is on hover and in the details. */}
        <span className="token-kind" title={kindTitle(token.kind, language)}>
          {kindShortName(token.kind, language)}
          {secondary ? <span className="token-system"> · {secondary}</span> : null}
        </span>
      </th>
      <td>{organisationName}</td>
      <td>
        {urgency.deadline ? (
          <span className="expiry-date">{formatDeadline(token.kind, urgency.deadline, language, urgency.subject === 'key-rotation')}</span>
        ) : null}
        <span className="time-left">{describeTokenUrgency(urgency, language)}</span>
      </td>
      <td>
        <UrgencyBadge state={urgency.state} label={urgencyLabel(urgency, language)} />
      </td>
      <td className="row-actions">
        <div className="row-actions-inner">
          <button type="button" className="button button-secondary" onClick={() => void copyTokenWithStatus(token)}>
            {t('common.copy')}
          </button>
          <button type="button" className="button button-quiet" onClick={() => navigate({ name: 'details', tokenId: token.id })}>
            {t('common.details')}
          </button>
        </div>
      </td>
    </tr>
  );
});
