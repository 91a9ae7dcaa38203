import { useTranslation } from 'react-i18next';
import type { RenewalRoute } from '../../../shared/kinds/renewal-route';
import { routeLine } from '../../../shared/kinds/renewal-route';
import { useLanguage } from '../hooks/useSettings';
import { local } from '../lib/text';

interface RenewalRouteBoxProps {
  route: RenewalRoute;
  /** The renewed record's system name, named in the route where the kind has one. */
  systemName: string;
  onOpenPortal(url: string): void;
}

/**
 * «Как попасть на портал» at the start of a renewal: the steps that lead to the token
 * were done when it was first obtained, so the way back is repeated in a few lines,
 * with the portal's button. The full steps stay one click away in the list of steps.
 */
export function RenewalRouteBox({ route, systemName, onOpenPortal }: RenewalRouteBoxProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <section className="callout callout-info renewal-route" aria-labelledby="renewal-route-heading" data-testid="renewal-route">
      <h3 id="renewal-route-heading" className="callout-title">
        {t('traps.renewalRoute.title')}
      </h3>
      <ol className="instructions">
        {route.steps.map((line, index) => (
          <li key={index}>{routeLine(local(line, language), systemName, t('traps.renewalRoute.yourSystem'))}</li>
        ))}
      </ol>
      <p className="muted">{t('traps.renewalRoute.stepsNote')}</p>
      <div className="portal-line">
        <button type="button" className="button button-secondary" onClick={() => onOpenPortal(route.portal.url)}>
          {local(route.portal.label, language)}
          <span aria-hidden="true"> ↗</span>
        </button>
      </div>
    </section>
  );
}
