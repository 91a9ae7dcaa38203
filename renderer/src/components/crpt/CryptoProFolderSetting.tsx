import { useTranslation } from 'react-i18next';
import { call } from '../../api';
import { useAppStore } from '../../state/app-store';

/**
 * Where the CryptoPro programs are: the standard install folder, or the folder of the
 * program the user picks in main's native dialog. The page only asks for the dialog; the
 * core checks the file and remembers the folder (the new snapshot arrives as an event).
 */
export function CryptoProFolderSetting({ folder }: { folder: string | undefined }) {
  const { t } = useTranslation();
  const setError = useAppStore((state) => state.setError);
  const showStatus = useAppStore((state) => state.showStatus);

  const choose = async () => {
    const result = await call('crptChooseCryptoProFolder', {});
    if (!result.ok) setError(result.error.message);
    else if (result.value.folder !== null) showStatus(t('crpt.cryptoProChosen'));
  };

  return (
    <section className="section" aria-labelledby="cryptopro-heading">
      <h2 id="cryptopro-heading">{t('crpt.cryptoProHeading')}</h2>
      <p>{t('crpt.cryptoProBody')}</p>
      <p className="input-mono" data-testid="cryptopro-folder">
        {folder ?? t('crpt.cryptoProStandard')}
      </p>
      <button type="button" className="button button-secondary" onClick={() => void choose()}>
        {t('crpt.cryptoProChoose')}
      </button>
    </section>
  );
}
