// The CA's own suggested renewal window (ARI, RFC 9773) with its explanation when it gives one
// (issue 18), for the certificate page.
import type { TFunction } from 'i18next';
import type { CertificateSummary } from '../../src-main/shared/types.ts';
import { formatDate } from '../format.ts';

export { soonerText } from './renewal-sooner.ts';

export function CaWindow({
  t,
  lng,
  c,
}: {
  t: TFunction;
  lng: string;
  c: Pick<CertificateSummary, 'caWindow'>;
}) {
  if (!c.caWindow) return null;
  const { start, end, explanationUrl } = c.caWindow;
  return (
    <div>
      <dt>{t('profiles.caWindowTitle')}</dt>
      <dd>
        {t('profiles.caWindow', { start: formatDate(start, lng), end: formatDate(end, lng) })}
        {explanationUrl && /^https:\/\//.test(explanationUrl) && (
          <>
            {' '}
            <a href={explanationUrl} target="_blank" rel="noreferrer noopener">
              {t('profiles.caWhy')}
            </a>
          </>
        )}
      </dd>
    </div>
  );
}
