import type { Language, TokenView } from '../model/types';
import { URGENCY_LABEL, describeTimeLeft, spanOfTime, urgencyOf } from '../model/urgency';
import type { Urgency, UrgencyInfo } from '../model/urgency';
import { CRPT_SOON_DAYS } from './crpt-timing';
import { currentEisCheck } from './eis-check-settings';
import { smdoKeyRotationDueAt } from './smdo-key-rotation';

const DAY_MS = 86_400_000;

export interface TokenUrgency extends UrgencyInfo {
  /**
   * What the state is about: the token's expiry, (СМДО) the recommended rotation of its key,
   * or (ЕИС) the service's refusal of the identifier at its last check.
   */
  subject: 'expiry' | 'key-rotation' | 'rejected';
  /** ISO instant of that deadline; null when there is none. */
  deadline: string | null;
  /** The app renews it by itself (Честный знак with automatic refresh on and working). */
  automatic: boolean;
}

/**
 * How urgent a token is for its owner. Most kinds: its expiry. An СМДО record
 * has no expiry (the app fetches its hour-long tokens itself); what needs a
 * person is the key, due for rotation three months after it was set. An overdue
 * rotation is a missed recommendation, not a dead key, so it asks for attention
 * («soon») and is never shown as expired.
 */
export function tokenUrgency(
  token: Pick<TokenView, 'kind' | 'expiresAt' | 'smdoKeySetAt' | 'settings'> & Partial<Pick<TokenView, 'obtainedAt'>>,
  now: Date,
  soonThresholdDays: number,
): TokenUrgency {
  // A refusal counts until the identifier is replaced (a renewal brings a later obtainedAt).
  if (token.kind === 'eis' && currentEisCheck(token)?.outcome === 'rejected') {
    const info = urgencyOf(token.expiresAt, now, soonThresholdDays);
    return { ...info, state: 'expired', subject: 'rejected', deadline: token.expiresAt, automatic: false };
  }
  const setAt = token.smdoKeySetAt === null ? Number.NaN : Date.parse(token.smdoKeySetAt);
  if (token.kind === 'smdo' && token.expiresAt === null && Number.isFinite(setAt)) {
    const due = smdoKeyRotationDueAt(new Date(setAt));
    const msLeft = due.getTime() - now.getTime();
    return { state: msLeft < soonThresholdDays * DAY_MS ? 'soon' : 'ok', msLeft, subject: 'key-rotation', deadline: due.toISOString(), automatic: false };
  }
  if (token.kind === 'crpt') {
    // A 10-hour token: «soon» is its last two hours, and not even then while the app renews it by itself.
    const automatic = token.settings.autoRefresh === 'on' && token.settings.autoRefreshFailed !== 'true';
    const info = urgencyOf(token.expiresAt, now, CRPT_SOON_DAYS);
    return { ...info, state: automatic && info.state === 'soon' ? 'ok' : info.state, subject: 'expiry', deadline: token.expiresAt, automatic };
  }
  return { ...urgencyOf(token.expiresAt, now, soonThresholdDays), subject: 'expiry', deadline: token.expiresAt, automatic: false };
}

/** «осталось 4 дня», or for an СМДО key «сменить ключ через 12 дней» / «ключ пора сменить: срок прошёл 3 дня назад». */
export function describeTokenUrgency(urgency: TokenUrgency, language: Language): string {
  if (urgency.automatic && urgency.state !== 'expired') {
    return `${describeTimeLeft(urgency, language)}, ${language === 'ru' ? 'обновится автоматически' : 'renewed automatically'}`;
  }
  if (urgency.subject === 'rejected') {
    return language === 'ru'
      ? 'сервис вида getDocsIP не принял идентификатор при последней проверке (такая проверка — из практики интеграторов, не из инструкции ЕИС)'
      : 'a getDocsIP-like service refused the identifier at the last check (a check from integrators’ practice, not from the ЕИС instruction)';
  }
  if (urgency.subject !== 'key-rotation' || urgency.msLeft === null) return describeTimeLeft(urgency, language);
  // After «через» and «назад» alike: accusative («через 1 минуту»).
  const span = spanOfTime(urgency.msLeft, language, true);
  if (urgency.msLeft > 0) return language === 'ru' ? `сменить ключ через ${span}` : `rotate the key in ${span}`;
  return language === 'ru' ? `ключ пора сменить: срок прошёл ${span} назад` : `the key is due for rotation: ${span} overdue`;
}

/** The badge's word: an СМДО key due for rotation is «Пора сменить ключ», not «Скоро истекает». */
export function urgencyLabel(urgency: Pick<TokenUrgency, 'state' | 'subject'>, language: Language): string {
  if (urgency.subject === 'key-rotation' && urgency.state === 'soon') return language === 'ru' ? 'Пора сменить ключ' : 'Rotate the key';
  if (urgency.subject === 'rejected') return language === 'ru' ? 'Отклонён при проверке' : 'Refused at the check';
  return URGENCY_LABEL[urgency.state satisfies Urgency][language];
}

/** Most urgent first: expired, then the nearest deadline, then records without one. */
export function compareTokenUrgency(a: TokenUrgency, b: TokenUrgency): number {
  const rank = (u: TokenUrgency) => (u.state === 'expired' ? 0 : 1);
  const deadline = (u: TokenUrgency) => (u.deadline === null ? Number.POSITIVE_INFINITY : Date.parse(u.deadline));
  return rank(a) - rank(b) || deadline(a) - deadline(b);
}
