// The dashboard's "Waiting for you" (issue 17): certificates Certdesk renewed but cannot put in
// place itself, above the table so they are seen first; urgent ones (the certificate still served
// has less than a tenth of its lifetime left) first and marked. "Show the steps" opens the page.
import { useTranslation } from 'react-i18next';
import type { ReminderView } from '../../src-main/shared/reminders.ts';
import { formatDate, formatDateTime } from '../format.ts';

export function WaitingBox({
  reminders,
  onOpen,
}: {
  reminders: readonly ReminderView[];
  onOpen: (id: string) => void;
}) {
  const { t, i18n } = useTranslation();
  if (reminders.length === 0) return null;
  const lng = i18n.language;
  const sep = t('reminders.dashboard.separator');
  const sorted = [...reminders].sort((a, b) => Number(b.urgent) - Number(a.urgent));
  const anyUrgent = sorted.some((r) => r.urgent);
  return (
    <section
      className={`waiting-box${anyUrgent ? ' urgent' : ''}`}
      aria-labelledby="waiting-title"
      data-testid="waiting-box"
    >
      <h2 id="waiting-title">{t('reminders.dashboard.title')}</h2>
      <p>{t('reminders.dashboard.intro', { count: sorted.length })}</p>
      <ul>
        {sorted.map((r) => {
          const name = r.unicodeNames[0] ?? r.names[0];
          const since = r.targets.map((x) => x.since).sort()[0];
          return (
            <li key={r.certId} className={r.urgent ? 'urgent' : undefined}>
              <p>
                <strong>{name}</strong>
                {r.urgent && (
                  <span className="badge badge-urgent">{t('reminders.dashboard.urgentBadge')}</span>
                )}
              </p>
              <p>
                {t('reminders.dashboard.where', {
                  where: r.targets.map((x) => x.label).join(sep),
                })}{' '}
                {since && t('reminders.dashboard.since', { date: formatDateTime(since, lng) })}
              </p>
              {r.urgent && r.served && (
                <p className="urgent-text">
                  {t('reminders.dashboard.urgent', { date: formatDate(r.served.notAfter, lng) })}
                </p>
              )}
              <p>
                <button
                  type="button"
                  className={r.urgent ? 'primary' : undefined}
                  onClick={() => onOpen(r.certId)}
                >
                  {t('reminders.dashboard.showSteps')}
                  <span className="visually-hidden"> {name}</span>
                </button>
              </p>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
