// One Certdesk per user: two copies would run two renewal schedulers over one data folder. A
// second launch hands over to the first (which shows its window) and quits.

export interface SingleInstanceApp {
  requestSingleInstanceLock(): boolean;
  on(
    event: 'second-instance',
    cb: (event: unknown, argv: string[], workingDirectory: string) => void,
  ): unknown;
  quit(): void;
}

/**
 * True when this process is the one to keep running; `onSecond` runs in it each time another copy
 * is started. False means another copy holds the lock: this one has been told to quit.
 */
export function acquireSingleInstance(
  app: SingleInstanceApp,
  onSecond: (argv: string[]) => void,
): boolean {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return false;
  }
  app.on('second-instance', (_e, argv) => onSecond(argv));
  return true;
}

export interface FocusableWindow {
  isDestroyed(): boolean;
  isMinimized(): boolean;
  restore(): void;
  show(): void;
  focus(): void;
}

/** Brings a window to the front, from the tray or minimised. */
export function revealWindow(win: FocusableWindow): void {
  if (win.isDestroyed()) return;
  if (win.isMinimized()) win.restore();
  win.show();
  win.focus();
}
