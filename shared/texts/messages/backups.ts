import type { LocalText } from '../../kinds/types';

/**
 * Automatic encrypted backups (issue #13, point 6). Every failure says what happened, that the
 * tokens in the app are untouched, and what to do; none of them names a secret or the password.
 */
export const BACKUPS_MESSAGES = {
  backup_no_folder: {
    ru: 'Папка для резервных копий не выбрана. Нажмите «Выбрать папку».',
    en: 'No folder for backups is chosen. Press «Choose folder».',
  },
  backup_folder_missing: {
    ru: 'Папка для резервных копий не найдена: {folder}. Возможно, её удалили, переименовали или отключили диск. Токены в приложении не затронуты. Подключите диск или выберите другую папку.',
    en: 'The backup folder was not found: {folder}. It may have been deleted or renamed, or its drive is disconnected. Tokens in the app are untouched. Connect the drive or choose another folder.',
  },
  backup_no_permission: {
    ru: 'Нет прав на запись в папку резервных копий: {folder}. Токены в приложении не затронуты. Выберите папку, в которую можно записывать (например, в «Документах»).',
    en: 'No permission to write to the backup folder: {folder}. Tokens in the app are untouched. Choose a folder you can write to (in Documents, for example).',
  },
  backup_disk_full: {
    ru: 'На диске с папкой резервных копий закончилось место: {folder}. Токены в приложении не затронуты. Освободите место или выберите другую папку.',
    en: 'The drive of the backup folder is full: {folder}. Tokens in the app are untouched. Free some space or choose another folder.',
  },
  backup_keychain: {
    ru: 'Резервная копия не сделана: хранилище ключей системы недоступно (пароль копий и токены в нём зашифрованы). Токены в приложении не затронуты. Разблокируйте хранилище ключей; приложение повторит попытку через час.',
    en: 'No backup was made: the system keychain is unavailable (the backup password and the tokens are encrypted with it). Tokens in the app are untouched. Unlock the keychain; the app tries again in an hour.',
  },
  backup_failed: {
    ru: 'Резервная копия не сделана из-за непредвиденной ошибки. Токены в приложении не затронуты. Приложение повторит попытку через час, или нажмите «Сделать копию сейчас».',
    en: 'No backup was made because of an unexpected error. Tokens in the app are untouched. The app tries again in an hour, or press «Back up now».',
  },
  backup_failed_title: {
    ru: 'Резервная копия не сделана',
    en: 'Backup not made',
  },
  backup_failed_notice: {
    ru: 'Автоматическая резервная копия не сделана. {reason}',
    en: 'The automatic backup was not made. {reason}',
  },
  backup_not_a_folder: {
    ru: 'Выбранное — не папка. Выберите папку для резервных копий.',
    en: 'What you chose is not a folder. Choose a folder for backups.',
  },
  backup_file_unknown: {
    ru: 'Такой резервной копии в папке нет: возможно, её удалили. Обновите список.',
    en: 'There is no such backup in the folder: it may have been deleted. Refresh the list.',
  },
  backup_file_unreadable: {
    ru: 'Файл резервной копии не прочитан: это не обычный файл, он слишком большой или к нему нет доступа. Ничего не изменено.',
    en: 'The backup file could not be read: it is not a regular file, it is too large or it cannot be accessed. Nothing was changed.',
  },
  backup_wrong_password: {
    ru: 'Копия не открывается сохранённым паролем: она сделана с другим паролем (до его смены или на другом компьютере) либо повреждена. Если у вас есть пароль этой копии, введите его. Ничего не изменено.',
    en: 'The backup does not open with the stored password: it was made with another one (before a change, or on another PC) or it is damaged. If you have this backup’s password, enter it. Nothing was changed.',
  },
  backup_undo_failed: {
    ru: 'Восстановление не начато: не удалось сначала сохранить копию текущего состояния, поэтому его нельзя было бы вернуть. {reason}',
    en: 'The restore did not start: a copy of the current state could not be saved first, so it could not be undone. {reason}',
  },
  backup_password_too_short: {
    ru: 'Пароль резервных копий должен быть не короче {min} символов.',
    en: 'The backup password must be at least {min} characters long.',
  },
} as const satisfies Record<string, LocalText>;
