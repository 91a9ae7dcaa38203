import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReminderDefaults, TokenKindId } from '../../../../shared/model/types';
import { defaultThresholds } from '../../../../shared/reminders/policy';
import { kindShortName } from '../../../../shared/reminders/texts';
import { call } from '../../api';
import { useLanguage } from '../../hooks/useSettings';
import { validateOnBlur } from '../../lib/dom';
import { useAppStore } from '../../state/app-store';
import { FormField } from '../FormField';

/** The kinds whose tokens a person renews, so a reminder matters; СМДО's one-hour token has none. */
const KINDS = ['oais', 'tpsclient', 'eis', 'crpt'] as const satisfies readonly TokenKindId[];
type Kind = (typeof KINDS)[number];

/** Честный знак tokens live 10 hours: their reminders are typed in hours (stored as fractions of a day). */
const perDay = (kind: Kind) => (kind === 'crpt' ? 24 : 1);
const maxOf = (kind: Kind) => (kind === 'crpt' ? 240 : 400);
const inUnit = (kind: Kind, days: readonly number[]) => days.map((day) => Math.round(day * perDay(kind)));
const fieldId = (kind: Kind) => `reminder-default-${kind}`;

/** «14, 10, 5» → [14, 10, 5]; empty → [] (only on the last day); null when a part is not a whole number in range. */
function parseList(text: string, max: number): number[] | null {
  const parts = text.split(/[,;\s]+/).filter((part) => part !== '');
  if (parts.length > 12 || parts.some((part) => !/^\d{1,3}$/.test(part) || Number(part) < 1 || Number(part) > max)) return null;
  return [...new Set(parts.map(Number))].sort((a, b) => b - a);
}

const sameList = (a: readonly number[], b: readonly number[]) => a.length === b.length && a.every((value, index) => value === b[index]);

/** Settings → «Напоминания по умолчанию»: days per kind for records without their own, and «Проверить уведомление». */
export function ReminderDefaultsSetting({ defaults }: { defaults: ReminderDefaults | undefined }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const setError = useAppStore((state) => state.setError);
  const showStatus = useAppStore((state) => state.showStatus);
  const [texts, setTexts] = useState<Record<Kind, string>>(
    () => Object.fromEntries(KINDS.map((kind) => [kind, inUnit(kind, defaults?.[kind] ?? defaultThresholds(kind, 'token')).join(', ')])) as Record<Kind, string>,
  );
  const [problems, setProblems] = useState<Partial<Record<Kind, string>>>({});

  const problemOf = (kind: Kind, text: string) =>
    parseList(text, maxOf(kind)) === null ? t(kind === 'crpt' ? 'fleet.defaults.errorHours' : 'fleet.defaults.errorDays') : undefined;

  const save = async () => {
    const found = Object.fromEntries(KINDS.map((kind) => [kind, problemOf(kind, texts[kind])])) as Partial<Record<Kind, string>>;
    setProblems(found);
    const firstBad = KINDS.find((kind) => found[kind]);
    if (firstBad) {
      document.getElementById(fieldId(firstBad))?.focus();
      return;
    }
    // A list equal to the app's own is not stored: the kind then follows the app's list.
    const chosen: ReminderDefaults = {};
    for (const kind of KINDS) {
      const typed = parseList(texts[kind], maxOf(kind)) ?? [];
      if (!sameList(typed, inUnit(kind, defaultThresholds(kind, 'token')))) chosen[kind] = typed.map((value) => value / perDay(kind));
    }
    const result = await call('updateSettings', { reminderDefaults: chosen });
    if (result.ok) showStatus(t('fleet.defaults.saved'));
    else setError(result.error.message);
  };

  const testNotification = async () => {
    const result = await call('testNotification', {});
    if (result.ok) showStatus(t('fleet.defaults.testSent'));
    else setError(result.error.message);
  };

  return (
    <section className="section" aria-labelledby="reminder-defaults-heading">
      <h2 id="reminder-defaults-heading">{t('fleet.defaults.heading')}</h2>
      <p>{t('fleet.defaults.intro')}</p>
      <form
        className="form narrow"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        {KINDS.map((kind) => (
          <FormField
            key={kind}
            id={fieldId(kind)}
            label={t(kind === 'crpt' ? 'fleet.defaults.labelHours' : 'fleet.defaults.labelDays', { kind: kindShortName(kind, language) })}
            hint={t('fleet.defaults.hint', { defaults: inUnit(kind, defaultThresholds(kind, 'token')).join(', ') })}
            error={problems[kind]}
            errorTestId={`field-error-${fieldId(kind)}`}
          >
            {(control) => (
              <input
                {...control}
                type="text"
                inputMode="numeric"
                className="input"
                value={texts[kind]}
                autoComplete="off"
                onChange={(event) => {
                  const text = event.target.value;
                  setTexts((previous) => ({ ...previous, [kind]: text }));
                  if (problems[kind]) setProblems((previous) => ({ ...previous, [kind]: problemOf(kind, text) }));
                }}
                onBlur={(event) => {
                  const text = event.target.value;
                  validateOnBlur(event, () => setProblems((previous) => ({ ...previous, [kind]: problemOf(kind, text) })));
                }}
              />
            )}
          </FormField>
        ))}
        <div className="action-bar">
          <button type="submit" className="button button-primary">
            {t('fleet.defaults.save')}
          </button>
          <button type="button" className="button button-secondary" onClick={() => void testNotification()}>
            {t('fleet.defaults.test')}
          </button>
        </div>
      </form>
    </section>
  );
}
