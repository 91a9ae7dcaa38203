import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { initI18n } from './i18n';
import { loadSnapshot } from './state/vault-sync';
import './styles/base.css';
import './styles/layout.css';
import './styles/components.css';
import './styles/screens.css';
import './styles/certificates.css';

/**
 * How long the first render waits for the vault: far longer than the core takes to answer (a few ms over
 * IPC), short enough that a slow start still shows «Загрузка…» at once.
 */
const FIRST_RENDER_WAIT_MS = 300;

// First of all: the vault's snapshot travels from the core while the texts start.
const snapshotLoaded = loadSnapshot();
initI18n();

const root = document.getElementById('root');
if (root) {
  // The first screen drawn is the dashboard, not «Загрузка…» for a moment before it: one layout of the
  // page instead of two, and no flash.
  const waited = new Promise((resolve) => setTimeout(resolve, FIRST_RENDER_WAIT_MS));
  void Promise.race([snapshotLoaded, waited]).then(() => {
    createRoot(root).render(
      <StrictMode>
        <App />
      </StrictMode>,
    );
  });
}
