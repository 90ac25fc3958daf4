// The dashboard: every certificate with its names, status, a bar of lifetime left, the next
// renewal and why, and the last error in one sentence; renew one now or all (R22). It must stay
// fast with 1,000 certificates: one list request, rows memoised, formatters shared, no per-row
// requests or heavy work.
import { memo, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { CertificateSummary } from '../../src-main/shared/types.ts';
import { call, newRunId, useAppEvents, type ErrorShape } from '../api.ts';
import { useApp } from '../app.tsx';
import { ErrorBox, FocusHeading, StatusBadge } from '../components/common.tsx';
import { daysUntil, formatDate, lifetimeLeft, readableName } from '../format.ts';
import { soonerText } from '../components/renewal-notes.tsx';
import { renewalReasonText } from '../engine-text.ts';
import { ServedBadge } from '../components/site-check.tsx';
import { WaitingBox } from '../components/waiting-box.tsx';
import type { ReminderView } from '../../src-main/shared/reminders.ts';

/** One sentence of an error for a table cell: the translated code, or in English the engine's first sentence. */
export function oneSentence(
  t: TFunction,
  lng: string,
  e: { code: string; message: string },
): string {
  if (lng !== 'en') return t(`errors.${e.code}`, { defaultValue: t('errors.generic') });
  const m = /^(.+?[.!?])(\s|$)/.exec(e.message);
  return m ? m[1] : e.message;
}

export const isInteractive = (c: CertificateSummary): boolean =>
  (c.challenge.type === 'http-01' && c.challenge.httpMode === 'manual') ||
  (c.challenge.type === 'dns-01' && (c.challenge.dnsMode ?? 'manual') === 'manual');

/** Rows drawn at once, then per slice (see Dashboard). */
const FIRST_ROWS = 40;
const MORE_ROWS = 120;

const ORDER: Record<string, number> = {
  expired: 0,
  'needs-attention': 1,
  'retry-wait': 2,
  renewing: 3,
  valid: 4,
};

type RowProps = {
  c: CertificateSummary;
  now: number;
  lng: string;
  t: TFunction;
  onOpen: (id: string) => void;
  onRenew: (c: CertificateSummary) => void;
  busy: boolean;
  /** Issue 17: the certificate waits for the person at a place updated by hand. */
  waiting: 'waiting' | 'urgent' | null;
};

const Row = memo(function Row({ c, now, lng, t, onOpen, onRenew, busy, waiting }: RowProps) {
  const left = lifetimeLeft(c.notBefore, c.notAfter, now);
  const days = daysUntil(c.notAfter, now);
  // An internationalised name reads as people type it (bücher.test); the punycode the certificate
  // holds (xn--bcher-kva.test) is a smaller line below it.
  const { name: first, ascii } = readableName(c, 0);
  const sooner = soonerText(t, c);
  return (
    <tr>
      <th scope="row">
        <button type="button" className="link" onClick={() => onOpen(c.id)}>
          {first}
        </button>
        {c.names.length > 1 && (
          <span className="muted"> {t('dashboard.moreNames', { count: c.names.length - 1 })}</span>
        )}
        {ascii && <span className="ascii-name">{ascii}</span>}
      </th>
      <td>
        <StatusBadge status={c.status} />
        {waiting && (
          <div className="row-badge">
            <span className={`badge badge-waiting${waiting === 'urgent' ? ' badge-urgent' : ''}`}>
              {t('reminders.dashboard.rowBadge')}
            </span>
          </div>
        )}
      </td>
      <td>
        {left !== null && (
          <meter
            min={0}
            max={1}
            low={0.34}
            high={0.5}
            optimum={1}
            value={left}
            aria-label={t('dashboard.lifetimeOf', { name: first })}
          />
        )}
        <span className="meter-text">
          {days === null
            ? t('dashboard.noCert')
            : days < 0
              ? t('dashboard.expiredAgo', { count: -days })
              : t('dashboard.daysLeft', { count: days })}
        </span>
      </td>
      <td>
        {c.nextRenewalAt ? (
          <span>{formatDate(c.nextRenewalAt, lng)}</span>
        ) : (
          <span className="muted">{t('dashboard.noRenewal')}</span>
        )}
        {c.renewalReason && <span className="reason">{renewalReasonText(t, c)}</span>}
        {sooner && <span className="reason sooner">{sooner}</span>}
      </td>
      <td>
        {c.lastError ? (
          <span className="error-inline">{oneSentence(t, lng, c.lastError)}</span>
        ) : (
          <span className="muted">{t('dashboard.noProblem')}</span>
        )}
      </td>
      <td>
        <ServedBadge served={c.served} />
      </td>
      <td>
        <button
          type="button"
          className="small"
          onClick={() => onRenew(c)}
          disabled={busy || c.status === 'renewing'}
        >
          {c.status === 'renewing' || busy ? t('dashboard.renewing') : t('dashboard.renew')}
          <span className="visually-hidden"> {first}</span>
        </button>
      </td>
    </tr>
  );
});

export function Dashboard() {
  const { t, i18n } = useTranslation();
  const { go } = useApp();
  const [certs, setCerts] = useState<CertificateSummary[] | null>(null);
  const [reminders, setReminders] = useState<ReminderView[]>([]);
  const [error, setError] = useState<ErrorShape | null>(null);
  const [renewErrors, setRenewErrors] = useState<{ name: string; error: ErrorShape }[]>([]);
  const [busyIds, setBusyIds] = useState<Set<string>>(() => new Set());
  const [status, setStatus] = useState('');
  const [now, setNow] = useState(() => Date.now());
  const reloadTimer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const load = useCallback(async () => {
    // One request for the list and one for what waits for the person (issue 17), not one per row.
    const [r, w] = await Promise.all([call('cert:list', {}), call('deploy:reminders', {})]);
    if (w.ok) setReminders(w.value);
    setNow(Date.now());
    if (r.ok) {
      setCerts(r.value);
      setError(null);
    } else setError(r.error);
  }, []);

  useEffect(() => {
    void load();
  }, [load]);
  useEffect(
    () => () => {
      if (reloadTimer.current) clearTimeout(reloadTimer.current);
    },
    [],
  );

  // Many events can arrive at once (renew all): one reload for a burst.
  useAppEvents((e) => {
    if (e.type === 'cert-changed' || e.type === 'cert-removed') {
      if (reloadTimer.current) clearTimeout(reloadTimer.current);
      reloadTimer.current = setTimeout(() => void load(), 250);
    }
    if (e.type === 'renew-all') {
      setStatus(
        e.running
          ? t('dashboard.renewAllProgress', { done: e.done, total: e.total })
          : t('dashboard.renewAllDone', { count: e.total, failed: e.failed }),
      );
    }
  });

  const sorted = useMemo(
    () =>
      certs
        ? [...certs].sort(
            (a, b) =>
              ORDER[a.status] - ORDER[b.status] ||
              (a.nextRenewalAt ?? '').localeCompare(b.nextRenewalAt ?? ''),
          )
        : null,
    [certs],
  );

  // A long list is drawn a screenful first, then the rest in slices between frames: the first
  // screen appears at once and typing or clicking is never held up (1,000 rows took 0.6 s at once).
  const [shown, setShown] = useState(FIRST_ROWS);
  const total = sorted?.length ?? 0;
  useEffect(() => {
    if (shown >= total) return;
    const h = setTimeout(() => setShown((n) => n + MORE_ROWS), 0);
    return () => clearTimeout(h);
  }, [shown, total]);

  const open = useCallback((id: string) => go({ name: 'cert', id }), [go]);
  const waitingOf = useMemo(
    () => new Map(reminders.map((r) => [r.certId, r.urgent ? 'urgent' : 'waiting'] as const)),
    [reminders],
  );
  const renew = useCallback(
    async (c: CertificateSummary) => {
      // A manual method needs the person to place a record or file: its page shows the instructions.
      if (isInteractive(c)) {
        go({ name: 'cert', id: c.id });
        return;
      }
      setBusyIds((s) => new Set(s).add(c.id));
      const r = await call('cert:renew', { id: c.id, runId: newRunId() });
      setBusyIds((s) => {
        const n = new Set(s);
        n.delete(c.id);
        return n;
      });
      const name = readableName(c, 0).name;
      if (!r.ok)
        setRenewErrors((list) => [
          ...list.filter((x) => x.name !== name),
          { name, error: r.error },
        ]);
      else setStatus(t('dashboard.renewed', { name }));
      void load();
    },
    [go, load, t],
  );

  const renewAll = async () => {
    const r = await call('cert:renewAll', {});
    if (!r.ok) {
      setRenewErrors((l) => [...l, { name: '', error: r.error }]);
      return;
    }
    setStatus(
      t('dashboard.renewAllStarted', { count: r.value.queued, skipped: r.value.skipped.length }),
    );
  };

  if (error)
    return (
      <section>
        <FocusHeading>{t('dashboard.title')}</FocusHeading>
        <ErrorBox error={error}>
          <p>
            <button type="button" onClick={() => void load()}>
              {t('common.tryAgain')}
            </button>
          </p>
        </ErrorBox>
      </section>
    );
  if (!sorted)
    return (
      <section>
        <FocusHeading>{t('dashboard.title')}</FocusHeading>
        <p role="status">{t('common.loading')}</p>
      </section>
    );

  if (sorted.length === 0) {
    return (
      <section className="empty narrow">
        <FocusHeading>{t('dashboard.emptyTitle')}</FocusHeading>
        <p className="lead">{t('dashboard.emptyText')}</p>
        <p>
          <button type="button" className="primary" onClick={() => go({ name: 'wizard' })}>
            {t('dashboard.emptyAction')}
          </button>
        </p>
      </section>
    );
  }

  const lng = i18n.language;
  return (
    <section>
      <div className="title-row">
        <FocusHeading>{t('dashboard.title')}</FocusHeading>
        <div className="actions">
          <button type="button" onClick={() => void renewAll()}>
            {t('dashboard.renewAll')}
          </button>
          <button type="button" className="primary" onClick={() => go({ name: 'wizard' })}>
            {t('nav.newCertificate')}
          </button>
        </div>
      </div>
      <p role="status" className="status-line">
        {status}
      </p>
      <WaitingBox reminders={reminders} onOpen={open} />
      {renewErrors.map((x, i) => (
        <ErrorBox key={`${x.name}-${i}`} error={x.error}>
          {x.name && <p className="muted">{t('dashboard.renewFailedFor', { name: x.name })}</p>}
        </ErrorBox>
      ))}
      <div className="table-wrap">
        <table className="certs">
          <caption className="visually-hidden">
            {t('dashboard.caption', { count: sorted.length })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('dashboard.col.names')}</th>
              <th scope="col">{t('dashboard.col.status')}</th>
              <th scope="col">{t('dashboard.col.lifetime')}</th>
              <th scope="col">{t('dashboard.col.next')}</th>
              <th scope="col">{t('dashboard.col.problem')}</th>
              <th scope="col">{t('siteCheck.column')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('dashboard.col.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {sorted.slice(0, shown).map((c) => (
              <Row
                key={c.id}
                c={c}
                now={now}
                lng={lng}
                t={t}
                onOpen={open}
                onRenew={renew}
                busy={busyIds.has(c.id)}
                waiting={waitingOf.get(c.id) ?? null}
              />
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
