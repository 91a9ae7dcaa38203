import i18next from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language, VaultSnapshot } from '../../../shared/model/types';
import { call } from '../api';
import { CalendarExport } from '../components/CalendarExport';
import { CryptoProFolderSetting } from '../components/crpt/CryptoProFolderSetting';
import { EncryptionStatus } from '../components/EncryptionStatus';
import { ErrorAlert } from '../components/ErrorAlert';
import { FormField } from '../components/FormField';
import { ScreenHeading } from '../components/ScreenHeading';
import { VaultTransfer } from '../components/VaultTransfer';
import { BackupsSection } from '../components/backups/BackupsSection';
import { TokenServiceSection } from '../components/token-service/TokenServiceSection';
import { ReminderDefaultsSetting } from '../components/fleet/ReminderDefaultsSetting';
import { SheetImportSetting } from '../components/fleet/SheetImportSetting';
import { UpdatesSetting } from '../components/updates/UpdatesSetting';
import { applyLanguage } from '../i18n';
import { validateOnBlur } from '../lib/dom';
import { useAppStore } from '../state/app-store';

type NumberField = 'clipboardClearSeconds' | 'soonThresholdDays';
type Problems = Partial<Record<NumberField, string>>;

const FIELD_ID: Record<NumberField, string> = {
  clipboardClearSeconds: 'settings-clipboard',
  soonThresholdDays: 'settings-soon',
};

/** Reads a whole number as typed; null when it is not one. */
function wholeNumber(text: string): number | null {
  const trimmed = text.trim();
  return /^\d{1,5}$/.test(trimmed) ? Number(trimmed) : null;
}

/** Language, clipboard timeout, warning threshold, and how the tokens are protected. */
export function SettingsScreen({ snapshot }: { snapshot: VaultSnapshot }) {
  const { t } = useTranslation();
  const setSnapshot = useAppStore((state) => state.setSnapshot);
  const setError = useAppStore((state) => state.setError);
  const showStatus = useAppStore((state) => state.showStatus);
  const settings = snapshot.settings;
  const [language, setLanguage] = useState<Language>(settings.language);
  const [seconds, setSeconds] = useState(String(settings.clipboardClearSeconds));
  const [days, setDays] = useState(String(settings.soonThresholdDays));
  const [startAtLogin, setStartAtLogin] = useState(settings.startAtLogin);
  const [problems, setProblems] = useState<Problems>({});
  const [saving, setSaving] = useState(false);

  const check = (field: NumberField, text: string): string | undefined => {
    const value = wholeNumber(text);
    if (field === 'clipboardClearSeconds') {
      return value !== null && (value === 0 || (value >= 5 && value <= 3600)) ? undefined : t('settings.clipboardError');
    }
    return value !== null && value >= 1 && value <= 90 ? undefined : t('settings.soonError');
  };

  const submit = async () => {
    if (saving) return;
    const found: Problems = { clipboardClearSeconds: check('clipboardClearSeconds', seconds), soonThresholdDays: check('soonThresholdDays', days) };
    setProblems(found);
    const firstBad = (['clipboardClearSeconds', 'soonThresholdDays'] as const).find((field) => found[field]);
    if (firstBad) {
      document.getElementById(FIELD_ID[firstBad])?.focus();
      return;
    }
    setSaving(true);
    const result = await call('updateSettings', {
      language,
      clipboardClearSeconds: wholeNumber(seconds) ?? settings.clipboardClearSeconds,
      soonThresholdDays: wholeNumber(days) ?? settings.soonThresholdDays,
      startAtLogin,
    });
    setSaving(false);
    if (!result.ok) {
      const field = result.error.field;
      if (field === 'clipboardClearSeconds' || field === 'soonThresholdDays') {
        setProblems({ ...found, [field]: result.error.message });
        document.getElementById(FIELD_ID[field])?.focus();
      } else {
        setError(result.error.message);
      }
      return;
    }
    const current = useAppStore.getState().snapshot ?? snapshot;
    setSnapshot({ ...current, settings: result.value });
    // In the new language: English texts may have to load first.
    await applyLanguage(result.value.language);
    showStatus(i18next.getFixedT(result.value.language)('settings.saved'));
  };

  const numberField = (field: NumberField, value: string, setValue: (text: string) => void) => (
    <FormField id={FIELD_ID[field]} label={t(`settings.${field}.label`)} hint={t(`settings.${field}.hint`)} error={problems[field]} errorTestId={`field-error-${field}`}>
      {(control) => (
        <input
          {...control}
          type="text"
          inputMode="numeric"
          className="input input-number"
          value={value}
          autoComplete="off"
          onChange={(event) => {
            setValue(event.target.value);
            const text = event.target.value;
            if (problems[field]) setProblems((previous) => ({ ...previous, [field]: check(field, text) }));
          }}
          onBlur={(event) => {
            const text = event.target.value;
            validateOnBlur(event, () => setProblems((previous) => ({ ...previous, [field]: check(field, text) })));
          }}
        />
      )}
    </FormField>
  );

  return (
    <>
      <ScreenHeading>{t('settings.title')}</ScreenHeading>
      <ErrorAlert />
      <form
        className="form narrow"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <fieldset className="choice-group">
          <legend className="group-legend">{t('settings.language')}</legend>
          <ul className="radio-list radio-list-inline">
            <li>
              <input id="language-ru" type="radio" name="language" value="ru" checked={language === 'ru'} onChange={() => setLanguage('ru')} />
              <label htmlFor="language-ru" lang="ru">
                Русский
              </label>
            </li>
            <li>
              <input id="language-en" type="radio" name="language" value="en" checked={language === 'en'} onChange={() => setLanguage('en')} />
              <label htmlFor="language-en" lang="en">
                English
              </label>
            </li>
          </ul>
        </fieldset>
        {numberField('clipboardClearSeconds', seconds, setSeconds)}
        {numberField('soonThresholdDays', days, setDays)}
        <div className="check-item">
          <input id="settings-start-at-login" type="checkbox" checked={startAtLogin} onChange={(event) => setStartAtLogin(event.target.checked)} />
          <label htmlFor="settings-start-at-login">{t('settings.startAtLogin')}</label>
        </div>
        <div className="action-bar">
          <button type="submit" className="button button-primary">
            {t('settings.save')}
          </button>
        </div>
      </form>
      <ReminderDefaultsSetting defaults={settings.reminderDefaults} />
      <UpdatesSetting />
      <CalendarExport />
      <CryptoProFolderSetting folder={settings.cryptoProFolder} />
      <TokenServiceSection snapshot={snapshot} />
      <SheetImportSetting />
      <BackupsSection />
      <VaultTransfer />
      <EncryptionStatus state={snapshot.encryption} />
    </>
  );
}
