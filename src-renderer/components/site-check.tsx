// The live-site check in the window (issue 17): a badge for the dashboard's "Served" column, and
// the certificate page's section with each name and address, what it serves, and "Check now".
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call, type ErrorShape, type Output } from '../api.ts';
import { sayText } from '../engine-text.ts';
import { formatDateTime } from '../format.ts';
import { BusyButton, ErrorBox } from './common.tsx';

type Served = Output<'cert:siteCheck'>;
const BADGE: Record<Served['state'] | 'none', string> = {
  current: 'badge-valid',
  outdated: 'badge-needs-attention',
  other: 'badge-needs-attention',
  unreachable: 'badge-retry-wait',
  none: 'badge-none',
};

export function ServedBadge({ served }: { served?: Served | undefined }) {
  const { t } = useTranslation();
  const state = served?.state ?? 'none';
  return <span className={`badge ${BADGE[state]}`}>{t(`siteCheck.state.${state}`)}</span>;
}

export function SiteCheckSection({
  id,
  served,
  canCheck,
}: {
  id: string;
  served?: Served | undefined;
  /** False before the first certificate: nothing could be served yet. */
  canCheck: boolean;
}) {
  const { t, i18n } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ErrorShape | null>(null);
  const check = async () => {
    setBusy(true);
    setError(null);
    const r = await call('cert:siteCheck', { id });
    setBusy(false);
    // The page reloads on the cert-changed event the check sends; an error stays here.
    if (!r.ok) setError(r.error);
  };
  return (
    <>
      <h2>{t('siteCheck.title')}</h2>
      <p className="muted">{t('siteCheck.intro')}</p>
      <p>
        <ServedBadge served={served} />{' '}
        {served
          ? t('siteCheck.checkedAt', { date: formatDateTime(served.at, i18n.language) })
          : t('siteCheck.never')}
      </p>
      {served && served.results.length > 0 && (
        <div className="table-wrap">
          <table className="certs site-check">
            <caption className="visually-hidden">{t('siteCheck.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('siteCheck.name')}</th>
                <th scope="col">{t('siteCheck.address')}</th>
                <th scope="col">{t('siteCheck.result')}</th>
              </tr>
            </thead>
            <tbody>
              {served.results.map((r, i) => (
                <tr key={`${r.name}-${r.address}-${i}`}>
                  <th scope="row">{r.name}</th>
                  <td>
                    <code>{r.address || '–'}</code>
                  </td>
                  <td>
                    <span className={`badge ${BADGE[r.state]}`}>
                      {t(`siteCheck.state.${r.state}`)}
                    </span>{' '}
                    {r.text ? sayText(t, r.text) : <span lang="en">{r.detail}</span>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {canCheck && (
        <div className="actions">
          <BusyButton busy={busy} onClick={() => void check()}>
            {busy ? t('siteCheck.checking') : t('siteCheck.checkNow')}
          </BusyButton>
        </div>
      )}
      {error && <ErrorBox error={error} />}
    </>
  );
}
