import { useTranslation } from 'react-i18next';
import { useAppStore } from '../state/app-store';

/** «К списку токенов»: back to the dashboard. */
export function BackButton() {
  const { t } = useTranslation();
  const navigate = useAppStore((state) => state.navigate);
  return (
    <button type="button" className="button button-quiet back-button" onClick={() => navigate({ name: 'dashboard' })}>
      <span aria-hidden="true">← </span>
      {t('common.backToTokens')}
    </button>
  );
}
