import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../state/app-store';

/** Settings → «Импорт из таблицы»: the way to the import screen. */
export function SheetImportSetting() {
  const { t } = useTranslation();
  const navigate = useAppStore((state) => state.navigate);
  return (
    <section className="section" aria-labelledby="sheet-import-heading">
      <h2 id="sheet-import-heading">{t('fleet.sheet.open')}</h2>
      <p>{t('fleet.sheet.settingsBody')}</p>
      <button type="button" className="button button-secondary" onClick={() => navigate({ name: 'import-sheet' })}>
        {t('fleet.sheet.open')}
      </button>
    </section>
  );
}
