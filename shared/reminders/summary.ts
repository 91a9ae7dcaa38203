import type { Language } from '../model/types';
import type { ReminderText } from './policy';
import type { ReminderSubject, ReminderWhat } from './subject';
import { countOf, kindShortName, pluralIndex, REMINDER_FORMS, spanText, WHAT_FORMS } from './texts';
import { compareNames } from '../model/compare-names';

/**
 * One notification for several reminders: after the PC was off or asleep, or
 * when several fall due at once. Each subject is described as it stands now,
 * not as it stood at each missed threshold.
 */

type State = 'expiring' | 'expired' | 'rotate';

const MAX_LINES = 5;

function stateOf(subject: ReminderSubject, now: Date): State {
  if (subject.what === 'smdo-key') return 'rotate';
  return Date.parse(subject.dueAt) > now.getTime() ? 'expiring' : 'expired';
}

const VERBS: Record<State, Record<Language, readonly [string, string]>> = {
  expiring: { ru: ['истекает', 'истекают'], en: ['expiring', 'expiring'] },
  expired: { ru: ['истёк', 'истекли'], en: ['expired', 'expired'] },
  rotate: { ru: ['пора сменить', 'пора сменить'], en: ['due for rotation', 'due for rotation'] },
};

const STATE_ORDER: State[] = ['expiring', 'expired', 'rotate'];
const WHAT_ORDER: ReminderWhat[] = ['token', 'certificate', 'smdo-key'];

/** «2 токена истекают, 1 истёк, 1 ключ СМДО пора сменить»: the noun only when it changes. */
function headline(subjects: ReminderSubject[], now: Date, language: Language): string {
  const parts: string[] = [];
  let previousWhat: ReminderWhat | null = null;
  for (const state of STATE_ORDER) {
    for (const what of WHAT_ORDER) {
      const n = subjects.filter((subject) => subject.what === what && stateOf(subject, now) === state).length;
      if (n === 0) continue;
      const singular = language === 'ru' ? pluralIndex(n) === 0 : n === 1;
      const verb = VERBS[state][language][singular ? 0 : 1];
      parts.push(what === previousWhat ? `${n} ${verb}` : `${countOf(n, WHAT_FORMS[what], language)} ${verb}`);
      previousWhat = what;
    }
  }
  return parts.join(', ');
}

function line(subject: ReminderSubject, now: Date, language: Language): string {
  const kind = kindShortName(subject.kind, language);
  const ru = language === 'ru';
  const what = subject.what === 'smdo-key' ? (ru ? 'ключ СМДО' : 'SMDO key') : subject.what === 'certificate' ? (ru ? `сертификат (${kind})` : `certificate (${kind})`) : kind;
  const place = [subject.organisationName, what, subject.label].filter((part) => part.trim() !== '').join(' · ');
  const span = spanText(now.getTime() - Date.parse(subject.dueAt), language);
  const status =
    subject.what === 'smdo-key'
      ? ru
        ? `установлен ${span} назад`
        : `set ${span} ago`
      : stateOf(subject, now) === 'expiring'
        ? ru
          ? `истекает через ${span}`
          : `expires in ${span}`
        : ru
          ? `истёк ${span} назад`
          : `expired ${span} ago`;
  return `${place} — ${status}`;
}

/** Most pressing first: expired (longest ago first), then the soonest to expire, then keys. */
function urgencyOrder(a: ReminderSubject, b: ReminderSubject): number {
  const rank = (subject: ReminderSubject) => (subject.what === 'smdo-key' ? 1 : 0);
  return rank(a) - rank(b) || Date.parse(a.dueAt) - Date.parse(b.dueAt) || compareNames(a.organisationName, b.organisationName);
}

export interface SummaryOptions {
  /** True when some reminder fell due while the PC was off or asleep (not on the very first run). */
  missedWhileOff: boolean;
  now: Date;
  language: Language;
}

export function describeSummary(subjects: ReminderSubject[], options: SummaryOptions): ReminderText {
  const { now, language } = options;
  const ru = language === 'ru';
  const count = countOf(subjects.length, REMINDER_FORMS, language);
  const lead = options.missedWhileOff ? (ru ? 'Пока компьютер был выключен: ' : 'While the computer was off: ') : '';
  const title = `${lead}${count} — ${headline(subjects, now, language)}`;
  const sorted = [...subjects].sort(urgencyOrder);
  const lines = sorted.slice(0, MAX_LINES).map((subject) => line(subject, now, language));
  const rest = sorted.length - lines.length;
  if (rest > 0) lines.push(ru ? `…и ещё ${rest}` : `…and ${rest} more`);
  return { title, body: lines.join('\n') };
}
