import { useTranslation } from 'react-i18next';

/** What a first-time user sees instead of an empty table. */
export function EmptyState() {
  const { t } = useTranslation();
  return (
    <div className="empty-state">
      <p>{t('dashboard.empty.first')}</p>
      <p>{t('dashboard.empty.second')}</p>
    </div>
  );
}
