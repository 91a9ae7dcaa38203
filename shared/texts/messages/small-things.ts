import type { LocalText } from '../../kinds/types';

/** Messages for the small traps a user meets (issue 10, points 18 and 19): each says exactly what is wrong. */
export const SMALL_THINGS_MESSAGES = {
  tax_id_digits: {
    ru: 'УНП и ИНН состоят только из цифр (пробелы и дефисы между ними можно). Уберите буквы и другие знаки.',
    en: 'A UNP or INN has digits only (spaces and hyphens between them are fine). Remove letters and other characters.',
  },
  tax_id_length: {
    ru: 'УНП — 9 цифр (Беларусь), ИНН — 10 или 12 цифр (Россия); введено {count}.',
    en: 'A UNP has 9 digits (Belarus), an INN 10 or 12 (Russia); {count} entered.',
  },
  snooze_longer_than_token: {
    ru: 'Токен Честного знака действует 10 часов: напоминания о нём откладываются на 1 или 3 часа, а не на дни.',
    en: 'A Честный знак token lives 10 hours: its reminders are snoozed for 1 or 3 hours, not days.',
  },
} as const satisfies Record<string, LocalText>;
