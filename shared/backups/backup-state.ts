/**
 * What the window shows of the automatic backups (Settings → «Резервные копии»). The folder
 * is shown, never sent back: the core keeps the one chosen in main's dialog. The password is
 * not here; it comes only on «Показать пароль».
 */

/** The fewest and most copies kept; the default is what a user who never looks gets. */
export const BACKUP_KEEP_MIN = 1;
export const BACKUP_KEEP_MAX = 100;
export const BACKUP_KEEP_DEFAULT = 10;

export interface BackupFileView {
  /** The file's name in the folder (our own pattern only); restore names it. */
  name: string;
  /** When it was made, from its name (ISO). */
  createdAt: string;
  sizeBytes: number;
}

export interface BackupState {
  enabled: boolean;
  /** The chosen folder, for display; null until one is chosen. */
  folder: string | null;
  keep: number;
  lastSuccessAt: string | null;
  /** The last failure in plain words (the current language), null after a success. */
  lastFailure: string | null;
  lastFailureAt: string | null;
  /** When the next automatic copy is due (ISO); null while off. */
  nextAt: string | null;
  /** Whether the password was made by the app or typed by the user. */
  passwordChosenByUser: boolean;
  /** Whether the user has seen the password at least once (it is needed on another PC). */
  passwordRevealed: boolean;
  /** Copies found in the folder, newest first. */
  files: BackupFileView[];
  /** Why the folder could not be read (gone, no permission); null when it could, or none is chosen. */
  folderProblem: string | null;
}
