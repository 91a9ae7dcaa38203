import { useTranslation } from 'react-i18next';
import type { Notice } from '../../../shared/model/types';
import { call } from '../api';
import { useAppStore } from '../state/app-store';

/** A one-time message from the core, e.g. that the vault was restored from its backup. */
export function NoticeBanner({ notice }: { notice: Notice }) {
  const { t } = useTranslation();
  const setError = useAppStore((state) => state.setError);
  const urgent = notice.level !== 'info';
  const dismiss = async () => {
    const result = await call('dismissNotice', { id: notice.id });
    if (!result.ok) setError(result.error.message);
  };
  return (
    <div role={urgent ? 'alert' : undefined} className={`callout callout-${notice.level} notice`}>
      <p>
        <strong>{t(`notice.level.${notice.level}`)}: </strong>
        {notice.message}
      </p>
      <button type="button" className="button button-quiet" onClick={() => void dismiss()}>
        {t('notice.dismiss')}
      </button>
    </div>
  );
}
