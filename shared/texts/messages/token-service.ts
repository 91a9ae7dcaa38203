import type { LocalText } from '../../kinds/types';

/** «Выдача токенов программам» in Settings: what is wrong and what to do. */
export const TOKEN_SERVICE_MESSAGES = {
  token_service_port_busy: {
    ru: 'Порт {port} уже занят другой программой. Укажите другой порт (от 1024 до 65535) — например, {suggestion}.',
    en: 'Port {port} is already used by another program. Choose another port (1024 to 65535), for example {suggestion}.',
  },
  token_service_listen_failed: {
    ru: 'Служба не смогла открыть порт {port} на 127.0.0.1. Укажите другой порт или перезапустите компьютер.',
    en: 'The service could not open port {port} on 127.0.0.1. Choose another port or restart the computer.',
  },
  token_service_port_range: {
    ru: 'Порт — целое число от 1024 до 65535.',
    en: 'The port is a whole number from 1024 to 65535.',
  },
  token_service_program_name: {
    ru: 'Введите название программы (до {max} символов), например «1С Бухгалтерия» — оно будет в журнале обращений.',
    en: 'Enter the program’s name (up to {max} characters), e.g. «1C Accounting»: the access journal shows it.',
  },
  token_service_program_name_taken: {
    ru: 'Программа «{name}» уже есть в списке. Дайте другое название или отзовите прежнюю.',
    en: 'A program named «{name}» is already listed. Choose another name or revoke the old one.',
  },
  token_service_program_tokens: {
    ru: 'Отметьте хотя бы один токен, который программа может читать.',
    en: 'Tick at least one token the program may read.',
  },
  token_service_unknown_token: {
    ru: 'Одного из отмеченных токенов уже нет (возможно, его удалили в другом окне). Обновите список и отметьте снова.',
    en: 'One of the ticked tokens no longer exists (it may have been deleted in another window). Tick them again.',
  },
  token_service_too_many_programs: {
    ru: 'Программ уже {max}: отзовите ненужные, прежде чем добавлять новые.',
    en: 'There are already {max} programs: revoke the ones no longer used first.',
  },
  token_service_unknown_program: {
    ru: 'Этой программы уже нет в списке: её ключ отозван.',
    en: 'This program is no longer listed: its key is revoked.',
  },
  token_service_off: {
    ru: 'Служба выключена: включите её, чтобы проверить адрес.',
    en: 'The service is off: switch it on to check the address.',
  },
} as const satisfies Record<string, LocalText>;
