// The tray (menu bar on macOS): the worst certificate state as the icon, and a menu to open the
// app, renew everything now, pause renewals, or quit. Closing the window leaves this running, so
// renewals happen with the window closed (issue 7).
import path from 'node:path';
import { trayIconFile, type TrayState } from './tray-state.ts';
import { mainT } from '../shared/main-i18n.ts';

export type TrayActions = {
  open: () => void;
  renewAll: () => void;
  setPaused: (paused: boolean) => void;
  quit: () => void;
};

export type TrayMenuItem =
  | { label: string; click: () => void; enabled?: boolean; type?: 'normal' }
  | {
      label: string;
      type: 'checkbox';
      checked: boolean;
      click: (item: { checked: boolean }) => void;
    }
  | { type: 'separator' }
  | { label: string; enabled: false; type?: 'normal' };

/** The menu, as a pure template (tested without Electron), in the language of the state. */
export function trayMenuTemplate(
  state: TrayState,
  paused: boolean,
  a: TrayActions,
): TrayMenuItem[] {
  const t = mainT(state.lang);
  // Issue 17: when the headline says something else, certificates waiting for the person still
  // get their own line, so the count is never hidden behind a worse state.
  const waiting =
    state.waitingLine && state.waitingLine !== state.status
      ? [{ label: state.waitingLine, enabled: false as const }]
      : [];
  return [
    { label: state.status, enabled: false },
    ...waiting,
    { type: 'separator' },
    { label: t('tray.open'), click: a.open },
    { label: t('tray.renewAll'), click: a.renewAll, enabled: !paused && state.counts.total > 0 },
    {
      label: t('tray.pause'),
      type: 'checkbox',
      checked: paused,
      click: (item) => a.setPaused(item.checked),
    },
    { type: 'separator' },
    { label: t('tray.quit'), click: a.quit },
  ];
}

/** Absolute path of the icon for a level; macOS gets the template image (nativeImage picks @2x). */
export function trayIconPath(
  assetsDir: string,
  level: TrayState['level'],
  platform: NodeJS.Platform,
): string {
  return path.join(assetsDir, 'tray', trayIconFile(level, platform === 'darwin'));
}

/** What the tray needs of an image (Electron's NativeImage). */
export interface TrayImage {
  setTemplateImage(on: boolean): void;
}
/**
 * I is the image type (Electron's NativeImage) and M the built menu (Electron's Menu): the tray
 * only hands them back to Electron, so they stay whatever the real module makes.
 */
export interface TrayLike<I, M> {
  setImage(image: I): void;
  setToolTip(text: string): void;
  setContextMenu(menu: M | null): void;
  on(event: 'click', cb: () => void): unknown;
  destroy(): void;
}
export type TrayElectron<I extends TrayImage = TrayImage, M = unknown> = {
  Tray: new (image: I) => TrayLike<I, M>;
  Menu: { buildFromTemplate(t: TrayMenuItem[]): M };
  nativeImage: { createFromPath(p: string): I };
};

export interface TrayController {
  update(state: TrayState, paused: boolean): void;
  destroy(): void;
}

export function createTray<I extends TrayImage, M>(
  e: TrayElectron<I, M>,
  opts: { assetsDir: string; platform: NodeJS.Platform; initial: TrayState; actions: TrayActions },
): TrayController {
  const image = (level: TrayState['level']) => {
    const img = e.nativeImage.createFromPath(trayIconPath(opts.assetsDir, level, opts.platform));
    if (opts.platform === 'darwin') img.setTemplateImage(true);
    return img;
  };
  const tray = new e.Tray(image(opts.initial.level));
  // Windows and Linux users expect a left click on the tray icon to open the app; on macOS a click opens the menu.
  if (opts.platform !== 'darwin') tray.on('click', opts.actions.open);
  let last = '';
  const controller: TrayController = {
    update(state, paused) {
      const key = JSON.stringify([
        state.level,
        state.tooltip,
        state.counts.total,
        state.waitingLine,
        paused,
      ]);
      if (key === last) return;
      last = key;
      tray.setImage(image(state.level));
      tray.setToolTip(
        paused && !state.paused
          ? mainT(state.lang)('tray.tooltipPaused', { status: state.status })
          : state.tooltip,
      );
      tray.setContextMenu(e.Menu.buildFromTemplate(trayMenuTemplate(state, paused, opts.actions)));
    },
    destroy: () => tray.destroy(),
  };
  controller.update(opts.initial, false);
  return controller;
}
