import { useTranslation } from 'react-i18next';
import { useAppStore } from '../state/app-store';

/** The last failed action's message, as the core phrased it. */
export function ErrorAlert() {
  const { t } = useTranslation();
  const error = useAppStore((state) => state.error);
  const setError = useAppStore((state) => state.setError);
  return (
    <div role="alert" className="alert-region">
      {error ? (
        <div className="callout callout-error">
          <p>{error}</p>
          <button type="button" className="button button-quiet" onClick={() => setError(null)}>
            {t('common.close')}
          </button>
        </div>
      ) : null}
    </div>
  );
}
