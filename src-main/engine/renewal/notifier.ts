// The Notifier port of the renewal side (issue 5, R23): one notice goes out through every
// configured channel (desktop, e-mail, webhook); one channel failing never stops the others, and
// a certificate gets at most one message a day for the same kind of notice (the gate, backed by
// StoredCertificate.notified in the store). noticesFor() says which standing problems a
// certificate has ("expiring", "expired") so that each scheduler pass can ask for them.
// This file is the notifier; what a notice says and noticesFor() live in notices.ts, the channels
// the settings ask for in notify-channels.ts, the gate and secret opener over the store in
// notice-store.ts. It re-exports them so importers are unchanged.
import { toErrorShape } from '../../shared/errors.ts';
import { DAY_MS } from '../../shared/durations.ts';
import { silentLogger, systemClock, type Clock, type Logger } from '../ports.ts';
import { mainT } from '../../shared/main-i18n.ts';

export { memoryGate, storeGate, storeSecretOpener, type NoticeStore } from './notice-store.ts';
export {
  EXPIRING_SHARE,
  formatTime,
  makeNotice,
  namesText,
  noticesFor,
  untilText,
  type NoticeCandidate,
  type NoticeDetail,
  type NoticeSubject,
} from './notices.ts';
export { channelsFromSettings, desktopChannel } from './notify-channels.ts';

export type NoticeKind =
  | 'renewal-failed'
  | 'renewal-succeeded'
  | 'expiring'
  | 'expired'
  | 'ari-moved'
  | 'deploy-failed'
  /** A manual target waits for the person (issue 17; built in deploy/reminders.ts). */
  | 'waiting-for-you';
export const NOTICE_KINDS: readonly NoticeKind[] = [
  'renewal-failed',
  'deploy-failed',
  'waiting-for-you',
  'renewal-succeeded',
  'expiring',
  'expired',
  'ari-moved',
];

export type Notice = {
  kind: NoticeKind;
  certId: string;
  names: string[];
  /** Short line: a notification title, an e-mail subject. */
  title: string;
  /** What happened and what to do, in the person's language (`lang`). */
  message: string;
  /** The language of title and message ("da"); English when absent. */
  lang?: string;
  /** ISO 8601 time of the event. */
  at: string;
  notAfter?: string | null;
  errorCode?: string;
  /** Set on the message sent by notifier.test(): nothing happened to a certificate. */
  test?: boolean;
  /** Louder than its kind: chat services that have priorities use their highest (issue 17). */
  urgent?: boolean;
};

export type ChannelName = 'desktop' | 'email' | 'webhook';
export const CHANNEL_NAMES: readonly ChannelName[] = ['desktop', 'email', 'webhook'];

export interface NotifyChannel {
  readonly name: ChannelName;
  /**
   * Where messages go, for the result of a test ("you@example.com via smtp.example.com:587").
   * Never a secret.
   */
  readonly target?: string;
  /** Resolves when the message was handed over; rejects with a CertdeskError otherwise. */
  send(n: Notice): Promise<void>;
}

/** When a certificate was last told about each kind of notice. */
export interface NoticeGate {
  last(certId: string, kind: NoticeKind): string | undefined;
  record(certId: string, kind: NoticeKind, atIso: string): Promise<void>;
}

/** At most one message per certificate and kind within this long (R23: "once a day"). */
export const NOTICE_INTERVAL_MS = DAY_MS;

export type NotifyFailure = { channel: ChannelName; code: string; message: string };
export type NotifyResult = {
  /** Channels that took the message. */
  sent: ChannelName[];
  failed: NotifyFailure[];
  /**
   * Why nothing was sent: success notices are off, the same notice went out less than a day ago,
   * or no channel is set up.
   */
  skipped?: 'success-off' | 'already-notified' | 'no-channels';
};

export interface Notifier {
  /** Sends n through every channel, subject to the once-a-day gate. Never throws. */
  notify(n: Notice): Promise<NotifyResult>;
  /** Sends a test notice through one channel, bypassing the gate. Never throws. */
  test(channel: ChannelName): Promise<{ sent: boolean; detail: string }>;
  /** The channels set up now. */
  channels(): ChannelName[];
}

export type NotifierOptions = {
  /** The channels, or a function giving the current ones (settings can change while running). */
  channels: readonly NotifyChannel[] | (() => readonly NotifyChannel[]);
  gate: NoticeGate;
  notifyOnSuccess: boolean | (() => boolean);
  log?: Logger;
  clock?: Pick<Clock, 'now'>;
  /** The person's language for the test message (main-i18n.ts); English when absent. */
  language?: () => string;
};

const CHANNEL_LABEL: Record<ChannelName, string> = {
  desktop: 'Desktop notifications',
  email: 'E-mail notifications',
  webhook: 'Webhook notifications',
};

export function createNotifier(opts: NotifierOptions): Notifier {
  const log = opts.log ?? silentLogger;
  const clock = opts.clock ?? systemClock;
  const channels = (): readonly NotifyChannel[] =>
    typeof opts.channels === 'function' ? opts.channels() : opts.channels;
  const successOn = (): boolean =>
    typeof opts.notifyOnSuccess === 'function' ? opts.notifyOnSuccess() : opts.notifyOnSuccess;
  // Two passes asking for the same notice at once must not both get through the gate.
  const pending = new Set<string>();

  const sendAll = async (n: Notice, list: readonly NotifyChannel[]): Promise<NotifyResult> => {
    const results = await Promise.allSettled(list.map((c) => c.send(n)));
    const out: NotifyResult = { sent: [], failed: [] };
    results.forEach((r, i) => {
      const channel = list[i].name;
      if (r.status === 'fulfilled') {
        out.sent.push(channel);
        return;
      }
      const shape = toErrorShape(r.reason);
      out.failed.push({ channel, code: shape.code, message: shape.message });
      // The message and detail come from our own errors, which never carry passwords.
      log.warn('notification not delivered', {
        channel,
        cert: n.certId,
        kind: n.kind,
        code: shape.code,
        message: shape.message,
        ...(shape.detail ? { detail: shape.detail } : {}),
      });
    });
    return out;
  };

  return {
    async notify(n) {
      if (n.kind === 'renewal-succeeded' && !successOn())
        return { sent: [], failed: [], skipped: 'success-off' };
      const list = channels();
      if (list.length === 0) return { sent: [], failed: [], skipped: 'no-channels' };
      const key = `${n.certId}\u0000${n.kind}`;
      const now = clock.now();
      const last = opts.gate.last(n.certId, n.kind);
      const lastMs = last === undefined ? NaN : Date.parse(last);
      // A recorded time in the future (clock set back) does not silence notices for ever.
      if (
        pending.has(key) ||
        (Number.isFinite(lastMs) && now - lastMs < NOTICE_INTERVAL_MS && lastMs <= now)
      ) {
        log.debug('notification skipped: already sent today', { cert: n.certId, kind: n.kind });
        return { sent: [], failed: [], skipped: 'already-notified' };
      }
      pending.add(key);
      try {
        const out = await sendAll(n, list);
        // Recorded once someone was told; when every channel failed, the next pass tries again.
        if (out.sent.length > 0) {
          try {
            await opts.gate.record(n.certId, n.kind, new Date(now).toISOString());
          } catch (e) {
            log.warn('could not record a sent notification', {
              cert: n.certId,
              kind: n.kind,
              message: toErrorShape(e).message,
            });
          }
          log.info('notification sent', { cert: n.certId, kind: n.kind, channels: out.sent });
        }
        return out;
      } finally {
        pending.delete(key);
      }
    },

    async test(name) {
      const channel = channels().find((c) => c.name === name);
      if (!channel) {
        const how =
          name === 'desktop'
            ? 'They come from the desktop app; in browser mode or the CLI use e-mail or a webhook.'
            : 'Fill them in under Settings > Notifications, save, then send the test again.';
        return { sent: false, detail: `${CHANNEL_LABEL[name]} are not set up. ${how}` };
      }
      const at = new Date(clock.now()).toISOString();
      const lang = opts.language?.() ?? 'en';
      const t = mainT(lang);
      const n: Notice = {
        kind: 'renewal-succeeded',
        certId: 'test',
        names: ['example.com'],
        at,
        notAfter: null,
        test: true,
        title: t('notice.testTitle'),
        message: t('notice.test'),
        ...(lang !== 'en' ? { lang } : {}),
      };
      try {
        await channel.send(n);
        log.info('test notification sent', { channel: name });
        return { sent: true, detail: channel.target ? `Sent to ${channel.target}.` : 'Sent.' };
      } catch (e) {
        const shape = toErrorShape(e);
        log.warn('test notification not delivered', {
          channel: name,
          code: shape.code,
          message: shape.message,
        });
        return { sent: false, detail: shape.message };
      }
    },

    channels: () => channels().map((c) => c.name),
  };
}
