import { useState } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReminderPreferences, TokenView } from '../../../shared/model/types';
import { defaultThresholds } from '../../../shared/reminders/policy';
import { call } from '../api';
import { useNow } from '../hooks/useNow';
import { useLanguage, useSettings } from '../hooks/useSettings';
import { formatLocal } from '../lib/format';
import { useAppStore } from '../state/app-store';
import { FormField } from './FormField';

/** Reads «14, 10, 5» into [14, 10, 5]; null when any part is not a whole number in range. */
function parseThresholds(text: string, max: number): number[] | null {
  const parts = text.split(/[,;\s]+/).filter((part) => part !== '');
  if (parts.length > 12 || parts.some((part) => !/^\d{1,3}$/.test(part) || Number(part) > max)) return null;
  return [...new Set(parts.map(Number))].sort((a, b) => b - a);
}

/**
 * The unit a kind's reminders are typed in: days, or hours for the 10-hour
 * Честный знак token (stored as fractions of a day, shown as whole hours).
 */
function unitOf(token: TokenView): { perDay: number; max: number; keys: 'days' | 'hours' } {
  return token.kind === 'crpt' ? { perDay: 24, max: 240, keys: 'hours' } : { perDay: 1, max: 400, keys: 'days' };
}

/** The token's own reminders: on or off, at which days, and snoozing them for 1 or 3 days (hours for a 10-hour token). */
export function RemindersSection({ token, preferences, extra }: { token: TokenView; preferences: ReminderPreferences | undefined; extra?: ReactNode }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const setError = useAppStore((state) => state.setError);
  const showStatus = useAppStore((state) => state.showStatus);
  const unit = unitOf(token);
  const inUnit = (days: number[]) => days.map((day) => Math.round(day * unit.perDay));
  // The kind's default from Settings when the user set one, otherwise the app's own list.
  const kindDefault = useSettings().reminderDefaults?.[token.kind];
  const builtIn = defaultThresholds(token.kind, 'token');
  const defaults = inUnit(kindDefault ?? builtIn);
  const [enabled, setEnabled] = useState(preferences?.enabled ?? true);
  const [thresholds, setThresholds] = useState((preferences?.thresholdsDays ? inUnit(preferences.thresholdsDays) : defaults).join(', '));
  const [problem, setProblem] = useState<string | null>(null);
  const now = useNow();
  const snoozedUntil = preferences?.snoozedUntil && Date.parse(preferences.snoozedUntil) > now.getTime() ? preferences.snoozedUntil : null;

  const save = async () => {
    const parsed = parseThresholds(thresholds, unit.max);
    if (!parsed) {
      setProblem(t(unit.keys === 'hours' ? 'reminders.thresholdsErrorHours' : 'reminders.thresholdsError'));
      document.getElementById('reminder-thresholds')?.focus();
      return;
    }
    setProblem(null);
    const result = await call('updateReminders', { subjectId: token.id, enabled, thresholdsDays: parsed.map((value) => value / unit.perDay) });
    if (result.ok) showStatus(t('reminders.saved'));
    else setError(result.error.message);
  };

  const snooze = async (span: 1 | 3) => {
    const result = await call('snoozeReminders', unit.keys === 'hours' ? { subjectId: token.id, hours: span } : { subjectId: token.id, days: span });
    if (result.ok) showStatus(t('reminders.snoozed'));
    else setError(result.error.message);
  };

  return (
    <section className="section" aria-labelledby="reminders-heading">
      <h2 id="reminders-heading">{t('reminders.heading')}</h2>
      <form
        className="form narrow"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <div className="check-item">
          <input id="reminder-enabled" type="checkbox" checked={enabled} onChange={(event) => setEnabled(event.target.checked)} />
          <label htmlFor="reminder-enabled">{t('reminders.enabled')}</label>
        </div>
        {builtIn.length > 0 ? (
          <FormField
            id="reminder-thresholds"
            label={t(unit.keys === 'hours' ? 'reminders.thresholdsLabelHours' : 'reminders.thresholdsLabel')}
            hint={t(unit.keys === 'hours' ? 'reminders.thresholdsHintHours' : 'reminders.thresholdsHint', { defaults: defaults.join(', ') })}
            error={problem}
            errorTestId="field-error-thresholds"
          >
            {(control) => <input {...control} type="text" className="input" value={thresholds} autoComplete="off" onChange={(event) => setThresholds(event.target.value)} />}
          </FormField>
        ) : null}
        <div className="action-bar">
          <button type="submit" className="button button-secondary">
            {t('reminders.save')}
          </button>
          <button type="button" className="button button-quiet" onClick={() => void snooze(1)}>
            {t(unit.keys === 'hours' ? 'reminders.snooze1Hour' : 'reminders.snooze1')}
          </button>
          <button type="button" className="button button-quiet" onClick={() => void snooze(3)}>
            {t(unit.keys === 'hours' ? 'reminders.snooze3Hours' : 'reminders.snooze3')}
          </button>
        </div>
        {snoozedUntil ? <p>{t('reminders.snoozedUntil', { date: formatLocal(snoozedUntil, language) })}</p> : null}
      </form>
      {/* Reminders of other subjects of the same record (the signing certificate). */}
      {extra}
    </section>
  );
}
