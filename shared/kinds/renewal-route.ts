import type { TokenKindId } from '../model/types';
import { PORTAL_LINK, text } from './common-steps';
import { EIS_ADMIN_PATH, EIS_PORTAL_LINK } from './eis';
import type { LocalText, PortalLink } from './types';

/**
 * «Как попасть на портал»: the short route a renewal needs before the step where the
 * portal shows the token. A renewal opens on that step (steps 1–7 were done when the
 * token was first obtained), so the way there is repeated in a few lines, paraphrasing
 * what each kind's seed says: seed 000 (ОАИС: one's own key or another strong
 * authentication, the legal entity's profile, «Обновить токен» in the system's card),
 * seed 001 (TPSClient: the director or a superuser signs in, section 2.5), seed 003
 * (ЕИС: the organisation administrator's account in ЛК Заказчика).
 */
export interface RenewalRoute {
  /** The way, in order; `{{system}}` stands for the record's system name. */
  steps: LocalText[];
  portal: PortalLink;
}

const SWITCH_TO_ORGANISATION = text(
  'Перейдите из кабинета физического лица в профиль юридического лица — той организации, чей это токен.',
  'Switch from the individual’s cabinet to the legal entity profile of the organisation the token belongs to.',
);

const OPEN_CARD = text(
  'Откройте «Разработчикам» → «Система ОАИС» и нажмите «глаз» справа от {{system}}.',
  'Open «Разработчикам» (For developers) → «Система ОАИС» (OAIS system) and click the “eye” to the right of {{system}}.',
);

const RENEW_AND_SHOW = text(
  'Нажмите «Обновить токен», затем «Показать токен»: новый токен и его дату окончания введите в поля этого шага.',
  'Click «Обновить токен» (Renew token), then «Показать токен» (Show token): type the new token and its end date into the fields of this step.',
);

const ROUTES: Partial<Record<TokenKindId, RenewalRoute>> = {
  oais: {
    steps: [
      text(
        'Войдите на account.gov.by своим личным ключом ЭЦП, ID-картой или другим способом строгой аутентификации.',
        'Sign in to account.gov.by with your own personal signature key, ID card or another strong authentication method.',
      ),
      SWITCH_TO_ORGANISATION,
      OPEN_CARD,
      RENEW_AND_SHOW,
    ],
    portal: PORTAL_LINK,
  },
  tpsclient: {
    steps: [
      text(
        'Войти на account.gov.by должен директор (руководитель) или суперпользователь организации — своим личным ключом ЭЦП или ID-картой.',
        'The organisation’s director (head) or a superuser signs in to account.gov.by with their own personal signature key or ID card.',
      ),
      SWITCH_TO_ORGANISATION,
      OPEN_CARD,
      RENEW_AND_SHOW,
    ],
    portal: PORTAL_LINK,
  },
  eis: {
    steps: [
      text(
        'Войдите в ЛК Заказчика на zakupki.gov.ru под учётной записью администратора организации.',
        'Sign in to ЛК Заказчика (the customer’s cabinet) on zakupki.gov.ru with the organisation administrator’s account.',
      ),
      text(`Откройте ${EIS_ADMIN_PATH.ru}.`, `Open ${EIS_ADMIN_PATH.en}.`),
      text(
        'Выдайте идентификатор заново: галочка «Разрешить использование сервисов отдачи», самый длинный срок, «Сохранить». Новый идентификатор и срок введите в поля этого шага.',
        'Issue the identifier again: tick «Разрешить использование сервисов отдачи», choose the longest validity, click «Сохранить» (Save). Type the new identifier and date into the fields of this step.',
      ),
    ],
    portal: EIS_PORTAL_LINK,
  },
};

/** The route of a kind renewed by hand in its wizard; null for kinds renewed otherwise (СМДО, Честный знак). */
export function renewalRoute(kind: TokenKindId): RenewalRoute | null {
  return ROUTES[kind] ?? null;
}

/** A route line with the record's system name in place (a generic phrase when the record has none). */
export function routeLine(line: string, systemName: string, fallback: string): string {
  const name = systemName.trim() === '' ? fallback : systemName.trim();
  return line.replaceAll('{{system}}', name);
}
