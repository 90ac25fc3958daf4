// After sleep or a locked screen the machine may have missed a planned renewal: the scheduler is
// asked to look again at once (DESIGN.md convention 6, "catches up after sleep").

/** The part of the renewal scheduler this needs. */
export interface Kickable {
  kick(): void;
}

/** One overload per event, as electron.d.ts declares them (checked in test/types/electron-ports.ts). */
export interface PowerMonitorLike {
  on(event: 'resume', cb: () => void): unknown;
  on(event: 'unlock-screen', cb: () => void): unknown;
  removeListener(event: 'resume', cb: () => void): unknown;
  removeListener(event: 'unlock-screen', cb: () => void): unknown;
}

export const WAKE_EVENTS = ['resume', 'unlock-screen'] as const;

/** Returns a function that stops watching. */
export function watchPower(powerMonitor: PowerMonitorLike, scheduler: Kickable): () => void {
  const kick = () => scheduler.kick();
  powerMonitor.on('resume', kick);
  powerMonitor.on('unlock-screen', kick);
  return () => {
    powerMonitor.removeListener('resume', kick);
    powerMonitor.removeListener('unlock-screen', kick);
  };
}
