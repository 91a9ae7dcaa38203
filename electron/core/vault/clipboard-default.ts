import { DEFAULT_SETTINGS } from '../../../shared/model/types';
import type { Settings } from '../../../shared/model/types';
import type { VaultData } from './vault-schema';

/**
 * The clipboard's wipe time went from 30 s to 60 s (issue 10, point 16: TPSClient's settings
 * take longer than 30 s to open, and the user pasted nothing). Every vault stored the old
 * default as a number, so the vault remembers whether the user chose the value
 * (`clipboardClearSecondsChosen`). A vault without the marker never had a way to choose
 * other than Settings: 30 there is the old default and becomes the new one; any other value
 * was the user's own and stays.
 */
export const PREVIOUS_CLIPBOARD_DEFAULT_SECONDS = 30;

/** Whether opening this vault must settle the marker (and maybe the value). */
export function needsClipboardDefaultMigration(data: VaultData): boolean {
  return data.settings.clipboardClearSecondsChosen === undefined;
}

/** Settles the marker of a vault written before it existed; changes `next` in place. */
export function migrateClipboardDefault(next: VaultData): void {
  if (next.settings.clipboardClearSecondsChosen !== undefined) return;
  const seconds = next.settings.clipboardClearSeconds;
  if (seconds === PREVIOUS_CLIPBOARD_DEFAULT_SECONDS) next.settings.clipboardClearSeconds = DEFAULT_SETTINGS.clipboardClearSeconds;
  next.settings.clipboardClearSecondsChosen = seconds !== PREVIOUS_CLIPBOARD_DEFAULT_SECONDS && seconds !== DEFAULT_SETTINGS.clipboardClearSeconds;
}

/** A wipe time set in Settings counts as chosen once it differs from the one in force (saving the form unchanged chooses nothing). */
export function applyClipboardSeconds(next: VaultData, seconds: number): void {
  if (seconds === next.settings.clipboardClearSeconds) return;
  next.settings.clipboardClearSeconds = seconds;
  next.settings.clipboardClearSecondsChosen = true;
}

/** The settings as the window and callers see them: the marker is the vault's bookkeeping. */
export function settingsView(settings: VaultData['settings']): Settings {
  const { clipboardClearSecondsChosen: _chosen, ...view } = settings;
  return view;
}
