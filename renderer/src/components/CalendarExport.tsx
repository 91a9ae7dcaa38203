import { useTranslation } from 'react-i18next';
import { call } from '../api';
import { useAppStore } from '../state/app-store';

/** Saves every upcoming reminder as one .ics file (the core shows the save dialog). */
export function CalendarExport() {
  const { t } = useTranslation();
  const setError = useAppStore((state) => state.setError);
  const showStatus = useAppStore((state) => state.showStatus);

  const exportCalendar = async () => {
    const result = await call('exportCalendar', {});
    if (!result.ok) setError(result.error.message);
    else if (result.value.saved) showStatus(t('settings.calendarSaved', { count: result.value.events }));
  };

  return (
    <section className="section" aria-labelledby="calendar-heading">
      <h2 id="calendar-heading">{t('settings.calendarHeading')}</h2>
      <p>{t('settings.calendarBody')}</p>
      <button type="button" className="button button-secondary" onClick={() => void exportCalendar()}>
        {t('settings.calendarExport')}
      </button>
    </section>
  );
}
