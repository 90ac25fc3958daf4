// Step 2: "How can the CA reach you?" A few plain questions recommend http-01, dns-01 or
// tls-alpn-01, each with its pros and cons in plain words (R9); wildcards only by DNS (R15).
// The person may pick another route than the one recommended.
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FocusHeading } from '../../components/common.tsx';
import { isIpName, recommend, type Answers, type Route } from './model.ts';
import type { StepProps } from './wizard.tsx';

type Q = { key: keyof Answers; options: string[]; show: boolean };

export function RouteStep({ data, update, next, back }: StepProps) {
  const { t } = useTranslation();
  const id = useId();
  const a = data.answers;
  const ip = data.names.some(isIpName);
  const rec = recommend(a, data.wildcard, ip);
  // Coming back to this step: a route the person chose over the recommendation stays chosen; one
  // that merely followed the recommendation follows it again when the answers change.
  const [picked, setPicked] = useState<Route | null>(
    data.route && data.route !== rec.route ? data.route : null,
  );
  const [problem, setProblem] = useState('');
  // A dns-01 picked before an IP address was added is not kept: the CA would refuse it.
  const route = picked === 'dns-01' && ip ? rec.route : (picked ?? rec.route);

  const questions: Q[] = [
    { key: 'server', options: ['yes', 'no', 'unsure'], show: true },
    { key: 'port80', options: ['yes', 'no', 'unsure'], show: a.server === 'yes' },
    { key: 'webserver', options: ['yes', 'no', 'unsure'], show: a.server === 'yes' },
    { key: 'upload', options: ['folder', 'sftp', 'ftp', 'none'], show: true },
    {
      key: 'dns',
      options: ['none', 'manual', 'cloudflare', 'rfc2136', 'acme-dns', 'exec'],
      show: true,
    },
  ];

  const answer = (key: keyof Answers, value: string) =>
    update({ answers: { ...a, [key]: value } as Answers });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (data.wildcard && route !== 'dns-01') {
      setProblem(t('route.wildcardNeedsDns'));
      document.getElementById(`${id}-route-dns-01`)?.focus();
      return;
    }
    // Carry the answers into the details: the folder, the upload method, the DNS provider.
    const d = { ...data.details };
    if (route === 'http-01')
      d.httpMode =
        picked && picked !== rec.route
          ? a.upload === 'folder'
            ? 'webroot'
            : a.upload === 'sftp' || a.upload === 'ftp'
              ? a.upload
              : 'builtin'
          : (rec.httpMode ?? 'builtin');
    if (route === 'dns-01') d.dnsMode = a.dns && a.dns !== 'none' ? a.dns : 'manual';
    update({ route, details: d });
    next();
  };

  const routes: Route[] = ['http-01', 'dns-01', 'tls-alpn-01'];
  return (
    <form onSubmit={submit} noValidate className="stack">
      <FocusHeading>{t('route.title')}</FocusHeading>
      <p className="lead">{t('route.intro')}</p>

      {questions
        .filter((q) => q.show)
        .map((q) => (
          <fieldset key={q.key} className="question">
            <legend>{t(`route.q.${q.key}`)}</legend>
            <div className="options-inline">
              {q.options.map((o) => (
                <div className="choice" key={o}>
                  <input
                    type="radio"
                    id={`${id}-${q.key}-${o}`}
                    name={`${id}-${q.key}`}
                    checked={a[q.key] === o}
                    onChange={() => answer(q.key, o)}
                  />
                  <label htmlFor={`${id}-${q.key}-${o}`}>{t(`route.a.${q.key}.${o}`)}</label>
                </div>
              ))}
            </div>
          </fieldset>
        ))}

      <div className="recommendation" aria-live="polite">
        <h2>{t('route.recommended', { route: t(`route.name.${rec.route}`) })}</h2>
        <p>{t(`route.why.${rec.why}`)}</p>
      </div>

      <fieldset>
        <legend>{t('route.choose')}</legend>
        {routes.map((r) => {
          const disabled = data.wildcard && r !== 'dns-01';
          const noIp = ip && r === 'dns-01';
          return (
            <div key={r} className={`route-card${route === r ? ' selected' : ''}`}>
              <div className="choice">
                <input
                  type="radio"
                  id={`${id}-route-${r}`}
                  name={`${id}-route`}
                  checked={route === r}
                  disabled={noIp}
                  onChange={() => {
                    setPicked(r);
                    setProblem('');
                  }}
                  aria-describedby={`${id}-route-${r}-desc`}
                />
                <label htmlFor={`${id}-route-${r}`}>
                  <strong>{t(`route.name.${r}`)}</strong>
                  {r === rec.route ? ` – ${t('route.recommendedShort')}` : ''}
                </label>
              </div>
              <div id={`${id}-route-${r}-desc`} className="pros-cons">
                <p>{t(`route.desc.${r}`)}</p>
                <div className="cols">
                  <div>
                    <h3>{t('route.prosTitle')}</h3>
                    <ul>
                      {(t(`route.pros.${r}`, { returnObjects: true }) as string[]).map((x) => (
                        <li key={x}>{x}</li>
                      ))}
                    </ul>
                  </div>
                  <div>
                    <h3>{t('route.consTitle')}</h3>
                    <ul>
                      {(t(`route.cons.${r}`, { returnObjects: true }) as string[]).map((x) => (
                        <li key={x}>{x}</li>
                      ))}
                    </ul>
                  </div>
                </div>
                {disabled && <p className="field-error">{t('route.notForWildcard')}</p>}
                {noIp && <p className="field-error">{t('profiles.noDnsForIp')}</p>}
              </div>
            </div>
          );
        })}
      </fieldset>
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}

      <div className="wizard-buttons">
        <button type="button" onClick={back}>
          {t('common.back')}
        </button>
        <button type="submit" className="primary">
          {t('common.next')}
        </button>
      </div>
    </form>
  );
}
