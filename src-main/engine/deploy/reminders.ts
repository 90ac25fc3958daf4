// Reminders for targets Certdesk cannot reach (issue 17): after a renewal a "manual" target waits
// for the person; once a day (the notifier's gate, R23) the tray and a desktop notification say
// where to put the new certificate, until the live-site check sees it served (follow-up.ts) or
// the person says "Done". Urgent when the certificate being served has less than a tenth of its
// lifetime left, the same share as the 'expiring' notice.
import type { StoredCertificate } from '../../storage/schema.ts';
import type { ReminderView } from '../../shared/reminders.ts';
import { unicodeName } from '../names.ts';
import { mainT } from '../../shared/main-i18n.ts';
import { EXPIRING_SHARE, formatTime, namesText, type Notice } from '../renewal/notifier.ts';

/** One certificate that waits for the person (shared/reminders.ts ReminderView, without the readable names). */
export type Reminder = Omit<ReminderView, 'unicodeNames'>;

/** The served certificate's share of lifetime left is below EXPIRING_SHARE. */
function isUrgent(
  served: { notAfter: string } | null,
  lifetime: { notBefore: string; notAfter: string } | null,
  now: number,
): boolean {
  if (!served) return false;
  const end = Date.parse(served.notAfter);
  const span = lifetime ? Date.parse(lifetime.notAfter) - Date.parse(lifetime.notBefore) : NaN;
  if (!Number.isFinite(end) || !Number.isFinite(span) || span <= 0) return end <= now;
  return end - now < span * EXPIRING_SHARE;
}

/** The reminder of one certificate at `now`, or null when nothing waits for the person. */
export function reminderOf(cert: StoredCertificate, now: number): Reminder | null {
  const current = cert.current;
  if (!current || cert.revoked) return null;
  const waiting = (cert.deployTargets ?? []).filter(
    (t) => t.config.kind === 'manual' && t.waiting?.serial === current.serial,
  );
  if (waiting.length === 0) return null;
  const check = cert.siteCheck?.serial === current.serial ? cert.siteCheck : undefined;
  // What the site serves: the oldest outdated certificate a check saw, else the one renewed.
  const seen = (check?.results ?? [])
    .filter((r) => r.state === 'outdated' && r.servedSerial && r.servedNotAfter)
    .sort((a, b) => Date.parse(a.servedNotAfter!) - Date.parse(b.servedNotAfter!))[0];
  const served = seen
    ? { serial: seen.servedSerial!, notAfter: seen.servedNotAfter! }
    : cert.previous
      ? { serial: cert.previous.serial, notAfter: cert.previous.notAfter }
      : null;
  // Its lifetime: of the version we know by serial; an older one is taken to be as long as the last.
  const version =
    [cert.previous, current].find((v) => v && v.serial === served?.serial) ??
    cert.previous ??
    current;
  return {
    certId: cert.id,
    names: [...cert.names],
    targets: waiting.map((t) => ({
      targetId: t.id,
      label: t.config.kind === 'manual' ? t.config.label : t.id,
      ...(t.config.kind === 'manual' && t.config.notes ? { notes: t.config.notes } : {}),
      since: t.waiting!.since,
    })),
    serial: current.serial,
    served,
    siteState: check?.state ?? null,
    urgent: isUrgent(served, version, now),
  };
}

export function remindersOf(certs: readonly StoredCertificate[], now: number): Reminder[] {
  return certs.map((c) => reminderOf(c, now)).filter((r): r is Reminder => r !== null);
}

/** The window's list (dashboard, tray): the reminders with the names as people read them. */
export function reminderViews(certs: readonly StoredCertificate[], now: number): ReminderView[] {
  return remindersOf(certs, now).map((r) => ({ ...r, unicodeNames: r.names.map(unicodeName) }));
}

/** The desktop/e-mail/webhook message of a reminder, in `lang` (main-text notice.waiting*). */
export function reminderNotice(r: Reminder, now: number, lang = 'en'): Notice {
  const t = mainT(lang);
  const who = namesText(r.names, t);
  const where = r.targets.map((x) => x.label).join(t('names.separator'));
  const steps = r.targets
    .filter((x) => x.notes)
    .map((x) => ` ${x.label}: ${x.notes!.trim()}`)
    .join('');
  const expiry = r.served ? formatTime(r.served.notAfter) : '';
  const message =
    (r.urgent && r.served
      ? t('notice.waitingUrgent', { who, where, expiry })
      : t('notice.waiting', { who, where })) +
    steps +
    ` ${t('notice.waitingDone')}`;
  return {
    kind: 'waiting-for-you',
    certId: r.certId,
    names: [...r.names],
    title: t(r.urgent ? 'notice.waitingUrgentTitle' : 'notice.waitingTitle', { who }),
    message,
    at: new Date(now).toISOString(),
    notAfter: r.served?.notAfter ?? null,
    ...(r.urgent ? { urgent: true } : {}),
    ...(lang !== 'en' ? { lang } : {}),
  };
}
