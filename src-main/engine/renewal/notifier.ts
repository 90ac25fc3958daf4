// The Notifier port of the renewal side (issue 5, R23): one notice goes out through every
// configured channel (desktop, e-mail, webhook); one channel failing never stops the others, and
// a certificate gets at most one message a day for the same kind of notice (the gate, backed by
// StoredCertificate.notified in the store). noticesFor() says which standing problems a
// certificate has ("expiring", "expired") so that each scheduler pass can ask for them.
import { boundContext, smtpDestination } from '../secret-binding.ts';
import { CertdeskError, toErrorShape } from '../../shared/errors.ts';
import { DAY_MS, HOUR_MS } from '../../shared/durations.ts';
import type { Attempt, CertStatus } from '../../shared/types.ts';
import type { Settings, StoreData } from '../../storage/schema.ts';
import { silentLogger, systemClock, type Clock, type Logger } from '../ports.ts';
import { emailChannel } from './notify-email.ts';
import { mainT } from '../../shared/main-i18n.ts';
import type { TFunction } from 'i18next';
import { webhookChannel } from './notify-webhook.ts';

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
  /** Where messages go, for the result of a test ("you@example.com via smtp.example.com:587"). Never a secret. */
  readonly target?: string;
  /** Resolves when the message was handed over; rejects with a CertdeskError otherwise. */
  send(n: Notice): Promise<void>;
}

/** When a certificate was last told about each kind of notice. */
export interface NoticeGate {
  last(certId: string, kind: NoticeKind): string | undefined;
  record(certId: string, kind: NoticeKind, atIso: string): Promise<void>;
}

/** A gate in memory (tests, and a CLI run without a store). */
export function memoryGate(
  initial: Record<string, Record<string, string>> = {},
): NoticeGate & { entries(): Record<string, Record<string, string>> } {
  const data: Record<string, Record<string, string>> = structuredClone(initial);
  return {
    last: (certId, kind) => data[certId]?.[kind],
    record: async (certId, kind, atIso) => {
      (data[certId] ??= {})[kind] = atIso;
    },
    entries: () => structuredClone(data),
  };
}

/** The part of the Store the gate and the secret opener use (storage/store.ts). */
export type NoticeStore = {
  read(): StoreData;
  update<T>(fn: (d: StoreData) => T): Promise<T>;
  readonly secrets: { open(sealed: string, context: string): string };
};

/** The gate over the store: StoredCertificate.notified[kind] holds the time of the last message. */
export function storeGate(store: Pick<NoticeStore, 'read' | 'update'>): NoticeGate {
  return {
    last: (certId, kind) => store.read().certificates[certId]?.notified?.[kind],
    record: async (certId, kind, atIso) => {
      await store.update((d) => {
        const c = d.certificates[certId];
        if (c) (c.notified ??= {})[kind] = atIso;
      });
    },
  };
}

/**
 * Opens a secret sealed in StoreData.secrets under `ref`, with the label settings:set sealed it
 * with: its ref and the destination it may go to (issue 20: a password bound to another server
 * does not open).
 */
export function storeSecretOpener(
  store: Pick<NoticeStore, 'read' | 'secrets'>,
): (ref: string, destination?: string | null) => string | undefined {
  return (ref, destination = null) => {
    const sealed = store.read().secrets[ref];
    return sealed ? store.secrets.open(sealed, boundContext(ref, destination)) : undefined;
  };
}

/** At most one message per certificate and kind within this long (R23: "once a day"). */
export const NOTICE_INTERVAL_MS = DAY_MS;

export type NotifyFailure = { channel: ChannelName; code: string; message: string };
export type NotifyResult = {
  /** Channels that took the message. */
  sent: ChannelName[];
  failed: NotifyFailure[];
  /** Why nothing was sent: success notices are off, the same notice went out less than a day ago, or no channel is set up. */
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
  /** The channels, or a function that gives the current ones (settings can change while running). */
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

// --- what to say ---------------------------------------------------------------------------------

/** "2025-06-01 12:00 UTC": the same in every log, e-mail and test, whatever the machine's zone. */
export const formatTime = (iso: string | number): string =>
  new Date(iso).toISOString().slice(0, 16).replace('T', ' ') + ' UTC';

/** "example.com", "example.com and www.example.com", "a.example, b.example and 3 more". */
export function namesText(names: readonly string[], t: TFunction = mainT('en')): string {
  if (names.length === 0) return t('names.none');
  if (names.length === 1) return names[0];
  const sep = t('names.separator');
  if (names.length === 2) return t('names.two', { first: names[0], last: names[1] });
  if (names.length <= 3)
    return t('names.list', { list: names.slice(0, -1).join(sep), last: names.at(-1) });
  return t('names.more', { list: names.slice(0, 2).join(sep), count: names.length - 2 });
}

/** "in 3 days", "in 5 hours", "in less than an hour". */
export function untilText(ms: number, t: TFunction = mainT('en')): string {
  if (ms >= 2 * DAY_MS) return t('until.days', { count: Math.floor(ms / DAY_MS) });
  if (ms >= 2 * HOUR_MS) return t('until.hours', { count: Math.floor(ms / HOUR_MS) });
  if (ms >= HOUR_MS) return t('until.aboutHour');
  return t('until.lessThanHour');
}

export type NoticeSubject = { id: string; names: string[]; notAfter?: string | null };
export type NoticeDetail = {
  /** renewal-failed: the error of the attempt. retryable false: Certdesk waits for the user. */
  error?: { code: string; message: string; retryable?: boolean };
  /** ari-moved: the window the CA now suggests, and its explanation page. */
  window?: { start: string; end: string; explanationUrl?: string };
  /** deploy-failed: where the certificate could not be put (one line naming the target). */
  where?: string;
};

/**
 * A notice with its title and message (what happened, then what to do) in `lang` (main-i18n.ts;
 * the person's setting, issue 19). An error's own sentence is added as the engine gave it.
 */
export function makeNotice(
  kind: NoticeKind,
  cert: NoticeSubject,
  now: number,
  detail: NoticeDetail = {},
  lang = 'en',
): Notice {
  const t = mainT(lang);
  const who = namesText(cert.names, t);
  const notAfter = cert.notAfter ?? null;
  const expiry = notAfter
    ? `${formatTime(notAfter)} (${Date.parse(notAfter) > now ? untilText(Date.parse(notAfter) - now, t) : t('until.past')})`
    : null;
  let title: string;
  let message: string;
  switch (kind) {
    case 'renewal-failed': {
      const e = detail.error;
      const why = e ? ` ${e.message.trim().replace(/([^.!?])$/, '$1.')}` : '';
      const next = e?.retryable === false ? t('notice.failedWait') : t('notice.failedRetry');
      title = t('notice.failedTitle', { who });
      message = `${expiry ? t('notice.failedExpires', { who, expiry }) : t('notice.failed', { who })}${why} ${next}`;
      break;
    }
    case 'deploy-failed': {
      // Issue 17: a failed deployment is heard about like a failed renewal (R23).
      const e = detail.error;
      const why = e ? ` ${e.message.trim().replace(/([^.!?])$/, '$1.')}` : '';
      title = t('notice.deployFailedTitle', { who });
      message = `${t('notice.deployFailed', { who, where: detail.where ?? '' })}${why} ${t('notice.deployFailedRetry')}`;
      break;
    }
    case 'waiting-for-you':
      // deploy/reminders.ts builds the full reminder (steps, urgency); this is its plain form.
      title = t('notice.waitingTitle', { who });
      message = `${t('notice.waiting', { who, where: detail.where ?? '' })} ${t('notice.waitingDone')}`;
      break;
    case 'renewal-succeeded':
      title = t('notice.succeededTitle', { who });
      message = expiry
        ? t('notice.succeededUntil', { who, until: formatTime(notAfter!) })
        : t('notice.succeeded', { who });
      break;
    case 'expiring':
      title = t('notice.expiringTitle', { who });
      message = t('notice.expiring', { who, expiry: expiry ?? t('notice.expiringSoon') });
      break;
    case 'expired':
      title = t('notice.expiredTitle', { who });
      message = notAfter
        ? t('notice.expiredOn', { who, date: formatTime(notAfter) })
        : t('notice.expired', { who });
      break;
    case 'ari-moved': {
      const w = detail.window;
      title = t('notice.ariTitle', { who });
      message = w
        ? t('notice.ariWindow', { who, start: formatTime(w.start), end: formatTime(w.end) })
        : t('notice.ari', { who });
      if (w?.explanationUrl) message += ` ${t('notice.ariWhy', { url: w.explanationUrl })}`;
      break;
    }
  }
  return {
    kind,
    certId: cert.id,
    names: [...cert.names],
    title,
    message,
    at: new Date(now).toISOString(),
    notAfter,
    ...((kind === 'renewal-failed' || kind === 'deploy-failed') && detail.error
      ? { errorCode: detail.error.code }
      : {}),
    ...(lang !== 'en' ? { lang } : {}),
  };
}

// --- standing problems -----------------------------------------------------------------------------

export type NoticeCandidate = {
  id: string;
  names: string[];
  notBefore: string | null;
  notAfter: string | null;
  status: CertStatus;
  lastAttempt: Attempt | null;
};

/** Below this share of the lifetime left, a certificate not yet renewed is worth a message (R23). */
export const EXPIRING_SHARE = 1 / 10;

/**
 * The standing notices for one certificate at `now`: 'expired' once past notAfter; 'expiring'
 * when less than a tenth of its lifetime is left and the last attempt was not a success after it
 * was issued (a success within the first day, or half the lifetime if shorter, is the issuance
 * itself: CAs backdate notBefore by up to a day). Pure; the notifier's gate keeps it to one a day.
 */
export function noticesFor(cert: NoticeCandidate, now: number, lang = 'en'): Notice[] {
  if (!cert.notAfter) return [];
  const na = Date.parse(cert.notAfter);
  if (!Number.isFinite(na)) return [];
  if (now >= na) return [makeNotice('expired', cert, now, {}, lang)];
  const nb = cert.notBefore ? Date.parse(cert.notBefore) : NaN;
  if (!Number.isFinite(nb) || nb >= na) return [];
  const life = na - nb;
  if (na - now >= life * EXPIRING_SHARE) return [];
  // A renewal in progress ends in a success or a 'renewal-failed' notice of its own.
  if (cert.status === 'renewing') return [];
  const last = cert.lastAttempt;
  const renewedSince =
    last?.outcome === 'success' && Date.parse(last.at) > nb + Math.min(DAY_MS, life / 2);
  return renewedSince ? [] : [makeNotice('expiring', cert, now, {}, lang)];
}

// --- channels from the stored settings -------------------------------------------------------------

/** A desktop channel over the app's notifier (src-main/app/notifications.ts fills `show`). */
export function desktopChannel(
  show: (d: {
    title: string;
    body: string;
    certificateId?: string;
    urgency?: 'normal' | 'critical';
  }) => void,
): NotifyChannel {
  return {
    name: 'desktop',
    target: 'this computer',
    send: async (n) => {
      const urgent =
        n.kind === 'renewal-failed' ||
        n.kind === 'deploy-failed' ||
        n.kind === 'expiring' ||
        n.kind === 'expired' ||
        n.urgent === true; // a reminder whose served certificate is nearly out (issue 17)
      show({
        title: n.title,
        body: n.message,
        ...(n.test ? {} : { certificateId: n.certId }),
        urgency: urgent ? 'critical' : 'normal',
      });
    },
  };
}

/**
 * The channels the settings ask for: desktop (when the face has one), e-mail when settings.email is
 * filled in, the webhook when settings.webhook is. openSecret opens a sealed secret by its ref.
 * Settings that cannot work give a channel whose every send explains what to fix.
 */
export function channelsFromSettings(
  settings: Settings,
  openSecret: (ref: string, destination?: string | null) => string | undefined,
  desktop?: NotifyChannel,
): NotifyChannel[] {
  const out: NotifyChannel[] = [];
  if (desktop) out.push(desktop);
  const email = settings.email;
  if (email && email.host && email.to) {
    let password: string | undefined;
    let problem: CertdeskError | null = null;
    if (email.passwordRef) {
      try {
        password = openSecret(email.passwordRef, smtpDestination(email));
      } catch {
        password = undefined;
      }
      if (password === undefined)
        problem = new CertdeskError(
          'credentials-refused',
          'Certdesk cannot read the saved e-mail password any more. Enter it again in Settings > Notifications and save.',
        );
    }
    out.push(
      problem
        ? broken('email', `${email.to} via ${email.host}`, problem)
        : emailChannel({
            host: email.host,
            port: email.port,
            secure: email.secure,
            from: email.from,
            to: email.to,
            ...(email.user ? { user: email.user } : {}),
            ...(password !== undefined ? { password } : {}),
          }),
    );
  }
  const hook = settings.webhook;
  if (hook && hook.url) {
    try {
      out.push(webhookChannel({ url: hook.url, ...(hook.format ? { format: hook.format } : {}) }));
    } catch (e) {
      out.push(
        broken(
          'webhook',
          'the webhook',
          e instanceof CertdeskError
            ? e
            : new CertdeskError(
                'invalid-input',
                'The webhook address in Settings > Notifications cannot be used. Enter it again, starting with https://.',
              ),
        ),
      );
    }
  }
  return out;
}

function broken(name: ChannelName, target: string, error: CertdeskError): NotifyChannel {
  return {
    name,
    target,
    send: async () => {
      throw error;
    },
  };
}
