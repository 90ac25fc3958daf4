// After sleep or a locked screen the machine may have missed a planned renewal: the scheduler is
// asked to look again at once (DESIGN.md convention 6, "catches up after sleep").

/** The part of the renewal scheduler this needs. */
export interface Kickable {
  kick(): void;
}

export interface PowerMonitorLike {
  on(event: 'resume' | 'unlock-screen', cb: () => void): unknown;
  removeListener(event: 'resume' | 'unlock-screen', cb: () => void): unknown;
}

export const WAKE_EVENTS = ['resume', 'unlock-screen'] as const;

/** Returns a function that stops watching. */
export function watchPower(powerMonitor: PowerMonitorLike, scheduler: Kickable): () => void {
  const kick = () => scheduler.kick();
  for (const ev of WAKE_EVENTS) powerMonitor.on(ev, kick);
  return () => {
    for (const ev of WAKE_EVENTS) powerMonitor.removeListener(ev, kick);
  };
}
