import type { LocalText } from '../../kinds/types';

/** What the ЕИС check says when the service's answer is too big or not one it will read (issue 9, item 4). */
export const EIS_PARSE_MESSAGES = {
  eis_answer_too_large: {
    ru: 'Сервис ЕИС ({host}) прислал слишком большой ответ (больше {limit} КБ), и приложение прекратило его читать. Ответ на проверку идентификатора намного короче: проверьте адрес сервиса отдачи.',
    en: 'The ЕИС service ({host}) sent too large an answer (over {limit} KB), and the app stopped reading it. The answer to an identifier check is much shorter: check the data service address.',
  },
  eis_answer_unreadable: {
    ru: 'Ответ сервиса ЕИС ({host}, HTTP {status}) не прочитан: {why}. Настоящий сервис отдачи так не отвечает — проверьте адрес сервиса и повторите проверку.',
    en: 'The answer of the ЕИС service ({host}, HTTP {status}) was not read: {why}. The real data service does not answer like this: check the service address and try again.',
  },
  eis_answer_why_too_deep: { ru: 'вложенность элементов слишком глубокая', en: 'its elements are nested too deeply' },
  eis_answer_why_too_many_elements: { ru: 'в нём слишком много элементов', en: 'it has too many elements' },
  eis_answer_why_malformed: { ru: 'это не правильно построенный XML', en: 'it is not well-formed XML' },
} as const satisfies Record<string, LocalText>;
