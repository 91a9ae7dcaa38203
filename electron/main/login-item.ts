import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { app } from 'electron';

/** The argument the login item starts the app with: straight to the tray, no window. */
export const HIDDEN_ARG = '--hidden';

/**
 * Start at login, so reminders keep coming after a reboot. Windows and macOS
 * have an API for it; Linux desktops read ~/.config/autostart. Only a packaged
 * app registers itself: a development build would register the bare Electron binary.
 */
export function applyStartAtLogin(enabled: boolean): void {
  if (!app.isPackaged) return;
  if (process.platform === 'linux') {
    const dir = join(process.env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'autostart');
    const file = join(dir, 'token-assistant.desktop');
    if (!enabled) {
      rmSync(file, { force: true });
      return;
    }
    mkdirSync(dir, { recursive: true });
    // Desktop Entry quoting: \ " ` $ get a backslash inside the quotes, and that backslash is itself
    // escaped in the string value; % doubles, as Exec gives it a meaning of its own.
    const exec = (process.env.APPIMAGE ?? process.execPath)
      .replace(/\\/g, '\\\\\\\\')
      .replace(/(["`$])/g, '\\\\$1')
      .replace(/%/g, '%%');
    writeFileSync(file, ['[Desktop Entry]', 'Type=Application', 'Name=Токен-помощник', `Exec="${exec}" ${HIDDEN_ARG}`, 'X-GNOME-Autostart-enabled=true', ''].join('\n'));
    return;
  }
  // args is honoured on Windows; macOS says it through wasOpenedAtLogin (startedAtLogin below).
  app.setLoginItemSettings({ openAtLogin: enabled, args: [HIDDEN_ARG] });
}

/** Whether this start came from the login item: straight to the tray then. */
export function startedAtLogin(): boolean {
  if (process.argv.includes(HIDDEN_ARG)) return true;
  return process.platform === 'darwin' && app.getLoginItemSettings().wasOpenedAtLogin === true;
}
