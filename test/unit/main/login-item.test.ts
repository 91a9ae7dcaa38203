import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { applyStartAtLogin, HIDDEN_ARG } from '../../../electron/main/login-item';
import { app, resetElectron } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

const realPlatform = process.platform;
const setPlatform = (platform: NodeJS.Platform) => Object.defineProperty(process, 'platform', { value: platform, configurable: true });

let config: string;
let desktopFile: string;

beforeEach(() => {
  resetElectron();
  config = mkdtempSync(join(tmpdir(), 'token-assistant-xdg-'));
  desktopFile = join(config, 'autostart', 'token-assistant.desktop');
  vi.stubEnv('XDG_CONFIG_HOME', config);
  vi.stubEnv('APPIMAGE', '/home/анна/Apps/Токен-помощник.AppImage');
});

afterEach(() => {
  setPlatform(realPlatform);
  vi.unstubAllEnvs();
  rmSync(config, { recursive: true, force: true });
});

describe('start at login on Windows and macOS', () => {
  it.each(['win32', 'darwin'] as const)('on %s registers the login item with --hidden, and removes it', (platform) => {
    setPlatform(platform);
    applyStartAtLogin(true);
    applyStartAtLogin(false);
    expect(app.loginItemSettings).toEqual([
      { openAtLogin: true, args: [HIDDEN_ARG] },
      { openAtLogin: false, args: [HIDDEN_ARG] },
    ]);
    expect(existsSync(desktopFile)).toBe(false);
  });

  it('a development build registers nothing', () => {
    app.isPackaged = false;
    for (const platform of ['win32', 'linux'] as const) {
      setPlatform(platform);
      applyStartAtLogin(true);
    }
    expect(app.loginItemSettings).toEqual([]);
    expect(existsSync(desktopFile)).toBe(false);
  });
});

describe('start at login on Linux', () => {
  beforeEach(() => setPlatform('linux'));

  it('writes an autostart entry that starts the AppImage hidden in the tray', () => {
    applyStartAtLogin(true);
    expect(readFileSync(desktopFile, 'utf8').split('\n')).toEqual([
      '[Desktop Entry]',
      'Type=Application',
      'Name=Токен-помощник',
      'Exec="/home/анна/Apps/Токен-помощник.AppImage" --hidden',
      'X-GNOME-Autostart-enabled=true',
      '',
    ]);
    expect(app.loginItemSettings).toEqual([]);
  });

  it('quotes a path with quotes, $, backticks, backslashes and % as the Desktop Entry spec asks, so Exec keeps it whole', () => {
    vi.stubEnv('APPIMAGE', '/opt/my "apps"/$HOME/`x`\\100%.AppImage');
    applyStartAtLogin(true);
    // Each reserved character gets a backslash inside the quotes, and that backslash is escaped again
    // by the string-value rule («\\$» in the file); % is doubled because Exec gives %x a meaning.
    expect(readFileSync(desktopFile, 'utf8')).toContain('Exec="/opt/my \\\\"apps\\\\"/\\\\$HOME/\\\\`x\\\\`\\\\\\\\100%%.AppImage" --hidden\n');
  });

  it('falls back to the running executable outside an AppImage', () => {
    vi.stubEnv('APPIMAGE', undefined);
    applyStartAtLogin(true);
    expect(readFileSync(desktopFile, 'utf8')).toContain(`Exec="${process.execPath}" --hidden`);
  });

  it('removes the entry when switched off, and switching off twice is harmless', () => {
    applyStartAtLogin(true);
    applyStartAtLogin(false);
    expect(existsSync(desktopFile)).toBe(false);
    expect(() => applyStartAtLogin(false)).not.toThrow();
  });
});
