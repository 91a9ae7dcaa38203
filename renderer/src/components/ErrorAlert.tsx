import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useRevealOnChange } from '../hooks/useRevealOnChange';
import { useAppStore } from '../state/app-store';

/**
 * The last failed action's message, as the core phrased it. Every screen shows core errors
 * here; a new one is scrolled into view and focused (issue #10, point 14: it used to appear
 * far above the window while the focus stayed on the button), and «Закрыть» returns the
 * focus to where it was.
 */
export function ErrorAlert() {
  const { t } = useTranslation();
  const error = useAppStore((state) => state.error);
  const serial = useAppStore((state) => state.errorSerial);
  const setError = useAppStore((state) => state.setError);
  const callout = useRef<HTMLDivElement>(null);
  const giveFocusBack = useRevealOnChange(callout, serial, error !== null);
  return (
    <div role="alert" className="alert-region">
      {error ? (
        <div ref={callout} tabIndex={-1} className="callout callout-error" data-testid="error-alert">
          <p>{error}</p>
          <button
            type="button"
            className="button button-quiet"
            onClick={() => {
              setError(null);
              giveFocusBack();
            }}
          >
            {t('common.close')}
          </button>
        </div>
      ) : null}
    </div>
  );
}
