// One certificate: names, key type, issuer chain, the history of renewals and deployments (issue
// 17), export destinations, renew now, change how the CA reaches you (issue 15), revoke (with a
// reason) and delete (with a confirmation).
import { Fragment, useCallback, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call, useAppEvents, type ErrorShape, type Output } from '../api.ts';
import { useApp } from '../app.tsx';
import { BusyButton, ErrorBox, FocusHeading, StatusBadge } from '../components/common.tsx';
import { ExportPanel, PasteFields } from '../components/export-panel.tsx';
import { DeployPanel } from '../components/deploy-panel.tsx';
import { History } from '../components/history.tsx';
import { PromptBox, RunSteps, useRun } from '../components/run-progress.tsx';
import { daysUntil, formatDate, formatDateTime, readableName, readableNames } from '../format.ts';
import { oneSentence } from './dashboard.tsx';
import { renewalReasonText } from '../engine-text.ts';
import { CaWindow, soonerText } from '../components/renewal-notes.tsx';
import { RouteEditor } from './route-editor.tsx';
import { ProfileFact } from './profile-change.tsx';
import { SiteCheckSection } from '../components/site-check.tsx';
import { PausedBox } from '../components/paused-box.tsx';

type Detail = Output<'cert:get'>;
const REASONS = [
  'unspecified',
  'keyCompromise',
  'superseded',
  'affiliationChanged',
  'cessationOfOperation',
] as const;

export function routeLabel(t: (k: string) => string, c: Detail['challenge']): string {
  if (c.type === 'http-01')
    return `${t('route.name.http-01')} – ${t(`details.http.${c.httpMode ?? 'builtin'}`)}`;
  if (c.type === 'dns-01')
    return `${t('route.name.dns-01')} – ${t(`details.dns.${c.dnsMode ?? 'manual'}`)}`;
  return t('route.name.tls-alpn-01');
}

export function CertificatePage({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const { go } = useApp();
  const ids = useId();
  const [c, setC] = useState<Detail | null>(null);
  const [error, setError] = useState<ErrorShape | null>(null);
  const [actionError, setActionError] = useState<ErrorShape | null>(null);
  const [confirm, setConfirm] = useState<'revoke' | 'delete' | null>(null);
  const [reason, setReason] = useState<(typeof REASONS)[number]>('unspecified');
  const [busy, setBusy] = useState(false);
  const [editRoute, setEditRoute] = useState(false);
  const [routeSaved, setRouteSaved] = useState<string | null>(null);
  const changeRef = useRef<HTMLButtonElement>(null);
  const renew = useRun<Output<'cert:renew'>>();
  const confirmRef = useRef<HTMLButtonElement>(null);

  const load = useCallback(async () => {
    const r = await call('cert:get', { id });
    if (r.ok) {
      setC(r.value);
      setError(null);
    } else setError(r.error);
  }, [id]);
  useEffect(() => {
    void load();
  }, [load]);
  useAppEvents((e) => {
    if (e.type === 'cert-changed' && e.id === id) void load();
    if (e.type === 'cert-removed' && e.id === id) go({ name: 'dashboard' });
  });
  useEffect(() => {
    if (confirm) confirmRef.current?.focus();
  }, [confirm]);

  if (error)
    return (
      <section>
        <FocusHeading>{t('cert.title')}</FocusHeading>
        <ErrorBox error={error}>
          <p>
            <button type="button" onClick={() => go({ name: 'dashboard' })}>
              {t('cert.back')}
            </button>
          </p>
        </ErrorBox>
      </section>
    );
  if (!c)
    return (
      <section>
        <p role="status">{t('common.loading')}</p>
      </section>
    );

  const lng = i18n.language;
  const days = daysUntil(c.notAfter, Date.now());
  const doRevoke = async () => {
    setBusy(true);
    setActionError(null);
    const r = await call('cert:revoke', { id, reason });
    setBusy(false);
    setConfirm(null);
    if (!r.ok) setActionError(r.error);
    else void load();
  };
  const doDelete = async () => {
    setBusy(true);
    const r = await call('cert:delete', { id });
    setBusy(false);
    if (r.ok) go({ name: 'dashboard' });
    else {
      setConfirm(null);
      setActionError(r.error);
    }
  };
  const forget = async (destinationId: string) => {
    const r = await call('export:forget', { id, destinationId });
    if (!r.ok) setActionError(r.error);
    else void load();
  };

  return (
    <section className="stack">
      <p>
        <button type="button" className="link" onClick={() => go({ name: 'dashboard' })}>
          ← {t('cert.back')}
        </button>
      </p>
      <div className="title-row">
        <FocusHeading>{readableName(c, 0).name}</FocusHeading>
        <StatusBadge status={c.revoked ? 'revoked' : c.status} />
      </div>

      <dl className="facts">
        {/* Each name as people read it; an internationalised one with the punycode the certificate holds. */}
        <div>
          <dt>{t('cert.names')}</dt>
          <dd>
            {readableNames(c).map((n, i) => (
              <Fragment key={i}>
                {i > 0 && ', '}
                {n.name}
                {n.ascii && <span className="muted"> ({n.ascii})</span>}
              </Fragment>
            ))}
          </dd>
        </div>
        <div>
          <dt>{t('cert.keyType')}</dt>
          <dd>{t(`keyType.${c.keyType}`)}</dd>
        </div>
        {c.twin && (
          <div>
            <dt>{t('keysLimits.dual.twin')}</dt>
            <dd>
              {t('keysLimits.dual.twinLine', {
                keyType: t(`keyType.${c.twin.keyType}`),
                serial: c.twin.serial ?? '–',
                date: formatDate(c.twin.notAfter, lng),
              })}
            </dd>
          </div>
        )}
        <ProfileFact c={c} onSaved={() => void load()} />
        <div>
          <dt>{t('cert.validity')}</dt>
          <dd>
            {c.notAfter
              ? t('cert.validFromTo', {
                  from: formatDate(c.notBefore, lng),
                  to: formatDate(c.notAfter, lng),
                })
              : t('dashboard.noCert')}
            {days !== null && days >= 0 ? ` (${t('dashboard.daysLeft', { count: days })})` : ''}
          </dd>
        </div>
        <div>
          <dt>{t('cert.nextRenewal')}</dt>
          <dd>
            {c.nextRenewalAt ? formatDate(c.nextRenewalAt, lng) : t('dashboard.noRenewal')}{' '}
            <span className="reason">{renewalReasonText(t, c)}</span>
            {soonerText(t, c) && <span className="reason sooner">{soonerText(t, c)}</span>}
          </dd>
        </div>
        <CaWindow t={t} lng={lng} c={c} />
        <div>
          <dt>{t('cert.route')}</dt>
          <dd>
            {routeLabel(t, c.challenge)}
            {!c.renewsUnattended && <span className="warning-inline"> {t('cert.needsYou')}</span>}
          </dd>
        </div>
        {c.serial && (
          <div>
            <dt>{t('cert.serial')}</dt>
            <dd>
              <code className="wrap">{c.serial}</code>
            </dd>
          </div>
        )}
        {c.revoked && (
          <div>
            <dt>{t('cert.revokedAt')}</dt>
            <dd>
              {formatDateTime(c.revoked.at, lng)} (
              {t(`cert.reason.${c.revoked.reason}`, { defaultValue: c.revoked.reason })})
            </dd>
          </div>
        )}
      </dl>
      {c.lastError && (
        <p className="error-inline">
          {t('cert.lastProblem')} {oneSentence(t, lng, c.lastError)}
        </p>
      )}

      {editRoute ? (
        <RouteEditor
          cert={c}
          onCancel={() => {
            setEditRoute(false);
            setTimeout(() => changeRef.current?.focus());
          }}
          onSaved={(s) => {
            setEditRoute(false);
            setRouteSaved(routeLabel(t, s.challenge));
            void load();
            setTimeout(() => changeRef.current?.focus());
          }}
        />
      ) : (
        <div>
          <button
            type="button"
            ref={changeRef}
            onClick={() => {
              setRouteSaved(null);
              setEditRoute(true);
            }}
            disabled={renew.running}
          >
            {t('cert.routeChange')}
          </button>
          {routeSaved && (
            <p className="ok-text" role="status">
              {t('cert.routeEdit.saved', { route: routeSaved })}
            </p>
          )}
        </div>
      )}

      {c.paused && (
        <PausedBox
          paused={c.paused}
          busy={renew.running}
          onUnpaused={() => void renew.start((runId) => call('cert:unpaused', { id, runId }))}
        />
      )}
      <div>
        <BusyButton
          busy={renew.running}
          className="primary"
          onClick={() => void renew.start((runId) => call('cert:renew', { id, runId }))}
        >
          {t('cert.renewNow')}
        </BusyButton>
        {renew.running && (
          <button type="button" onClick={renew.cancel}>
            {t('common.cancel')}
          </button>
        )}
      </div>
      <RunSteps run={renew} label={t('cert.renewSteps')} />
      {renew.prompts.map((p) => (
        <PromptBox key={p.promptId} prompt={p} />
      ))}
      {renew.value && (
        <p className="ok-text" role="status">
          {t('cert.renewed', { date: formatDate(renew.value.certificate.notAfter, lng) })}
        </p>
      )}
      {/* The paused box already says this, with its buttons (issue 18): no second copy. */}
      {renew.error && !(c.paused && renew.error.code === 'account-paused') && (
        <ErrorBox error={renew.error} />
      )}

      <SiteCheckSection id={c.id} served={c.served} canCheck={!!c.serial} />

      <h2>{t('cert.chain')}</h2>
      {c.chain.length === 0 ? (
        <p className="muted">{t('cert.noChain')}</p>
      ) : (
        <ol className="chain">
          {c.chain.map((x, i) => (
            <li key={i}>
              <strong>{x.subject}</strong>{' '}
              <span className="muted">{t('cert.issuedBy', { issuer: x.issuer })}</span>
              {x.notAfter && (
                <span className="muted">
                  {' '}
                  · {t('cert.until', { date: formatDate(x.notAfter, lng) })}
                </span>
              )}
            </li>
          ))}
        </ol>
      )}

      <History certId={c.id} attempts={c.attempts} />

      <DeployPanel certId={c.id} />
      <h2>{t('cert.exports')}</h2>
      {c.exports.length === 0 ? (
        <p className="muted">{t('cert.noExports')}</p>
      ) : (
        <ul className="destinations">
          {c.exports.map((d) => (
            <li key={d.id}>
              <code className="wrap">{d.dir}</code>{' '}
              <span className="muted">
                {d.preset ? t(`export.preset.${d.preset}`, { defaultValue: d.preset }) : d.format}
              </span>
              {d.lastRunAt && (
                <span className="muted">
                  {' '}
                  · {formatDateTime(d.lastRunAt, lng)}: <span lang="en">{d.lastOutcome}</span>
                </span>
              )}{' '}
              <button
                type="button"
                className="small"
                onClick={() => void forget(d.id)}
                aria-label={t('cert.forgetDest', { dir: d.dir })}
              >
                {t('cert.forget')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {c.notAfter && (
        <details>
          <summary>{t('cert.exportAgain')}</summary>
          <ExportPanel
            certId={c.id}
            keyType={c.keyType}
            names={c.names}
            dual={!!c.twin}
            onExported={() => void load()}
          />
        </details>
      )}
      {c.notAfter && (
        <details>
          <summary>{t('done.pasteTitle')}</summary>
          <PasteFields certId={c.id} />
        </details>
      )}

      <h2>{t('cert.danger')}</h2>
      {actionError && <ErrorBox error={actionError} />}
      {confirm === null && (
        <div className="actions">
          {c.notAfter && !c.revoked && (
            <button type="button" className="danger" onClick={() => setConfirm('revoke')}>
              {t('cert.revoke')}
            </button>
          )}
          <button type="button" className="danger" onClick={() => setConfirm('delete')}>
            {t('cert.delete')}
          </button>
        </div>
      )}
      {confirm === 'revoke' && (
        <div className="confirm" role="group" aria-labelledby={`${ids}-rv`}>
          <h3 id={`${ids}-rv`}>{t('cert.revokeTitle')}</h3>
          <p>{t('cert.revokeText')}</p>
          <div className="field">
            <label htmlFor={`${ids}-reason`}>{t('cert.revokeReason')}</label>
            <select
              id={`${ids}-reason`}
              value={reason}
              onChange={(e) => setReason(e.target.value as (typeof REASONS)[number])}
            >
              {REASONS.map((r) => (
                <option key={r} value={r}>
                  {t(`cert.reason.${r}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="actions">
            <button type="button" ref={confirmRef} onClick={() => setConfirm(null)}>
              {t('common.cancel')}
            </button>
            <BusyButton busy={busy} className="danger" onClick={() => void doRevoke()}>
              {t('cert.revokeConfirm')}
            </BusyButton>
          </div>
        </div>
      )}
      {confirm === 'delete' && (
        <div className="confirm" role="group" aria-labelledby={`${ids}-del`}>
          <h3 id={`${ids}-del`}>{t('cert.deleteTitle')}</h3>
          <p>{t('cert.deleteText', { name: c.names[0] })}</p>
          <div className="actions">
            <button type="button" ref={confirmRef} onClick={() => setConfirm(null)}>
              {t('common.cancel')}
            </button>
            <BusyButton busy={busy} className="danger" onClick={() => void doDelete()}>
              {t('cert.deleteConfirm')}
            </BusyButton>
          </div>
        </div>
      )}
    </section>
  );
}
