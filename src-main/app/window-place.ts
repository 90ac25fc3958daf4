// Where the main window opens (issue 16, desktop preferences): where it was last time, unless
// that place is on no screen any more (a monitor unplugged, a laptop off its dock, a smaller
// display). Then a default-size window is centred on the primary display's work area, so the
// person never starts Certdesk with its window off-screen and nothing to drag it back by.
import type { Bounds } from './desktop-ports.ts';

/** The part of Electron's `screen` used here (only after app `ready`, as Electron requires). */
export interface ScreenLike {
  getAllDisplays(): { workArea: Bounds }[];
  getPrimaryDisplay(): { workArea: Bounds };
}

/** The window's size when there is no saved one (window.ts windowGeometry uses the same). */
export const DEFAULT_WINDOW_SIZE = { width: 1100, height: 760 } as const;

/**
 * How much of the window's top edge (where the title bar is, to drag it by) must lie inside one
 * display's work area for the saved place to count as visible.
 */
const GRAB_WIDTH = 100;
const GRAB_HEIGHT = 30;

function grabbable(b: Bounds, area: Bounds): boolean {
  const left = Math.max(b.x, area.x);
  const right = Math.min(b.x + b.width, area.x + area.width);
  const top = Math.max(b.y, area.y);
  const bottom = Math.min(b.y + Math.min(b.height, GRAB_HEIGHT), area.y + area.height);
  return right - left >= Math.min(GRAB_WIDTH, b.width) && bottom - top >= 1;
}

/** The saved bounds when some display shows their top edge; else a centred default window. */
export function placeWindow(saved: Bounds | undefined, screen: ScreenLike): Bounds {
  if (saved && screen.getAllDisplays().some((d) => grabbable(saved, d.workArea))) return saved;
  const area = screen.getPrimaryDisplay().workArea;
  const width = Math.min(DEFAULT_WINDOW_SIZE.width, area.width);
  const height = Math.min(DEFAULT_WINDOW_SIZE.height, area.height);
  return {
    x: area.x + Math.round((area.width - width) / 2),
    y: area.y + Math.round((area.height - height) / 2),
    width,
    height,
  };
}
