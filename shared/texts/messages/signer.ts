import type { LocalText } from '../../kinds/types';

/** Signing tools and the files they read: what the core refuses and why (issue 9, items 2 and 9). */
export const SIGNER_MESSAGES = {
  signer_file_missing: {
    ru: 'Файл не найден: «{file}». Выберите файл заново.',
    en: 'File not found: «{file}». Choose the file again.',
  },
  signer_file_not_regular: {
    ru: '«{file}» — не обычный файл (папка, устройство или канал). Выберите файл сертификата или ключа.',
    en: '«{file}» is not a regular file (a folder, a device or a pipe). Choose the certificate or key file.',
  },
  signer_file_too_big: {
    ru: 'Файл «{file}» слишком большой ({size} КиБ): сертификат или ключ занимает не больше {limit} КиБ. Проверьте, тот ли это файл.',
    en: 'The file «{file}» is too big ({size} KiB): a certificate or key takes at most {limit} KiB. Check that it is the right file.',
  },
  signer_file_unreadable: {
    ru: 'Не удалось открыть файл «{file}»: нет доступа. Проверьте права на файл или выберите другой.',
    en: 'Could not open the file «{file}»: access denied. Check the file permissions or choose another one.',
  },
  signer_file_not_chosen: {
    ru: 'Файл сертификата или ключа выбирается кнопкой «Выбрать…». Нажмите её и выберите файл.',
    en: 'The certificate or key file is chosen with the «Choose…» button. Press it and pick the file.',
  },
  cryptopro_tool_wrong_name: {
    ru: 'Выбран файл «{file}». Нужна программа КриптоПро: {names}. Выберите её в папке КриптоПро CSP.',
    en: 'The chosen file is «{file}». A CryptoPro program is needed: {names}. Choose it in the CryptoPro CSP folder.',
  },
  cryptopro_tool_network_path: {
    ru: 'Программы КриптоПро с сетевого пути (\\\\сервер\\…) не запускаются. Выберите программу на этом компьютере.',
    en: 'CryptoPro programs are not run from a network path (\\\\server\\…). Choose the program on this computer.',
  },
  cryptopro_tool_not_file: {
    ru: '«{file}» — не файл программы. Выберите cryptcp, csptest или certmgr в папке КриптоПро CSP.',
    en: '«{file}» is not a program file. Choose cryptcp, csptest or certmgr in the CryptoPro CSP folder.',
  },
  openssl_relative_path: {
    ru: 'OpenSSL найден только по относительному пути ({path}); такой путь не используется. Установите OpenSSL в системную папку (например, /usr/bin).',
    en: 'OpenSSL was found only through a relative path ({path}), which is not used. Install OpenSSL into a system folder (e.g. /usr/bin).',
  },
  cli_pin_not_accepted: {
    ru: 'PIN-код в командной строке не передаётся: его видят другие пользователи в списке процессов. КриптоПро спросит PIN сам или возьмёт запомненный (опция «Запомнить пароль» при первом вводе).',
    en: 'The PIN is not passed on a command line: other users see it in the process list. CryptoPro asks for it itself or uses the remembered one.',
  },
  cli_secret_missing: {
    ru: 'Не задан {what}: укажите его в переменной окружения {env} или подайте на стандартный ввод с {flag}.',
    en: 'The {what} is missing: set it in the environment variable {env} or give it on standard input with {flag}.',
  },
  cli_secret_twice: {
    ru: '{what} указан дважды ({sources}). Оставьте один способ.',
    en: 'The {what} is given twice ({sources}). Keep one way.',
  },
  cli_stdin_terminal: {
    ru: '{flag}: стандартный ввод — терминал. Подайте значение из файла или канала (например, < key.txt).',
    en: '{flag}: standard input is a terminal. Give the value from a file or a pipe (e.g. < key.txt).',
  },
} as const satisfies Record<string, LocalText>;
