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
    const exec = (process.env.APPIMAGE ?? process.execPath).replace(/(["\\`$])/g, '\\$1');
    writeFileSync(
      file,
      ['[Desktop Entry]', 'Type=Application', 'Name=Токен-помощник', `Exec="${exec}" ${HIDDEN_ARG}`, 'X-GNOME-Autostart-enabled=true', ''].join('\n'),
    );
    return;
  }
  app.setLoginItemSettings({ openAtLogin: enabled, args: [HIDDEN_ARG] });
}
