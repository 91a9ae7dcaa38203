import type { Language } from '../model/types';
import { formatPortalDate } from '../time/portal-time';

/**
 * The letter to the administrator of a РИС run by someone else: what to enter
 * where (seed 003, step «Сервисы РИС»). By default the identifier itself is not
 * in it: a letter is forwarded, archived and read by many, so the identifier
 * goes by a separate, secure channel. With `includeIdentifier` it is written in,
 * under a warning line.
 */

export interface EisAdminLetterInput {
  organisationName: string;
  identifier?: string;
  /** The end of validity: an instant (a Date or an ISO 8601 string); printed as ДД.ММ.ГГГГ, Moscow time. */
  validUntil: Date | string;
  language: Language;
  includeIdentifier: boolean;
}

export interface EisAdminLetter {
  subject: string;
  body: string;
  /** Subject and body together, for copying into any mail program. */
  text: string;
}

/** One line, no control characters: the name is typed by a person and goes into a subject line. */
function oneLine(value: string): string {
  return value
    .replace(/[\p{Cc}\p{Zl}\p{Zp}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The date part of the portal form: Moscow and Minsk share UTC+3 all year. */
function moscowDate(instant: Date | string): string {
  const date = typeof instant === 'string' ? new Date(instant) : instant;
  if (Number.isNaN(date.getTime())) throw new RangeError('validUntil is not a valid date');
  return formatPortalDate(date);
}

const TEXTS = {
  ru: {
    subject: (organisation: string) => `Идентификатор для сервисов отдачи ЕИС: ${organisation}`,
    greeting: 'Здравствуйте!',
    issued: (organisation: string, date: string) =>
      `Администратор организации ${organisation} выдал в ЛК Заказчика ЕИС идентификатор для использования сервисов отдачи. Он действует до ${date} (по московскому времени).`,
    request: 'Прошу внести его в настройки РИС:',
    steps: (date: string) => [
      'Откройте режим «Настройка взаимодействия с сервисами ЕИС».',
      'Перейдите на вкладку «Сервисы РИС», блок «Токен для использования сервисов отдачи».',
      'Установите флаг «Разрешить использование сервисов отдачи».',
      `В поле «Идентификатор» вставьте идентификатор, в поле «Срок действия» укажите ${date}.`,
      'Нажмите «Сохранить».',
    ],
    separately: 'Сам идентификатор я передам отдельно, защищённым способом: в этом письме его нет.',
    identifier: (value: string) => `Идентификатор: ${value}`,
    warning: 'Внимание: в письме указан идентификатор доступа к сервисам ЕИС от имени организации. Не пересылайте письмо и удалите его, когда внесёте идентификатор в РИС.',
    confirm: 'Пожалуйста, сообщите, когда настройки будут сохранены.',
    thanks: 'Спасибо!',
  },
  en: {
    subject: (organisation: string) => `ЕИС data services identifier: ${organisation}`,
    greeting: 'Hello,',
    issued: (organisation: string, date: string) =>
      `The administrator of ${organisation} has issued an identifier for the ЕИС data services in ЛК Заказчика. It is valid until ${date} (Moscow time).`,
    request: 'Please enter it in the РИС settings:',
    steps: (date: string) => [
      'Open the «Настройка взаимодействия с сервисами ЕИС» mode.',
      'Go to the «Сервисы РИС» tab, block «Токен для использования сервисов отдачи».',
      'Tick «Разрешить использование сервисов отдачи».',
      `Paste the identifier into «Идентификатор» and enter ${date} into «Срок действия».`,
      'Click «Сохранить».',
    ],
    separately: 'I will send the identifier itself separately, by a secure channel: it is not in this letter.',
    identifier: (value: string) => `Identifier: ${value}`,
    warning:
      'Warning: this letter contains an identifier giving access to the ЕИС services on behalf of the organisation. Do not forward it, and delete it once the identifier is in the РИС.',
    confirm: 'Please let me know when the settings are saved.',
    thanks: 'Thank you!',
  },
} as const;

export function eisAdminLetter(input: EisAdminLetterInput): EisAdminLetter {
  const texts = TEXTS[input.language];
  const organisation = oneLine(input.organisationName);
  const date = moscowDate(input.validUntil);
  const identifier = (input.identifier ?? '').trim();
  if (input.includeIdentifier && identifier === '') {
    throw new TypeError('includeIdentifier needs the identifier');
  }

  const lines: string[] = [texts.greeting, '', texts.issued(organisation, date), '', texts.request, ...texts.steps(date).map((step, index) => `${index + 1}. ${step}`), ''];
  if (input.includeIdentifier) {
    lines.push(texts.identifier(identifier), '', texts.warning);
  } else {
    lines.push(texts.separately);
  }
  lines.push('', texts.confirm, '', texts.thanks);

  const subject = texts.subject(organisation);
  const body = lines.join('\n');
  const subjectLabel = input.language === 'ru' ? 'Тема' : 'Subject';
  return { subject, body, text: `${subjectLabel}: ${subject}\n\n${body}` };
}
