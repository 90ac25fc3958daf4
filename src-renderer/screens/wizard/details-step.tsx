// Step 3: the details of the chosen route: the web folder (with "Choose…" in the app), SFTP/FTP,
// the DNS provider (manual, RFC 2136, acme-dns, a script, Cloudflare), or nothing for tls-alpn-01.
// Credentials typed here go to main once, are stored sealed there, and never come back (R8, R12).
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DnsMode, HttpMode } from '../../../src-main/shared/route.ts';
import { call, type ErrorShape } from '../../api.ts';
import { useApp } from '../../app.tsx';
import { ErrorBox, FocusHeading } from '../../components/common.tsx';
import { missingDetails, type Details, type TextKey } from './model.ts';
import { UploadFields } from './upload-fields.tsx';
import type { StepProps } from './wizard.tsx';

const HTTP_MODES: HttpMode[] = ['builtin', 'webroot', 'sftp', 'ftp', 'manual'];
const DNS_MODES: DnsMode[] = ['manual', 'cloudflare', 'rfc2136', 'acme-dns', 'exec'];
const TSIG_ALGORITHMS = ['hmac-sha256', 'hmac-sha512', 'hmac-sha384', 'hmac-sha224', 'hmac-sha1', 'hmac-md5'];

export function DetailsStep({ data, update, next, back }: StepProps) {
  const { t } = useTranslation();
  const { state } = useApp();
  const id = useId();
  const d = data.details;
  const route = data.route ?? 'http-01';
  const [missing, setMissing] = useState<(keyof Details)[]>([]);
  const [pickError, setPickError] = useState<ErrorShape | null>(null);
  const set = (patch: Partial<Details>) => update({ details: { ...d, ...patch } });
  const available = (key: string) => state.features.routes[key] !== false;

  const field = (key: TextKey, opts: { type?: string; hint?: ReactNode; placeholder?: string; autoComplete?: string; after?: ReactNode } = {}) => {
    const bad = missing.includes(key);
    const describedBy = [opts.hint ? `${id}-${key}-hint` : '', bad ? `${id}-${key}-err` : ''].filter(Boolean).join(' ') || undefined;
    return (
      <div className="field">
        <label htmlFor={`${id}-${key}`}>{t(`details.field.${key}`)}</label>
        <div className="row">
          <input id={`${id}-${key}`} type={opts.type ?? 'text'} value={d[key]} placeholder={opts.placeholder} autoComplete={opts.autoComplete ?? 'off'} spellCheck={false}
            onChange={(e) => set({ [key]: e.target.value } as Partial<Details>)} aria-invalid={bad} aria-describedby={describedBy} />
          {opts.after}
        </div>
        {opts.hint && <p className="hint" id={`${id}-${key}-hint`}>{opts.hint}</p>}
        {bad && <p className="field-error" id={`${id}-${key}-err`}>{t('details.required')}</p>}
      </div>
    );
  };

  const chooseFolder = async () => {
    const r = await call('export:chooseFolder', {});
    if (r.ok) { if (r.value.path) set({ webroot: r.value.path }); } else setPickError(r.error);
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const m = missingDetails(route, d);
    const unavailable = route === 'http-01' ? !available(`http-01:${d.httpMode}`) : route === 'dns-01' ? !available(`dns-01:${d.dnsMode}`) : !available('tls-alpn-01');
    setMissing(m);
    if (m.length > 0) { document.getElementById(`${id}-${m[0]}`)?.focus(); return; }
    if (unavailable) return;
    next();
  };

  const modeRadio = (name: string, value: string, checked: boolean, onPick: () => void, avail: boolean) => (
    <div className="choice" key={value}>
      <input type="radio" id={`${id}-${name}-${value}`} name={`${id}-${name}`} checked={checked} onChange={onPick} aria-describedby={`${id}-${name}-${value}-hint`} />
      <label htmlFor={`${id}-${name}-${value}`}>{t(`details.${name}.${value}`)}</label>
      <p className="hint" id={`${id}-${name}-${value}-hint`}>{t(`details.${name}.${value}Hint`)}{!avail && <strong className="unavailable"> {t('details.notAvailable')}</strong>}</p>
    </div>
  );

  const currentUnavailable = route === 'http-01' ? !available(`http-01:${d.httpMode}`) : route === 'dns-01' ? !available(`dns-01:${d.dnsMode}`) : !available('tls-alpn-01');

  return (
    <form onSubmit={submit} noValidate className="stack">
      <FocusHeading>{t(`details.title.${route}`)}</FocusHeading>

      {route === 'http-01' && (
        <>
          <fieldset>
            <legend>{t('details.httpHow')}</legend>
            {HTTP_MODES.map((m) => modeRadio('http', m, d.httpMode === m, () => set({ httpMode: m }), available(`http-01:${m}`)))}
          </fieldset>
          {d.httpMode === 'builtin' && <p className="note">{t('details.builtinNote')}</p>}
          {d.httpMode === 'webroot' && field('webroot', {
            hint: t('details.webrootHint'), placeholder: '/var/www/html',
            after: state.features.chooseFolder ? <button type="button" onClick={() => void chooseFolder()}>{t('common.choose')}</button> : undefined,
          })}
          {(d.httpMode === 'sftp' || d.httpMode === 'ftp') && (
            <UploadFields mode={d.httpMode} d={d} set={set} field={field} idBase={id} missing={missing} />
          )}
          {d.httpMode === 'manual' && <p className="note">{t('details.httpManualNote')}</p>}
        </>
      )}

      {route === 'dns-01' && (
        <>
          <fieldset>
            <legend>{t('details.dnsHow')}</legend>
            {DNS_MODES.map((m) => modeRadio('dns', m, d.dnsMode === m, () => set({ dnsMode: m }), available(`dns-01:${m}`)))}
          </fieldset>
          {d.dnsMode === 'manual' && <p className="note">{t('details.dnsManualNote')}</p>}
          {d.dnsMode === 'cloudflare' && field('cloudflareToken', { type: 'password', hint: t('details.cloudflareHint') })}
          {d.dnsMode === 'rfc2136' && (
            <fieldset>
              <legend>{t('details.rfc2136Legend')}</legend>
              {field('rfc2136Server', { placeholder: 'ns1.example.com:53', hint: t('details.rfc2136ServerHint') })}
              {field('rfc2136Zone', { placeholder: 'example.com', hint: t('details.rfc2136ZoneHint') })}
              {field('tsigName', { placeholder: 'certdesk-key' })}
              <div className="field">
                <label htmlFor={`${id}-alg`}>{t('details.field.tsigAlgorithm')}</label>
                <select id={`${id}-alg`} value={d.tsigAlgorithm} onChange={(e) => set({ tsigAlgorithm: e.target.value })}>
                  {TSIG_ALGORITHMS.map((a) => <option key={a} value={a}>{a}</option>)}
                </select>
              </div>
              {field('tsigSecret', { type: 'password', hint: t('details.secretHint') })}
            </fieldset>
          )}
          {d.dnsMode === 'acme-dns' && field('acmeDnsServer', { placeholder: 'https://auth.acme-dns.io', hint: t('details.acmeDnsHint') })}
          {d.dnsMode === 'exec' && field('execCommand', { placeholder: '/usr/local/bin/dns-hook', hint: t('details.execHint') })}
          <details>
            <summary>{t('details.dnsMore')}</summary>
            {field('propagationTimeout', { type: 'number', placeholder: d.dnsMode === 'manual' ? '600' : '120', hint: t('details.propagationHint') })}
          </details>
          <p className="hint">{t('details.dnsRisk')}</p>
        </>
      )}

      {route === 'tls-alpn-01' && <p className="note">{t('details.tlsAlpnNote')}</p>}

      {currentUnavailable && <p className="field-error" role="alert">{t('details.notAvailableLong')}</p>}
      {pickError && <ErrorBox error={pickError} />}

      <div className="wizard-buttons">
        <button type="button" onClick={back}>{t('common.back')}</button>
        <button type="submit" className="primary" disabled={currentUnavailable}>{t('common.next')}</button>
      </div>
    </form>
  );
}
