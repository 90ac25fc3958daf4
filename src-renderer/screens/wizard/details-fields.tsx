// The fields of a route's details, shared by the wizard's step 3 and the certificate page's
// "Change how the CA reaches you" (issue 15): the web folder (with "Choose…" in the app), SFTP/FTP,
// the DNS provider (manual, RFC 2136, acme-dns, a script, Cloudflare), or nothing for tls-alpn-01.
// Credentials typed here go to main once, are stored sealed there, and never come back (R8, R12):
// a stored one only shows as a hint that an empty field keeps it.
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DnsMode, HttpMode, SecretName } from '../../../src-main/shared/route.ts';
import { call, type ErrorShape } from '../../api.ts';
import { useApp } from '../../app.tsx';
import { ErrorBox } from '../../components/common.tsx';
import { secretOfField, type Details, type Route, type TextKey } from './model.ts';
import { UploadFields } from './upload-fields.tsx';

const HTTP_MODES: HttpMode[] = ['builtin', 'webroot', 'sftp', 'ftp', 'manual'];
const DNS_MODES: DnsMode[] = ['manual', 'cloudflare', 'rfc2136', 'acme-dns', 'exec'];
const TSIG_ALGORITHMS = [
  'hmac-sha256',
  'hmac-sha512',
  'hmac-sha384',
  'hmac-sha224',
  'hmac-sha1',
  'hmac-md5',
];

/** Whether this build can validate the way the details say (features.routes). */
export function routeUnavailable(
  routes: Record<string, boolean>,
  route: Route,
  d: Details,
): boolean {
  const key =
    route === 'http-01'
      ? `http-01:${d.httpMode}`
      : route === 'dns-01'
        ? `dns-01:${d.dnsMode}`
        : 'tls-alpn-01';
  return routes[key] === false;
}

type Props = {
  route: Route;
  d: Details;
  set: (patch: Partial<Details>) => void;
  /** Field keys the person must still fill (marked invalid). */
  missing: (keyof Details)[];
  /** Prefix of the fields' ids, so the caller can move the focus to the first missing one. */
  idBase: string;
  /** Credentials stored for this certificate that an empty field keeps (the certificate page). */
  kept?: readonly SecretName[];
};

export function DetailsFields({ route, d, set, missing, idBase: id, kept = [] }: Props) {
  const { t } = useTranslation();
  const { state } = useApp();
  const [pickError, setPickError] = useState<ErrorShape | null>(null);
  const available = (key: string) => state.features.routes[key] !== false;

  const field = (
    key: TextKey,
    opts: {
      type?: string;
      hint?: ReactNode;
      placeholder?: string;
      autoComplete?: string;
      after?: ReactNode;
    } = {},
  ) => {
    const bad = missing.includes(key);
    const secret = opts.type === 'password' ? secretOfField(key, d) : null;
    const keeps = secret !== null && kept.includes(secret);
    const hint = keeps ? (
      <>
        {t('details.keepStored')}
        {opts.hint ? <> {opts.hint}</> : null}
      </>
    ) : (
      opts.hint
    );
    const describedBy =
      [hint ? `${id}-${key}-hint` : '', bad ? `${id}-${key}-err` : ''].filter(Boolean).join(' ') ||
      undefined;
    return (
      <div className="field">
        <label htmlFor={`${id}-${key}`}>{t(`details.field.${key}`)}</label>
        <div className="row">
          <input
            id={`${id}-${key}`}
            type={opts.type ?? 'text'}
            value={d[key]}
            placeholder={opts.placeholder}
            autoComplete={opts.autoComplete ?? 'off'}
            spellCheck={false}
            onChange={(e) => set({ [key]: e.target.value } as Partial<Details>)}
            aria-invalid={bad}
            aria-describedby={describedBy}
          />
          {opts.after}
        </div>
        {hint && (
          <p className="hint" id={`${id}-${key}-hint`}>
            {hint}
          </p>
        )}
        {bad && (
          <p className="field-error" id={`${id}-${key}-err`}>
            {t('details.required')}
          </p>
        )}
      </div>
    );
  };

  const chooseFolder = async () => {
    const r = await call('export:chooseFolder', {});
    if (r.ok) {
      if (r.value.path) set({ webroot: r.value.path });
    } else setPickError(r.error);
  };

  const modeRadio = (
    name: string,
    value: string,
    checked: boolean,
    onPick: () => void,
    avail: boolean,
  ) => (
    <div className="choice" key={value}>
      <input
        type="radio"
        id={`${id}-${name}-${value}`}
        name={`${id}-${name}`}
        checked={checked}
        onChange={onPick}
        aria-describedby={`${id}-${name}-${value}-hint`}
      />
      <label htmlFor={`${id}-${name}-${value}`}>{t(`details.${name}.${value}`)}</label>
      <p className="hint" id={`${id}-${name}-${value}-hint`}>
        {t(`details.${name}.${value}Hint`)}
        {!avail && <strong className="unavailable"> {t('details.notAvailable')}</strong>}
      </p>
    </div>
  );

  return (
    <>
      {route === 'http-01' && (
        <>
          <fieldset>
            <legend>{t('details.httpHow')}</legend>
            {HTTP_MODES.map((m) =>
              modeRadio(
                'http',
                m,
                d.httpMode === m,
                () => set({ httpMode: m }),
                available(`http-01:${m}`),
              ),
            )}
          </fieldset>
          {d.httpMode === 'builtin' && <p className="note">{t('details.builtinNote')}</p>}
          {d.httpMode === 'webroot' &&
            field('webroot', {
              hint: t('details.webrootHint'),
              placeholder: '/var/www/html',
              after: state.features.chooseFolder ? (
                <button type="button" onClick={() => void chooseFolder()}>
                  {t('common.choose')}
                </button>
              ) : undefined,
            })}
          {(d.httpMode === 'sftp' || d.httpMode === 'ftp') && (
            <UploadFields
              mode={d.httpMode}
              d={d}
              set={set}
              field={field}
              idBase={id}
              missing={missing}
              keptKey={kept.includes('sftpPrivateKey')}
            />
          )}
          {d.httpMode === 'manual' && <p className="note">{t('details.httpManualNote')}</p>}
        </>
      )}

      {route === 'dns-01' && (
        <>
          <fieldset>
            <legend>{t('details.dnsHow')}</legend>
            {DNS_MODES.map((m) =>
              modeRadio(
                'dns',
                m,
                d.dnsMode === m,
                () => set({ dnsMode: m }),
                available(`dns-01:${m}`),
              ),
            )}
          </fieldset>
          {d.dnsMode === 'manual' && <p className="note">{t('details.dnsManualNote')}</p>}
          {d.dnsMode === 'cloudflare' &&
            field('cloudflareToken', { type: 'password', hint: t('details.cloudflareHint') })}
          {d.dnsMode === 'rfc2136' && (
            <fieldset>
              <legend>{t('details.rfc2136Legend')}</legend>
              {field('rfc2136Server', {
                placeholder: 'ns1.example.com:53',
                hint: t('details.rfc2136ServerHint'),
              })}
              {field('rfc2136Zone', {
                placeholder: 'example.com',
                hint: t('details.rfc2136ZoneHint'),
              })}
              {field('tsigName', { placeholder: 'certdesk-key' })}
              <div className="field">
                <label htmlFor={`${id}-alg`}>{t('details.field.tsigAlgorithm')}</label>
                <select
                  id={`${id}-alg`}
                  value={d.tsigAlgorithm}
                  onChange={(e) => set({ tsigAlgorithm: e.target.value })}
                >
                  {TSIG_ALGORITHMS.map((a) => (
                    <option key={a} value={a}>
                      {a}
                    </option>
                  ))}
                </select>
              </div>
              {field('tsigSecret', { type: 'password', hint: t('details.secretHint') })}
            </fieldset>
          )}
          {d.dnsMode === 'acme-dns' &&
            field('acmeDnsServer', {
              placeholder: 'https://auth.acme-dns.io',
              hint: t('details.acmeDnsHint'),
            })}
          {d.dnsMode === 'exec' &&
            field('execCommand', {
              placeholder: '/usr/local/bin/dns-hook',
              hint: t('details.execHint'),
            })}
          <details>
            <summary>{t('details.dnsMore')}</summary>
            {field('propagationTimeout', {
              type: 'number',
              placeholder: d.dnsMode === 'manual' ? '600' : '120',
              hint: t('details.propagationHint'),
            })}
          </details>
          <p className="hint">{t('details.dnsRisk')}</p>
        </>
      )}

      {route === 'tls-alpn-01' && <p className="note">{t('details.tlsAlpnNote')}</p>}

      {routeUnavailable(state.features.routes, route, d) && (
        <p className="field-error" role="alert">
          {t('details.notAvailableLong')}
        </p>
      )}
      {pickError && <ErrorBox error={pickError} />}
    </>
  );
}
