import { join } from 'node:path';
import { Menu, nativeImage, Tray } from 'electron';
import type { MenuItemConstructorOptions } from 'electron';
import { secretNameLower } from '../../shared/kinds/secret-name';
import type { Language } from '../../shared/model/types';
import type { Core } from '../core/app-core';

const LABELS = {
  ru: { copy: 'Скопировать {name}', open: 'Открыть', openWindow: 'Открыть окно', quit: 'Выход', more: 'и ещё {n}…' },
  en: { copy: 'Copy the {name}', open: 'Open', openWindow: 'Open window', quit: 'Quit', more: 'and {n} more…' },
} as const;

export interface TrayActions {
  showWindow(): void;
  quit(): void;
}

/**
 * The tray icon: its colour is the worst state among all tokens, the tooltip
 * says how many need attention, the menu copies or opens any token. The model
 * comes from the core; this file only renders it with Electron.
 */
export class AppTray {
  private readonly tray: Tray;

  constructor(
    private readonly core: Core,
    private readonly iconDir: string,
    private readonly actions: TrayActions,
  ) {
    this.tray = new Tray(this.icon('none'));
    this.tray.on('click', () => actions.showWindow());
    this.refresh();
  }

  /** Rebuilds icon, tooltip and menu; cheap, called on every vault change and periodically. */
  refresh(): void {
    const model = this.core.trayModel();
    const language: Language = this.core.vault.view().settings.language;
    const labels = LABELS[language];
    this.tray.setImage(this.icon(model.worst));
    this.tray.setToolTip(model.tooltip);
    const tokenItems: MenuItemConstructorOptions[] = model.items.map((item) => ({
      label: item.text,
      submenu: [
        { label: labels.copy.replace('{name}', secretNameLower(item.kind, language)), click: () => void this.core.copyToken(item.tokenId).catch(() => undefined) },
        {
          label: labels.open,
          click: () => {
            this.actions.showWindow();
            this.core.openToken({ tokenId: item.tokenId, renew: false });
          },
        },
      ],
    }));
    if (model.hiddenCount > 0) {
      tokenItems.push({ label: labels.more.replace('{n}', String(model.hiddenCount)), click: () => this.actions.showWindow() });
    }
    const menu = Menu.buildFromTemplate([
      ...tokenItems,
      ...(tokenItems.length > 0 ? [{ type: 'separator' as const }] : []),
      { label: labels.openWindow, click: () => this.actions.showWindow() },
      { label: labels.quit, click: () => this.actions.quit() },
    ]);
    this.tray.setContextMenu(menu);
  }

  destroy(): void {
    this.tray.destroy();
  }

  /**
   * The 16 px file of the state; Electron adds its @2x (32 px) sibling on HiDPI screens by itself.
   * macOS gets the black «Template» files, which it recolours for light and dark menu bars
   * (build/tray.svg cuts each state's sign out, so the states differ by shape, not colour).
   */
  private icon(state: string) {
    const name = process.platform === 'darwin' ? `${state}Template.png` : `${state}.png`;
    return nativeImage.createFromPath(join(this.iconDir, name));
  }
}
