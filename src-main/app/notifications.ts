// Desktop notifications for the renewal scheduler (R19, issue 7): the engine's Notifier port,
// filled in with Electron's Notification in the main process. Clicking one opens the certificate.

/** What the renewal side asks to show (mapped from its Notifier calls in main.ts). */
export type DesktopNotice = {
  title: string;
  body: string;
  /** The certificate a click should open. */
  certificateId?: string;
  /** 'critical' for failures that need the user; it stays on screen where the OS supports it. */
  urgency?: 'normal' | 'critical';
};

export interface NotificationLike {
  on(event: 'click', cb: () => void): unknown;
  show(): void;
}
export interface NotificationCtor {
  new (options: {
    title: string;
    body: string;
    icon?: string;
    silent?: boolean;
    urgency?: 'normal' | 'critical' | 'low';
    timeoutType?: 'default' | 'never';
  }): NotificationLike;
  isSupported(): boolean;
}

export interface DesktopNotifier {
  notify(n: DesktopNotice): void;
}

/**
 * Bodies are plain text made by Certdesk (names, dates, a sentence): no HTML, no secrets. Shown
 * notifications are kept referenced until clicked or replaced, or some platforms drop the click.
 */
export function createDesktopNotifier(deps: {
  Notification: NotificationCtor;
  icon?: string;
  onOpen: (certificateId: string | null) => void;
}): DesktopNotifier {
  const alive = new Set<NotificationLike>();
  const MAX_KEPT = 20;
  return {
    notify(n) {
      if (!deps.Notification.isSupported()) return;
      const note = new deps.Notification({
        title: n.title.slice(0, 120),
        body: n.body.slice(0, 400),
        ...(deps.icon ? { icon: deps.icon } : {}),
        urgency: n.urgency ?? 'normal',
        timeoutType: n.urgency === 'critical' ? 'never' : 'default',
      });
      note.on('click', () => {
        alive.delete(note);
        deps.onOpen(n.certificateId ?? null);
      });
      alive.add(note);
      if (alive.size > MAX_KEPT) alive.delete(alive.values().next().value as NotificationLike);
      note.show();
    },
  };
}
