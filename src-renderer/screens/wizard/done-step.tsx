// Step 6: done. When it is valid until, when Certdesk renews it, and export right away.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call, type ErrorShape } from '../../api.ts';
import type { CertificateSummary } from '../../../src-main/shared/types.ts';
import { useApp } from '../../app.tsx';
import { ErrorBox, FocusHeading } from '../../components/common.tsx';
import { ExportPanel, PasteFields } from '../../components/export-panel.tsx';
import { DeployPanel } from '../../components/deploy-panel.tsx';
import { formatDate } from '../../format.ts';
import { renewalReasonText } from '../../engine-text.ts';

export function DoneStep({
  result,
}: {
  result: { certificate: CertificateSummary; reused: boolean };
}) {
  const { t, i18n } = useTranslation();
  const { go, state, refresh } = useApp();
  const c = result.certificate;
  // Launch at login is off by default and offered once, after the first certificate (issue 7).
  const [login, setLogin] = useState<'offer' | 'on' | 'dismissed' | ErrorShape>('offer');
  const offerLogin =
    state.features.launchAtLogin && !state.settings.launchAtLogin && state.certificateCount <= 1;
  const turnOnLogin = async () => {
    const r = await call('settings:set', { launchAtLogin: true });
    setLogin(r.ok ? 'on' : r.error);
    if (r.ok) void refresh();
  };
  return (
    <div className="stack">
      <FocusHeading>{result.reused ? t('done.reusedTitle') : t('done.title')}</FocusHeading>
      {result.reused && <p className="note">{t('done.reused')}</p>}
      <dl className="facts">
        <div>
          <dt>{t('cert.names')}</dt>
          <dd>{c.names.join(', ')}</dd>
        </div>
        <div>
          <dt>{t('cert.validUntil')}</dt>
          <dd>{formatDate(c.notAfter, i18n.language)}</dd>
        </div>
        {c.twin && (
          // R17: the second certificate was issued too; say so where the person sees the result.
          <div>
            <dt>{t('keysLimits.dual.twin')}</dt>
            <dd>
              {t('keysLimits.dual.twinLine', {
                keyType: t(`keyType.${c.twin.keyType}`),
                serial: c.twin.serial ?? '–',
                date: formatDate(c.twin.notAfter, i18n.language),
              })}
            </dd>
          </div>
        )}
        <div>
          <dt>{t('cert.nextRenewal')}</dt>
          <dd>
            {formatDate(c.nextRenewalAt, i18n.language)}{' '}
            <span className="reason">{renewalReasonText(t, c)}</span>
          </dd>
        </div>
      </dl>
      {(offerLogin || login === 'on') && login !== 'dismissed' && (
        <div className="card">
          <p>{t('done.loginOffer')}</p>
          {login === 'on' ? (
            <p className="ok-text" role="status">
              {t('done.loginOn')}
            </p>
          ) : (
            <div className="actions">
              <button type="button" className="primary" onClick={() => void turnOnLogin()}>
                {t('done.loginYes')}
              </button>
              <button type="button" onClick={() => setLogin('dismissed')}>
                {t('done.loginNo')}
              </button>
            </div>
          )}
          {typeof login === 'object' && <ErrorBox error={login} />}
        </div>
      )}
      <DeployPanel certId={c.id} />
      <h2>{t('done.exportTitle')}</h2>
      <p>{t('done.exportIntro')}</p>
      <ExportPanel certId={c.id} keyType={c.keyType} names={c.names} dual={!!c.twin} />
      <details>
        <summary>{t('done.pasteTitle')}</summary>
        <PasteFields certId={c.id} />
      </details>
      <div className="wizard-buttons">
        <button type="button" onClick={() => go({ name: 'cert', id: c.id })}>
          {t('done.open')}
        </button>
        <button type="button" className="primary" onClick={() => go({ name: 'dashboard' })}>
          {t('done.toDashboard')}
        </button>
      </div>
    </div>
  );
}
