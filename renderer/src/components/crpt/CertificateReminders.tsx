import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReminderPreferences, TokenView } from '../../../../shared/model/types';
import { defaultThresholds, reminderMomentsFor } from '../../../../shared/reminders/policy';
import { certificateSubjectId } from '../../../../shared/reminders/subject';
import { call } from '../../api';
import { useNow } from '../../hooks/useNow';
import { useLanguage } from '../../hooks/useSettings';
import { formatLocal } from '../../lib/format';
import { useAppStore } from '../../state/app-store';

/**
 * The signing certificate's reminders inside the token's reminder section: 30, 14, 7 and 1 days
 * before and on the day (the scheduler's own rule, shared/reminders/policy.ts), the next one, and
 * switching them off. Shown for a record whose certificate's end is known.
 */
export function CertificateReminders({ token, preferences }: { token: TokenView; preferences: ReminderPreferences | undefined }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const now = useNow();
  const setError = useAppStore((state) => state.setError);
  const showStatus = useAppStore((state) => state.showStatus);
  const [enabled, setEnabled] = useState(preferences?.enabled ?? true);
  const notAfter = token.certificateExpiresAt;
  if (!notAfter) return null;
  const subjectId = certificateSubjectId(token.id);
  const days = preferences?.thresholdsDays ?? defaultThresholds(token.kind, 'certificate');
  const subject = {
    id: subjectId,
    tokenId: token.id,
    what: 'certificate' as const,
    kind: token.kind,
    organisationName: '',
    label: token.label,
    dueAt: notAfter,
    settings: { ...preferences, enabled },
  };
  const next = reminderMomentsFor(subject, now, new Date(Date.parse(notAfter) + 1))[0];

  const save = async (on: boolean) => {
    setEnabled(on);
    const result = await call('updateReminders', { subjectId, enabled: on });
    if (result.ok) showStatus(t('certs.remindersSaved'));
    else setError(result.error.message);
  };

  return (
    <div className="certificate-reminders" data-testid="certificate-reminders">
      <h3>{t('certs.remindersHeading')}</h3>
      <p>{t('certs.remindersBody', { days: days.join(', ') })}</p>
      <p>{next ? t('certs.remindersNext', { date: formatLocal(next.at, language) }) : t('certs.remindersDone')}</p>
      <div className="check-item">
        <input id="certificate-reminders-enabled" type="checkbox" checked={enabled} onChange={(event) => void save(event.target.checked)} />
        <label htmlFor="certificate-reminders-enabled">{t('certs.remindersEnabled')}</label>
      </div>
    </div>
  );
}
