import { Suspense, lazy, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { VaultSnapshot } from '../../shared/model/types';
import { hasAssistant, onClipboardChanged, onOpenToken } from './api';
import { ClipboardCountdown } from './components/clipboard/ClipboardCountdown';
import { NARROW_WINDOW, useMediaQuery } from './hooks/useMediaQuery';
import { useClipboardStore } from './state/clipboard-store';
import { isManualKind } from './lib/kind-basics';
import { findToken } from './state/app-store';
import { AppHeader } from './components/AppHeader';
import { KeychainGate, needsKeychainChoice } from './components/KeychainGate';
import { ScreenHeading } from './components/ScreenHeading';
import { applyLanguage, loadScreenTexts } from './i18n';
import { DashboardScreen } from './screens/DashboardScreen';
import type { Screen } from './state/app-store';
import { useAppStore } from './state/app-store';
import { loadSnapshot } from './state/vault-sync';

// Only the dashboard is in the code loaded at start; every other screen comes on demand (a few ms from disk),
// with the texts only those screens use, so that none shows a raw key.
const withTexts = <T,>(load: () => Promise<T>): Promise<T> => Promise.all([load(), loadScreenTexts()]).then(([module]) => module);
const CrptScreen = lazy(() => withTexts(() => import('./screens/CrptScreen')).then((module) => ({ default: module.CrptScreen })));
const SmdoScreen = lazy(() => withTexts(() => import('./screens/SmdoScreen')).then((module) => ({ default: module.SmdoScreen })));
const DoneScreen = lazy(() => withTexts(() => import('./screens/DoneScreen')).then((module) => ({ default: module.DoneScreen })));
const NewTokenScreen = lazy(() => withTexts(() => import('./screens/NewTokenScreen')).then((module) => ({ default: module.NewTokenScreen })));
const OrganisationFormScreen = lazy(() => withTexts(() => import('./screens/OrganisationFormScreen')).then((module) => ({ default: module.OrganisationFormScreen })));
const SettingsScreen = lazy(() => withTexts(() => import('./screens/SettingsScreen')).then((module) => ({ default: module.SettingsScreen })));
const TokenDetailsScreen = lazy(() => withTexts(() => import('./screens/TokenDetailsScreen')).then((module) => ({ default: module.TokenDetailsScreen })));
const EditRecordScreen = lazy(() => withTexts(() => import('./screens/EditRecordScreen')).then((module) => ({ default: module.EditRecordScreen })));
const ImportSheetScreen = lazy(() => withTexts(() => import('./screens/ImportSheetScreen')).then((module) => ({ default: module.ImportSheetScreen })));
const WizardScreen = lazy(() => withTexts(() => import('./screens/WizardScreen')).then((module) => ({ default: module.WizardScreen })));

export function App() {
  const { t } = useTranslation();
  const snapshot = useAppStore((state) => state.snapshot);
  const screen = useAppStore((state) => state.screen);

  // The snapshot itself is asked for by main.tsx before the first render (state/vault-sync.ts).
  useEffect(() => {
    if (!hasAssistant()) return undefined;
    const stopOpening = onOpenToken(({ tokenId, renew }) => {
      const { snapshot: current, navigate } = useAppStore.getState();
      const token = current ? findToken(current, tokenId) : undefined;
      if (!token) navigate({ name: 'dashboard' });
      // Tokens the app fetches itself (Честный знак, СМДО) are renewed from their details page, not a typing wizard.
      else if (renew && isManualKind(token.kind)) void import('./lib/actions').then(({ startWizard }) => startWizard(token.kind, token.organisationId, token));
      else navigate({ name: 'details', tokenId });
    });
    const stopClipboard = onClipboardChanged(useClipboardStore.getState().heard);
    return () => {
      stopOpening();
      stopClipboard();
    };
  }, []);

  const narrow = useMediaQuery(NARROW_WINDOW);
  const language = snapshot?.settings.language;
  useEffect(() => {
    if (language) void applyLanguage(language);
  }, [language]);

  return (
    <div className="app">
      <AppHeader />
      <main className="main" aria-busy={snapshot ? undefined : true}>
        {/* In a narrow window the menu is a top bar with no room: the countdown goes above the screen. */}
        {narrow ? <ClipboardCountdown /> : null}
        <div className="content">
          {snapshot ? (
            <Suspense fallback={<p role="status">{t('startup.loading')}</p>}>
              <ScreenView snapshot={snapshot} screen={screen} />
            </Suspense>
          ) : (
            <StartupView onRetry={() => void loadSnapshot()} />
          )}
        </div>
      </main>
    </div>
  );
}

/** Picks the screen; `key` remounts it, so its heading takes the focus. */
function ScreenView({ snapshot, screen }: { snapshot: VaultSnapshot; screen: Screen }) {
  // Without a keychain nothing can be stored or shown until the user chooses (or unlocks).
  if (needsKeychainChoice(snapshot.encryption)) return <KeychainGate key={snapshot.encryption} state={snapshot.encryption} />;
  switch (screen.name) {
    case 'dashboard':
      return <DashboardScreen key="dashboard" snapshot={snapshot} />;
    case 'details':
      return <TokenDetailsScreen key={`details-${screen.tokenId}`} snapshot={snapshot} tokenId={screen.tokenId} />;
    case 'edit-record':
      return <EditRecordScreen key={`edit-${screen.tokenId}`} snapshot={snapshot} tokenId={screen.tokenId} />;
    case 'new-token':
      return <NewTokenScreen key="new-token" snapshot={snapshot} organisationId={screen.organisationId} />;
    case 'wizard':
      return <WizardScreen key="wizard" snapshot={snapshot} />;
    case 'done':
      return <DoneScreen key={`done-${screen.token.id}`} snapshot={snapshot} saved={screen.token} />;
    case 'organisation':
      return <OrganisationFormScreen key={`organisation-${screen.organisationId ?? 'new'}`} snapshot={snapshot} organisationId={screen.organisationId} />;
    case 'settings':
      return <SettingsScreen key="settings" snapshot={snapshot} />;
    case 'import-sheet':
      return <ImportSheetScreen key="import-sheet" />;
    case 'crpt':
      return <CrptScreen key={`crpt-${screen.organisationId}`} snapshot={snapshot} organisationId={screen.organisationId} />;
    case 'smdo':
      return <SmdoScreen key={`smdo-${screen.organisationId}`} snapshot={snapshot} organisationId={screen.organisationId} />;
  }
}

/** Before the first snapshot: loading, a failure to load, or no core at all. */
function StartupView({ onRetry }: { onRetry(): void }) {
  const { t } = useTranslation();
  const loadError = useAppStore((state) => state.loadError);
  if (!hasAssistant()) {
    return (
      <>
        <ScreenHeading>{t('startup.noCoreTitle')}</ScreenHeading>
        <p role="alert">{t('startup.noCore')}</p>
      </>
    );
  }
  if (loadError) {
    return (
      <>
        <ScreenHeading>{t('startup.failedTitle')}</ScreenHeading>
        <p role="alert">{loadError}</p>
        <button type="button" className="button button-primary" onClick={onRetry}>
          {t('startup.retry')}
        </button>
      </>
    );
  }
  return (
    <>
      <ScreenHeading>{t('app.name')}</ScreenHeading>
      <p role="status">{t('startup.loading')}</p>
    </>
  );
}
