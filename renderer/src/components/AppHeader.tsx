import { useTranslation } from 'react-i18next';
import { useAppStore } from '../state/app-store';
import { useDashboardView } from '../state/dashboard-view';
import { NARROW_WINDOW, useMediaQuery } from '../hooks/useMediaQuery';
import { ClipboardCountdown } from './clipboard/ClipboardCountdown';
import { StatusRegion } from './StatusRegion';

/**
 * The banner with the app's name, the two sections and the confirmations («Токен скопирован…»):
 * they show where no action is — the foot of the menu column, or the top bar of a narrow window.
 */
export function AppHeader() {
  const { t } = useTranslation();
  const screen = useAppStore((state) => state.screen);
  const navigate = useAppStore((state) => state.navigate);
  const inSettings = screen.name === 'settings';
  const narrow = useMediaQuery(NARROW_WINDOW);
  return (
    <header className="app-header">
      <div className="app-header-inner">
        <p className="app-name">{t('app.name')}</p>
        <nav aria-label={t('nav.label')} className="app-nav">
          <ul>
            <li>
              <button
                type="button"
                className="nav-link"
                aria-current={inSettings ? undefined : 'page'}
                onClick={() => {
                  // «Токены» means the tokens, whichever of the dashboard's tabs was open last.
                  useDashboardView.getState().setTab('tokens');
                  navigate({ name: 'dashboard' });
                }}
              >
                {t('nav.tokens')}
              </button>
            </li>
            <li>
              <button type="button" className="nav-link" aria-current={inSettings ? 'page' : undefined} onClick={() => navigate({ name: 'settings' })}>
                {t('nav.settings')}
              </button>
            </li>
          </ul>
        </nav>
        {narrow ? null : <ClipboardCountdown />}
        <StatusRegion />
      </div>
    </header>
  );
}
