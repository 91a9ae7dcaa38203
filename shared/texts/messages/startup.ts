import type { LocalText } from '../../kinds/types';

/** What the main process says when it cannot start, or refuses to. Parameters are written as {name}. */
export const STARTUP_MESSAGES = {
  startup_failed_title: {
    ru: 'Токен-помощник не запустился',
    en: 'Token Assistant could not start',
  },
  startup_failed_vault: {
    ru: 'Не удалось открыть или записать хранилище токенов ({reason}).\n\nПапка данных:\n{folder}\n\nСохранённые токены не изменены. Проверьте, что это папка, что у вас есть право записи в неё и что на диске есть место, затем запустите приложение снова.',
    en: 'Could not open or write the token vault ({reason}).\n\nData folder:\n{folder}\n\nSaved tokens are unchanged. Check that this is a folder you may write to and that the disk has free space, then start the app again.',
  },
  startup_failed_other: {
    ru: 'Приложение остановилось при запуске ({reason}).\n\nПапка данных:\n{folder}\n\nСохранённые токены не изменены. Запустите приложение снова; если ошибка повторяется, передайте в поддержку журнал:\n{log}',
    en: 'The app stopped while starting ({reason}).\n\nData folder:\n{folder}\n\nSaved tokens are unchanged. Start the app again; if it keeps happening, send this log to support:\n{log}',
  },
  startup_reason_no_permission: {
    ru: 'нет права записи',
    en: 'no permission to write',
  },
  startup_reason_no_space: {
    ru: 'на диске нет места',
    en: 'the disk is full',
  },
  startup_reason_read_only: {
    ru: 'диск доступен только для чтения',
    en: 'the disk is read-only',
  },
  startup_reason_not_a_folder: {
    ru: 'по этому пути находится файл, а не папка',
    en: 'a file is in the place of the folder',
  },
  startup_reason_code: {
    ru: 'код ошибки {code}',
    en: 'error code {code}',
  },
  startup_reason_unknown: {
    ru: 'непредвиденная ошибка',
    en: 'an unexpected error',
  },
  startup_debug_refused_title: {
    ru: 'Токен-помощник не запущен',
    en: 'Token Assistant was not started',
  },
  startup_debug_refused: {
    ru: 'Приложение запустили с параметрами отладки ({switches}). С ними другая программа могла бы прочитать токены, поэтому приложение закрылось. Запустите его обычным ярлыком, без этих параметров.',
    en: 'The app was started with debugging switches ({switches}). They would let another program read the tokens, so the app has closed. Start it from its usual shortcut, without them.',
  },
} as const satisfies Record<string, LocalText>;
