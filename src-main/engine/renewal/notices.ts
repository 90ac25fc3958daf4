// What a notice says (makeNotice, in the person's language) and which standing problems a
// certificate has at a given time (noticesFor: "expiring", "expired"; R23).
import { DAY_MS, HOUR_MS } from '../../shared/durations.ts';
import type { Attempt, CertStatus } from '../../shared/types.ts';
import { mainT } from '../../shared/main-i18n.ts';
import type { TFunction } from 'i18next';
import type { Notice, NoticeKind } from './notifier.ts';

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

// --- standing problems ---------------------------------------------------------------------------

export type NoticeCandidate = {
  id: string;
  names: string[];
  notBefore: string | null;
  notAfter: string | null;
  status: CertStatus;
  lastAttempt: Attempt | null;
};

/** Under this share of its lifetime left, a certificate not renewed is worth a message (R23). */
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
